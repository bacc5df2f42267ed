package org.ganstudio.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.ui.common.FxBackgroundRunner;
import org.ganstudio.ui.dataset.DatasetViewModel;
import org.ganstudio.ui.files.RecentFiles;
import org.ganstudio.ui.testing.FakeTrainingControl;
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

/** About opens at once and asks the engine for its device off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class LabWindowAboutTest {

    @TempDir
    static Path dir;

    private final List<String> askedOn = new CopyOnWriteArrayList<>();
    private final CountDownLatch engineAnswers = new CountDownLatch(1);
    private FxBackgroundRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner(1);
        FakeTrainingControl session = new FakeTrainingControl();
        ScriptedLabDialogs dialogs = new ScriptedLabDialogs();
        DatasetViewModel datasets = new DatasetViewModel(new DatasetLoader(1), runner, List.of(), dir);
        LabViewModel lab = new LabViewModel(session, datasets, runner, dialogs, new RecentFiles(dir.resolve("recent")),
                dir.resolve("autosave.ganstudio"), System::nanoTime, 1);
        LabWindow window = new LabWindow(lab, null, dialogs, file -> { }, "9.9", () -> {
            askedOn.add(Thread.currentThread().getName());
            try {
                engineAnswers.await(30, TimeUnit.SECONDS); // loading native libraries takes a while
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "CPU (test)";
        }, null);
        window.install(TestStages.plain(stage));
        stage.show();
    }

    @AfterEach
    void stop() {
        engineAnswers.countDown();
        runner.close();
    }

    @Test
    void aboutShowsAnEllipsisWhileTheEngineIsAskedInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menuAbout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> about.getContentText().contains("Computes on …"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !askedOn.isEmpty());
        assertFalse(askedOn.get(0).contains("JavaFX Application Thread"), askedOn.get(0));

        engineAnswers.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> about.getContentText().contains("Computes on CPU (test)"));
        assertEquals(1, askedOn.size());
    }
}
