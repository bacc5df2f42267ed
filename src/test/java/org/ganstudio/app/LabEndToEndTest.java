package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.ganstudio.session.TrainingSession;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.lab.LabViewModel;
import org.ganstudio.ui.testing.ScriptedLabDialogs;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the real window on the real engine: the shipped shapes, a smaller batch, a few steps, pause, the latent
 * slider, save and reopen. Kept small (batch 16, a grid every 3 steps) so it runs in well under a minute.
 */
@ExtendWith(ApplicationExtension.class)
class LabEndToEndTest {

    @TempDir
    static Path dir;

    private final ScriptedLabDialogs dialogs = new ScriptedLabDialogs();
    private GanStudioApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new GanStudioApp(new GanStudioApp.Services(TrainingSession::new,
                new AppDirectories(dir.resolve("config"), dir.resolve("data")), w -> dialogs, null, null));
        app.start(TestStages.plain(stage), LaunchOptions.parse(List.of("--dataset", "datasets/shapes")));
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(app::shutDown);
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).query().requestFocus()); // the form scrolls it into view
        robot.clickOn("#" + id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.TAB);
    }

    @Test
    void trainPauseExploreSaveAndReopen(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        LabViewModel lab = app.lab();
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(60, () -> data.getText().startsWith("Training data: shapes"));

        robot.interact(() -> robot.lookup("#leftTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        replaceText(robot, "batchSize", "16");
        replaceText(robot, "sampleEvery", "3");
        assertEquals(16, lab.settings().config().batchSize());

        robot.clickOn("#start");
        Label state = robot.lookup("#stateLabel").queryAs(Label.class);
        waitFor(60, () -> state.getText().equals("training"));
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> losses = robot.lookup("#lossChart").queryAs(LineChart.class);
        waitFor(90, () -> lab.samples().gridCountProperty().get() >= 2 && losses.getData().get(0).getData().size() >= 3);
        ArgbRaster firstGrid = lab.samples().grids().get(0) == lab.samples().shownGrid() ? null : lab.samples().rasterProperty().get();
        assertTrue(firstGrid != null, "the grid shown is not the one from step 0");

        robot.clickOn("#pauseResume");
        waitFor(30, () -> state.getText().equals("paused"));
        long pausedAt = lab.training().stepProperty().get();
        assertTrue(pausedAt >= 3, "trained " + pausedAt + " steps");

        waitFor(30, () -> lab.latent().imageProperty().get() != null);
        Slider position = robot.lookup("#latentPosition").queryAs(Slider.class);
        List<Double> latency = new ArrayList<>();
        for (double value : new double[] {0.1, 0.9, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6}) {
            WaitForAsyncUtils.waitForFxEvents();
            int[] before = lab.latent().imageProperty().get().pixels();
            double previous = lab.latent().latencyMillisProperty().get();
            robot.interact(() -> position.setValue(value));
            // the answer to this move: a new latency is recorded only for answers to user changes
            waitFor(30, () -> Double.compare(previous, lab.latent().latencyMillisProperty().get()) != 0);
            waitFor(30, () -> !Arrays.equals(before, lab.latent().imageProperty().get().pixels()));
            latency.add(lab.latent().latencyMillisProperty().get());
        }
        Collections.sort(latency);
        System.out.printf(Locale.ROOT, "[latent latency, real session, paused] slider value -> new image in the view, "
                        + "%d moves: median %.1f ms, max %.1f ms%n", latency.size(), latency.get(latency.size() / 2),
                latency.get(latency.size() - 1));

        dialogs.files.toSave = dir.resolve("e2e");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        Path saved = dir.resolve("e2e.ganstudio");
        waitFor(60, () -> stage.getTitle().equals("GAN Studio — e2e.ganstudio") && Files.isRegularFile(saved));

        dialogs.files.toOpen = saved;
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitFor(60, () -> lab.statusProperty().get().equals("Opened e2e.ganstudio at step " + pausedAt));
        waitFor(30, () -> state.getText().equals("paused") && lab.training().stepProperty().get() == pausedAt);
        assertEquals(16, lab.settings().config().batchSize());
        assertEquals(3, lab.settings().sampleIntervalProperty().get());
        assertFalse(lab.training().pendingRebuildProperty().get());
        assertEquals(List.of(), dialogs.errors);
        System.out.printf(Locale.ROOT, "[end to end] %d steps, save and reopen in %.1f s%n", pausedAt,
                (System.nanoTime() - t0) / 1e9);
    }
}
