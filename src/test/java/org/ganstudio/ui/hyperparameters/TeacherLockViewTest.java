package org.ganstudio.ui.hyperparameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.ScriptedConfirmer;
import org.ganstudio.ui.training.TrainingViewModel;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A field the teacher locked is disabled and its mark says why; a hidden one is gone; the right PIN brings both back. */
@ExtendWith(ApplicationExtension.class)
class TeacherLockViewTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    private HyperparametersViewModel vm;
    private TeacherLock teacher;

    @Start
    void start(Stage stage) {
        FakeTrainingControl session = new FakeTrainingControl();
        vm = new HyperparametersViewModel();
        teacher = new TeacherLock(vm);
        SnapshotPoller poller = new SnapshotPoller(session);
        SimpleObjectProperty<DataSelection> data = new SimpleObjectProperty<>();
        TrainingViewModel training = new TrainingViewModel(session, poller.snapshotProperty(), vm, data,
                new ScriptedConfirmer(), new ManualClock());
        vm.setImageShape(SHAPE);
        data.set(DataSelection.of(FakeImages.dataset(SHAPE, 8)));
        TestStages.show(stage, new Scene(new HyperparametersView(vm, HyperparametersViewTest.actions(training)).getRoot(),
                380, 700));
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLockedFieldIsDisabledAndSaysWhy(FxRobot robot) {
        Node field = robot.lookup("#dLearningRate").query();
        Label mark = robot.lookup("#dLearningRateLock").queryAs(Label.class);
        assertFalse(field.isDisabled());
        assertFalse(mark.isVisible(), "no mark before the lock");
        robot.interact(() -> teacher.apply(TeacherLock.create(Set.of("dLearningRate"), Set.of("seed"), "2468")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isDisabled(), "locked: not editable");
        assertTrue(mark.isVisible() && !mark.isDisabled());
        assertEquals(Texts.get("lessons.locked.tip"), mark.getTooltip().getText());
        assertTrue(mark.getTooltip().getText().toLowerCase(java.util.Locale.ROOT).contains("teacher")
                || Texts.isChinese());
        assertFalse(shown(robot.lookup("#seed").query()), "hidden");
        assertFalse(robot.lookup("#gLearningRate").query().isDisabled(), "the rest stay open");
        robot.interact(() -> assertEquals(TeacherLock.Unlock.WRONG_PIN, teacher.unlock("0000")));
        assertTrue(field.isDisabled(), "a wrong PIN keeps it locked");
        robot.interact(() -> assertEquals(TeacherLock.Unlock.UNLOCKED, teacher.unlock("2468")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field.isDisabled() || mark.isVisible());
    }
}
