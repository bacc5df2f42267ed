package org.ganstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.ScriptedConfirmer;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingToolbarTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private SimpleObjectProperty<DataSelection> data;
    private SnapshotPoller poller;
    private HyperparametersViewModel settings;

    @Start
    void start(Stage stage) {
        poller = new SnapshotPoller(session);
        settings = new HyperparametersViewModel();
        data = new SimpleObjectProperty<>();
        TrainingViewModel vm = new TrainingViewModel(session, poller.snapshotProperty(), settings, data,
                new ScriptedConfirmer(), new ManualClock());
        TestStages.show(stage, new Scene(new TrainingToolbar(vm).getRoot(), 900, 60));
        poller.start();
    }

    @AfterEach
    void stopPolling(FxRobot robot) {
        robot.interact(poller::stop);
    }

    private Button button(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Button.class);
    }

    @Test
    void buttonsFollowTheSessionState(FxRobot robot) throws Exception {
        assertTrue(button(robot, "start").isDisabled(), "no data yet");
        robot.interact(() -> {
            settings.setImageShape(SHAPE);
            data.set(DataSelection.of(FakeImages.dataset(SHAPE, 8)));
        });
        assertFalse(button(robot, "start").isDisabled());
        assertTrue(button(robot, "pauseResume").isDisabled());
        assertFalse(button(robot, "stepD").isDisabled());

        robot.clickOn("#start");
        Label state = robot.lookup("#stateLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.getText().equals("training"));
        assertTrue(button(robot, "start").isDisabled());
        assertTrue(button(robot, "stepG").isDisabled());
        assertFalse(button(robot, "stop").isDisabled());
        assertTrue(state.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("training")));

        robot.clickOn("#pauseResume");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.getText().equals("paused"));
        assertEquals("Resume", button(robot, "pauseResume").getText());
        robot.clickOn("#stepG");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#stepLabel").queryAs(Label.class).getText().equals("step 1"));
        assertEquals(List.of("newExperiment", "setSampleInterval 50", "start", "pause", "step GENERATOR"), session.calls);
    }
}
