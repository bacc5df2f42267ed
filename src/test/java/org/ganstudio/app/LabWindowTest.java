package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.ganstudio.model.AppVersion;
import org.ganstudio.session.SessionState;
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

/** The whole window from the composition root, with a fake session and scripted dialogs. */
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {

    @TempDir
    static Path dir;

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final ScriptedLabDialogs dialogs = new ScriptedLabDialogs();
    private GanStudioApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new GanStudioApp(new GanStudioApp.Services(() -> session,
                new AppDirectories(dir.resolve("config"), dir.resolve("data")), w -> dialogs, () -> "test device", null));
        app.start(TestStages.plain(stage),
                LaunchOptions.parse(List.of("--dataset", Path.of("datasets/shapes").toString())));
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(app::shutDown);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    @Test
    void loadTrainPauseWithSpaceSaveAndSeeDivergence(FxRobot robot) throws Exception {
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(() -> data.getText().startsWith("Training data: shapes · 2000 images · 32×32"));
        assertEquals("GAN Studio", stage.getTitle());

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        Label state = robot.lookup("#stateLabel").queryAs(Label.class);
        waitFor(() -> state.getText().equals("training"));
        assertEquals(List.of("newExperiment", "setSampleInterval 50", "start"), session.calls.subList(0, 3));

        session.train(120);
        waitFor(() -> robot.lookup("#stepLabel").queryAs(Label.class).getText().equals("step 120"));
        waitFor(() -> stage.getTitle().equals("GAN Studio •"));

        // focus away from any text field (a request, not a click: a click lands on whatever is at that point)
        robot.interact(() -> robot.lookup("#chartsView").query().requestFocus());
        robot.push(KeyCode.SPACE);
        waitFor(() -> state.getText().equals("paused"));
        robot.push(KeyCode.SPACE);
        waitFor(() -> state.getText().equals("training"));

        dialogs.files.toSave = dir.resolve("first");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> stage.getTitle().equals("GAN Studio — first.ganstudio"));
        assertTrue(session.calls.contains("save first.ganstudio"));
        assertEquals(List.of(dir.resolve("first.ganstudio")), new org.ganstudio.ui.files.RecentFiles(
                dir.resolve("config/recent-files.txt")).load());

        session.publish(b -> b.state(SessionState.DIVERGED).message("Training diverged at step 121: try a lower learning rate."));
        Node banner = robot.lookup("#divergedBanner").query();
        waitFor(banner::isVisible);
        assertEquals("Training diverged at step 121: try a lower learning rate.",
                robot.lookup("#divergedMessage").queryAs(Label.class).getText());
        robot.clickOn("#halveLearningRates");
        // the default preset's learning rates, halved
        org.ganstudio.model.ExperimentConfig started = org.ganstudio.model.Preset.DEFAULT.config(
                new org.ganstudio.model.ImageShape(3, 32, 32));
        String halved = "updateHyperparameters " + started.generatorOptimizer().learningRate() / 2 + " "
                + started.discriminatorOptimizer().learningRate() / 2 + " 1";
        waitFor(() -> session.calls.contains(halved));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void spaceInATextFieldTypesASpace(FxRobot robot) throws Exception {
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(() -> data.getText().startsWith("Training data"));
        robot.interact(() -> robot.lookup("#leftTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#gFilters");
        robot.push(KeyCode.END);
        robot.write(" 32");
        waitFor(() -> app.lab().settings().config() != null
                && app.lab().settings().config().generator().blocks().size() == 3);
        assertFalse(session.calls.contains("start"));
    }

    private MenuItem helpItem(FxRobot robot, String id) {
        Menu help = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Help")).findFirst().orElseThrow();
        return help.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem lessonsItem(FxRobot robot, String id) {
        Menu lessons = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuLessons".equals(m.getId())).findFirst().orElseThrow();
        return lessons.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aSharedLessonFileOpensLockedAndABadOneIsExplained(FxRobot robot) throws Exception {
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(() -> data.getText().startsWith("Training data"));
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("broken.lesson.json"), "{ \"format\": ");
        dialogs.files.toOpen = bad;
        robot.interact(() -> lessonsItem(robot, "menuOpenLesson").fire());
        waitFor(() -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith("This lesson cannot be opened: "), dialogs.errors.toString());
        assertFalse(dialogs.errors.get(0).contains("Exception"), dialogs.errors.toString());
        assertTrue(lessonsItem(robot, "menuUnlockLesson").isDisable(), "nothing is locked yet");

        org.ganstudio.model.Lesson shipped = org.ganstudio.model.LessonCatalog.shipped(
                org.ganstudio.model.LessonJson.SHIPPED_DATASETS).get(0);
        java.nio.file.Path shared = dir.resolve("shared.lesson.json");
        org.ganstudio.model.LessonJson.write(shipped.withLock(org.ganstudio.ui.hyperparameters.TeacherLock.create(
                java.util.Set.of("batchSize"), java.util.Set.of(), "2468")), shared);
        dialogs.files.toOpen = shared;
        robot.interact(() -> lessonsItem(robot, "menuOpenLesson").fire());
        waitFor(() -> app.lab().settings().setting("batchSize").lockedProperty().get());
        assertFalse(lessonsItem(robot, "menuUnlockLesson").isDisable(), "the teacher can unlock");
        // the status line names the lesson once its data is in, not the preset message the load left there
        String opened = "Lesson \u201c" + shipped.title().in(org.ganstudio.model.LocalText.ENGLISH) + "\u201d is open";
        waitFor(() -> app.lab().statusProperty().get().startsWith(opened));
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherSavesALessonWithLockedAndHiddenSettings(FxRobot robot) throws Exception {
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(() -> data.getText().startsWith("Training data"));
        robot.interact(() -> lessonsItem(robot, "menuLesson-first-gan").fire());
        waitFor(() -> app.lab().statusProperty().get().startsWith("Lesson"));
        java.nio.file.Path target = dir.resolve("teacher.lesson.json");
        dialogs.files.toSave = target;
        // the dialog waits for an answer: open it from the FX queue, not from inside interact
        javafx.application.Platform.runLater(() -> lessonsItem(robot, "menuSaveLesson").fire());
        waitFor(() -> robot.lookup("#lockAccess-seed").tryQuery().isPresent());
        robot.interact(() -> {
            ((javafx.scene.control.ChoiceBox<org.ganstudio.ui.hyperparameters.TeacherLock.Access>) robot
                    .lookup("#lockAccess-batchSize").query()).setValue(
                            org.ganstudio.ui.hyperparameters.TeacherLock.Access.LOCKED);
            ((javafx.scene.control.ChoiceBox<org.ganstudio.ui.hyperparameters.TeacherLock.Access>) robot
                    .lookup("#lockAccess-seed").query()).setValue(
                            org.ganstudio.ui.hyperparameters.TeacherLock.Access.HIDDEN);
            robot.lookup("#lockPin").queryAs(javafx.scene.control.PasswordField.class).setText("2468");
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        waitFor(() -> Files.exists(target));
        org.ganstudio.model.Lesson written = org.ganstudio.model.LessonJson.read(target,
                org.ganstudio.model.LessonJson.SHIPPED_DATASETS);
        assertEquals(java.util.Set.of("batchSize"), written.lock().locked());
        assertEquals(java.util.Set.of("seed"), written.lock().hidden());
        assertFalse(Files.readString(target).contains("2468"), "only the PIN's hash is written");
        waitFor(() -> app.lab().settings().setting("seed").hiddenProperty().get());
        assertTrue(app.lab().settings().setting("batchSize").lockedProperty().get(), "the lock applies at once");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void helpOffersTheLogFolderAndAboutShowsThePomsVersion(FxRobot robot) throws Exception {
        assertEquals("Open log folder", helpItem(robot, "menuLogFolder").getText());
        robot.interact(() -> helpItem(robot, "menuAbout").fire());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(about.getContentText().contains("Version " + AppVersion.current().orElseThrow() + "\n"),
                about.getContentText());
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void autosaveOnExitWritesUnsavedProgress(FxRobot robot) throws Exception {
        Label data = robot.lookup("#experimentData").queryAs(Label.class);
        waitFor(() -> data.getText().startsWith("Training data"));
        robot.interact(() -> app.lab().training().start());
        session.train(10);
        waitFor(() -> app.lab().files().unsavedProperty().get());
        robot.interact(() -> app.lab().files().saveForExit());
        assertTrue(session.calls.contains("save autosave.ganstudio"));
        assertFalse(Files.exists(dir.resolve("data/autosave.ganstudio")), "the fake does not write files");
    }
}
