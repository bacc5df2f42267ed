package org.ganstudio.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.ui.common.FxBackgroundRunner;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dataset view with real background threads, headless (Monocle), a scripted folder chooser. */
@ExtendWith(ApplicationExtension.class)
class DatasetViewTest {

    @TempDir
    Path dir;

    private FxBackgroundRunner runner;
    private volatile Path folderToChoose;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner(2);
        DatasetViewModel vm = new DatasetViewModel(new DatasetLoader(2), runner, List.of(), dir.resolve("reports"));
        DatasetView view = new DatasetView(vm, (owner, initial) -> Optional.ofNullable(folderToChoose), opened::add);
        TestStages.show(stage, new Scene(view.getRoot(), 900, 700));
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void chooseLoadPreviewAndOpenTheReport(FxRobot robot) throws Exception {
        Path data = dir.resolve("my images");
        Fixtures.grayImages(data, 5, 40);
        Files.writeString(data.resolve("broken.png"), "not an image");
        folderToChoose = data;

        robot.clickOn("#datasetChoose");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(data.toString(), robot.lookup("#datasetPath").queryAs(TextField.class).getText());
        Label estimate = robot.lookup("#datasetEstimate").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> estimate.getText().startsWith("6 image files found"));

        robot.clickOn("#datasetLoad");
        TilePane preview = robot.lookup("#datasetPreview").queryAs(TilePane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getChildren().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        String stats = robot.lookup("#datasetStats").queryAs(Label.class).getText();
        assertTrue(stats.startsWith("5 images · 32×32 grayscale · 1 skipped"), stats);
        assertFalse(robot.lookup("#datasetError").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#datasetProgress").queryAs(ProgressBar.class).isVisible());
        assertTrue(robot.lookup("#datasetCancel").queryAs(Button.class).isDisabled());

        Button report = robot.lookup("#datasetOpenReport").queryButton();
        assertFalse(report.isDisabled());
        robot.clickOn(report);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size());
        assertTrue(Files.readString(opened.get(0)).contains("broken.png — named .png but the content is a text file"));
    }

    @Test
    void anEmptyFolderShowsTheReason(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        folderToChoose = empty;
        robot.clickOn("#datasetChoose");
        robot.clickOn("#datasetLoad");
        Label error = robot.lookup("#datasetError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, error::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Folder " + empty + " is empty", error.getText());
        assertEquals(0, robot.lookup("#datasetPreview").queryAs(TilePane.class).getChildren().size());
        assertFalse(robot.lookup("#datasetOpenReport").queryButton().isDisabled(), "the failed attempt has a report");
        assertFalse(robot.lookup("#datasetLoad").queryButton().isDisabled(), "can try again");
    }
}
