package org.ganstudio.ui.hyperparameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.ScriptedConfirmer;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.training.TrainingViewModel;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HyperparametersViewTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final ScriptedConfirmer confirmer = new ScriptedConfirmer();
    private HyperparametersViewModel vm;
    private TrainingViewModel training;
    private SnapshotPoller poller;

    @Start
    void start(Stage stage) {
        vm = new HyperparametersViewModel();
        vm.applyPreset(org.ganstudio.model.Preset.TENSORFLOW);   // the tests read the article's network
        poller = new SnapshotPoller(session);
        SimpleObjectProperty<DataSelection> data = new SimpleObjectProperty<>();
        training = new TrainingViewModel(session, poller.snapshotProperty(), vm, data, confirmer, new ManualClock());
        vm.setImageShape(SHAPE);
        data.set(DataSelection.of(FakeImages.dataset(SHAPE, 8)));
        TestStages.show(stage, new Scene(new HyperparametersView(vm, actions(training)).getRoot(), 380, 700));
    }

    /** What the lab connects the form to: the training controls. */
    static FormActions actions(TrainingViewModel t) {
        return new FormActions() {
            @Override
            public javafx.beans.value.ObservableBooleanValue pendingRebuildProperty() {
                return t.pendingRebuildProperty();
            }

            @Override
            public void committed() {
                t.settingsCommitted();
            }

            @Override
            public void applyAfterAsking() {
                t.applyChangesAfterAsking();
            }

            @Override
            public void revert() {
                t.revertChanges();
            }
        };
    }

    private void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Test
    void aBadNumberIsExplainedNextToTheFieldUntilFixed(FxRobot robot) throws Exception {
        replaceText(robot, "gLearningRate", "fast");
        Label error = robot.lookup("#gLearningRateError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        assertEquals("learning rate must be a number", error.getText());
        assertFalse(vm.validProperty().get());
        assertTrue(robot.lookup("#gLearningRate").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid")));

        replaceText(robot, "gLearningRate", "0.001");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !error.isVisible());
        assertEquals(0.001, vm.config().generatorOptimizer().learningRate());
    }

    @Test
    void choosingAPresetFillsTheFormAndShowsItsDescription(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<org.ganstudio.model.Preset> preset = robot.lookup("#presetChoice").queryAs(ComboBox.class);
        Label changed = robot.lookup("#presetChanged").queryAs(Label.class);
        assertFalse(changed.isVisible());
        robot.interact(() -> preset.setValue(org.ganstudio.model.Preset.PYTORCH));
        assertEquals("128", robot.lookup("#batchSize").queryAs(TextField.class).getText());
        assertEquals(org.ganstudio.model.Preset.PYTORCH.config(SHAPE), vm.config());
        assertTrue(preset.getTooltip().getText().contains("PyTorch"), preset.getTooltip().getText());
        robot.interact(() -> robot.lookup("#batchSize").queryAs(TextField.class).setText("16"));
        assertTrue(changed.isVisible(), "an edited field is marked");
        robot.interact(() -> {
            preset.setValue(null);
            preset.setValue(org.ganstudio.model.Preset.PYTORCH);
        });
        assertEquals("128", robot.lookup("#batchSize").queryAs(TextField.class).getText());
        assertFalse(changed.isVisible());
    }

    @Test
    void betasThatDoNotApplyAreDisabled(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<OptimizerKind> kind = robot.lookup("#dOptimizer").queryAs(ComboBox.class);
        Node beta1 = robot.lookup("#dBeta1").query();
        assertFalse(beta1.isDisabled());
        robot.interact(() -> kind.setValue(OptimizerKind.RMSPROP));
        assertTrue(beta1.isDisabled());
        assertFalse(robot.lookup("#dBeta2").query().isDisabled());
    }

    @Test
    void aNetworkChangeAfterTrainingShowsTheBannerAndRevertClearsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            training.start();
            session.train(20);
            poller.poll();
        });
        Node banner = robot.lookup("#pendingBanner").query();
        assertFalse(banner.isVisible());
        confirmer.answer = false;
        replaceText(robot, "gFilters", "64, 32");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, banner::isVisible);
        assertEquals(1, confirmer.asked.size(), "asked when the field was committed");
        robot.clickOn("#revertChanges");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !banner.isVisible());
        assertEquals("128, 64", robot.lookup("#gFilters").queryAs(TextField.class).getText());
    }
}
