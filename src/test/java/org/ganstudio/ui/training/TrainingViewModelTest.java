package org.ganstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.model.ImageShape;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.ScriptedConfirmer;
import org.junit.jupiter.api.Test;

/** Training commands and status against a recording fake session, without a toolkit. */
class TrainingViewModelTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final SnapshotPoller poller = new SnapshotPoller(session);
    private final HyperparametersViewModel settings = articleNetwork(new HyperparametersViewModel());

    /** These tests read the article's values (Adam 2e-4, batch 64), whatever the default preset. */
    private static HyperparametersViewModel articleNetwork(HyperparametersViewModel vm) {
        vm.applyPreset(org.ganstudio.model.Preset.TENSORFLOW);
        return vm;
    }
    private final SimpleObjectProperty<DataSelection> data = new SimpleObjectProperty<>();
    private final ScriptedConfirmer confirmer = new ScriptedConfirmer();
    private final ManualClock clock = new ManualClock();
    private final TrainingViewModel vm = new TrainingViewModel(session, poller.snapshotProperty(), settings, data,
            confirmer, clock);

    private void loadData() {
        settings.setImageShape(SHAPE);
        data.set(DataSelection.of(FakeImages.dataset(SHAPE, 20)));
    }

    private void type(String id, String text) {
        settings.textSetting(id).textProperty().set(text);
    }

    @Test
    void startNeedsDataAndValidSettingsThenBuildsTheExperiment() {
        assertFalse(vm.canStartProperty().get());
        loadData();
        assertTrue(vm.canStartProperty().get());
        type("gLearningRate", "x");
        assertFalse(vm.canStartProperty().get());
        type("gLearningRate", "0.0002");

        vm.start();
        poller.poll();
        assertEquals(List.of("newExperiment", "setSampleInterval 50", "start"), session.calls);
        assertEquals("training", vm.stateTextProperty().get());
        assertFalse(vm.canStartProperty().get());
        assertTrue(vm.canStopProperty().get());
        assertEquals("Pause", vm.pauseResumeTextProperty().getValue());
        assertTrue(vm.hasExperimentProperty().get());
    }

    @Test
    void spaceTogglesBetweenPauseAndResume() {
        loadData();
        vm.start();
        poller.poll();
        vm.togglePause();
        poller.poll();
        assertEquals("paused", vm.stateTextProperty().get());
        assertEquals("Resume", vm.pauseResumeTextProperty().getValue());
        vm.togglePause();
        poller.poll();
        assertEquals("training", vm.stateTextProperty().get());
        vm.stop();
        poller.poll();
        assertEquals(List.of("newExperiment", "setSampleInterval 50", "start", "pause", "start", "pause"), session.calls);
    }

    @Test
    void learningRatesAndStepsApplyLiveWithoutAReset() {
        loadData();
        vm.start();
        session.train(100);
        poller.poll();
        session.calls.clear();
        type("dLearningRate", "0.0001");
        type("dSteps", "2");
        type("sampleEvery", "10");
        assertEquals(List.of("updateHyperparameters 2.0E-4 1.0E-4 1", "updateHyperparameters 2.0E-4 1.0E-4 2",
                "setSampleInterval 10"), session.calls);
        assertFalse(vm.pendingRebuildProperty().get());
    }

    @Test
    void anArchitectureChangeAfterTrainingAsksOnceBeforeResetting() {
        loadData();
        vm.start();
        session.train(100);
        poller.poll();
        session.calls.clear();

        type("gFilters", "64, 32");
        assertTrue(vm.pendingRebuildProperty().get());
        assertEquals(List.of(), session.calls, "nothing is sent while typing");

        confirmer.answer = false;
        vm.settingsCommitted();
        vm.settingsCommitted();
        assertEquals(List.of("Apply changed settings"), confirmer.asked, "asked once per change");
        assertEquals(List.of(), session.calls);

        type("gFilters", "64, 16");
        confirmer.answer = true;
        vm.settingsCommitted();
        assertEquals(List.of("newExperiment", "setSampleInterval 50", "start"), session.calls,
                "rebuilt and, since it was training, started again");
        poller.poll();
        assertFalse(vm.pendingRebuildProperty().get());
    }

    @Test
    void changesBeforeTheFirstStepRebuildWithoutAsking() {
        loadData();
        vm.step(StepKind.BOTH);
        poller.poll();
        vm.reset();
        poller.poll();
        type("latentSize", "64");
        assertFalse(vm.pendingRebuildProperty().get());
        vm.start();
        assertEquals(List.of(), confirmer.asked.stream().filter(t -> !t.equals("Reset training")).toList());
        assertEquals(2, session.callsStartingWith("newExperiment").size());
        assertEquals(64, session.snapshot().config().latentSize());
    }

    @Test
    void resetAsksWhenThereIsProgress() {
        loadData();
        vm.start();
        session.train(10);
        poller.poll();
        confirmer.answer = false;
        vm.reset();
        assertEquals(List.of(), session.callsStartingWith("reset"));
        confirmer.answer = true;
        vm.reset();
        assertEquals(List.of("reset"), session.callsStartingWith("reset"));
    }

    @Test
    void revertPutsTheFormBackToTheRunningExperiment() {
        loadData();
        vm.start();
        session.train(10);
        poller.poll();
        type("batchSize", "16");
        assertTrue(vm.pendingRebuildProperty().get());
        vm.revertChanges();
        assertEquals("64", settings.textSetting("batchSize").textProperty().get());
        assertFalse(vm.pendingRebuildProperty().get());
    }

    @Test
    void aDivergedSessionShowsItsMessage() {
        loadData();
        vm.start();
        session.publish(b -> b.state(SessionState.DIVERGED).message("D loss became NaN at step 12. Try a lower learning rate."));
        poller.poll();
        assertEquals("diverged", vm.stateTextProperty().get());
        assertEquals("D loss became NaN at step 12. Try a lower learning rate.", vm.divergedMessageProperty().get());
        assertTrue(vm.canStartProperty().get());
    }

    @Test
    void speedEtaAndElapsedTime() {
        loadData();
        type("targetSteps", "1300");
        vm.start();
        poller.poll();
        clock.advance(10, TimeUnit.SECONDS);
        session.train(100);
        poller.poll();
        assertEquals("120.0 steps/s", vm.speedTextProperty().get());
        assertEquals("ETA 0:10 to step 1300", vm.timeTextProperty().get());
        type("targetSteps", "");
        clock.advance(65, TimeUnit.SECONDS);
        session.train(1);
        poller.poll();
        assertEquals("elapsed 1:15", vm.timeTextProperty().get());
        assertEquals("1:02:03", TrainingStatus.clock(3723));
    }

    @Test
    void trainingStopsExactlyAtTheStopStep() {
        loadData();
        type("targetSteps", "150");
        vm.start();
        assertEquals(List.of("setStopAt 150"), session.callsStartingWith("setStopAt"), "the session enforces it");
        session.train(100);
        poller.poll();
        session.train(60);
        poller.poll();
        assertEquals(150, vm.stepProperty().get());
        assertEquals("paused", vm.stateTextProperty().get());
        assertEquals(List.of(), session.callsStartingWith("pause"), "no pause command chasing the step");
        assertEquals("Reached the stop step 150", vm.messageProperty().get());
        type("targetSteps", "");
        assertEquals(List.of("setStopAt 150", "setStopAt 0"), session.callsStartingWith("setStopAt"));
    }
}
