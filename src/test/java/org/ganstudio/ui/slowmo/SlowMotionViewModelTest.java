package org.ganstudio.ui.slowmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.model.StepTrace;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.ClassroomFakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlowMotionViewModelTest {

    private final List<String> calls = ClassroomFakes.calls();
    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(
            ClassroomFakes.snapshot(1, SessionState.EMPTY, 0));
    private CompletableFuture<StepTrace> answer = ClassroomFakes.done(ClassroomFakes.trace(7, true, true));
    private SlowMotionViewModel vm;

    @BeforeEach
    void build() {
        Texts.useLocale(Locale.ENGLISH);
        Map<String, Function<Object[], Object>> answers = Map.of("traceStep", a -> answer);
        vm = new SlowMotionViewModel(ClassroomFakes.session(calls, answers), snapshots, Runnable::run);
    }

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    private static void assertWords(String s) {
        assertFalse(s.isBlank());
        assertFalse(s.contains("\u27e6"), "a missing text key: " + s);
    }

    @Test
    void stepsOnlyWhenThereIsAPausedRun() {
        assertFalse(vm.canStepProperty().get());
        vm.stepInSlowMotion();
        assertTrue(calls.isEmpty(), "no run: nothing is asked of the session");
        snapshots.set(ClassroomFakes.snapshot(2, SessionState.TRAINING, 7));
        assertFalse(vm.canStepProperty().get(), "not while training");
        snapshots.set(ClassroomFakes.snapshot(3, SessionState.PAUSED, 7));
        assertTrue(vm.canStepProperty().get());
        assertNull(vm.stageProperty().get());
        assertFalse(vm.canForwardProperty().get());
    }

    @Test
    void walksThroughTheCapturedStagesForwardAndBackWithoutAskingAgain() {
        snapshots.set(ClassroomFakes.snapshot(2, SessionState.PAUSED, 7));
        vm.stepInSlowMotion();
        snapshots.set(ClassroomFakes.snapshot(3, SessionState.PAUSED, 8));
        assertEquals(List.of("traceStep BOTH"), calls);
        assertEquals(SlowMotionStage.LATENT, vm.stageProperty().get());
        assertNotNull(vm.latentStripProperty().get());
        assertEquals(4 * 11 - 1, vm.latentStripProperty().get().height(), "4 vectors of 10-pixel cells");
        assertFalse(vm.canBackProperty().get());
        assertTrue(vm.progressProperty().get().contains("step 7"), vm.progressProperty().get());
        assertTrue(vm.progressProperty().get().contains("now at step 8"), vm.progressProperty().get());
        for (SlowMotionStage expected : SlowMotionStage.values()) {
            assertEquals(expected, vm.stageProperty().get());
            assertWords(vm.titleProperty().get());
            assertWords(vm.explanationProperty().get());
            assertWords(vm.detailProperty().get());
            vm.forward();
        }
        assertEquals(SlowMotionStage.UPDATES, vm.stageProperty().get(), "forward stops at the last stage");
        assertFalse(vm.canForwardProperty().get());
        assertEquals(3, vm.barsProperty().get().size(), "two layers of D and one of G moved");
        // D moved sqrt(0.01² + 0.02²) = 0.0224, G moved 0.03
        assertTrue(vm.detailProperty().get().contains("D moved 0.022") && vm.detailProperty().get().contains(
                "G moved 0.030"), vm.detailProperty().get());
        vm.back();
        assertEquals(SlowMotionStage.GRADIENTS, vm.stageProperty().get());
        assertEquals(List.of(0.4, 0.3, 0.3), vm.barsProperty().get().stream().map(LayerBar::value).toList());
        vm.back();
        assertEquals(SlowMotionStage.LOSSES, vm.stageProperty().get());
        assertTrue(vm.detailProperty().get().contains("1.250") && vm.detailProperty().get().contains("0.750"),
                vm.detailProperty().get());
        vm.show(SlowMotionStage.SCORES);
        assertTrue(vm.detailProperty().get().contains("0.750") && vm.detailProperty().get().contains("0.250"),
                "mean of D's outputs on real and fake: " + vm.detailProperty().get());
        assertEquals(1, calls.size(), "walking through the stages asks the session nothing");
    }

    @Test
    void aDiscriminatorOnlyStepShowsGUntouched() {
        answer = ClassroomFakes.done(ClassroomFakes.trace(3, true, false));
        snapshots.set(ClassroomFakes.snapshot(2, SessionState.PAUSED, 3));
        vm.trace(StepKind.DISCRIMINATOR);
        assertEquals(List.of("traceStep DISCRIMINATOR"), calls);
        vm.show(SlowMotionStage.GRADIENTS);
        assertEquals(2, vm.barsProperty().get().size(), "G's layers have no gradient in a D-only step");
        vm.show(SlowMotionStage.UPDATES);
        assertTrue(vm.detailProperty().get().contains(Texts.get("slowmo.notUpdated")), vm.detailProperty().get());
        vm.show(SlowMotionStage.LOSSES);
        assertTrue(vm.detailProperty().get().contains(Texts.get("slowmo.notComputed")), "no NaN on screen: "
                + vm.detailProperty().get());
        assertFalse(vm.detailProperty().get().contains("NaN"));
    }

    @Test
    void aRefusedStepSaysWhatToDo() {
        answer = CompletableFuture.failedFuture(new SessionException(SessionException.Kind.NOT_READY, "busy"));
        snapshots.set(ClassroomFakes.snapshot(2, SessionState.PAUSED, 3));
        vm.stepInSlowMotion();
        assertEquals(Texts.get("slowmo.error.notReady"), vm.messageProperty().get());
        assertNull(vm.traceProperty().get());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.canStepProperty().get(), "the user can try again");
    }

    @Test
    void theOrdinaryStepsGoToTheSession() {
        snapshots.set(ClassroomFakes.snapshot(2, SessionState.PAUSED, 3));
        vm.step(StepKind.GENERATOR);
        vm.step(StepKind.BOTH);
        assertEquals(List.of("step GENERATOR", "step BOTH"), calls);
    }
}
