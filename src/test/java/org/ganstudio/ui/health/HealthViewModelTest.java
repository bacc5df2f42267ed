package org.ganstudio.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.HealthReport;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.Remedy;
import org.ganstudio.model.StepDiagnostics;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.RecordingNotifier;
import org.junit.jupiter.api.Test;

/** Alarms from snapshots: list newest first, one notification per new alarm, remedies with the roll-back target. */
class HealthViewModelTest {

    private static SessionSnapshot with(long version, List<Alarm> alarms, List<Long> kept) {
        return new SessionSnapshot(version, SessionState.PAUSED, null, 300, null, MetricsView.EMPTY, 0, List.of(),
                null, null, null, null, null, 0, 0, 1, 50, 0, -1, null, null,
                new HealthReport(StepDiagnostics.NONE, alarms, new float[0], -1, kept));
    }

    @Test
    void newAlarmsAreListedNotifiedOnceAndExplainedWithTheirRemedies() {
        Texts.useLocale(Locale.ENGLISH);
        SimpleObjectProperty<SessionSnapshot> snaps = new SimpleObjectProperty<>(with(1, List.of(), List.of()));
        RecordingNotifier told = new RecordingNotifier();
        long[] rolledBackFrom = {-1};
        // only applyRemedy is used; a proxy records it
        TrainingControl session = (TrainingControl) java.lang.reflect.Proxy.newProxyInstance(
                TrainingControl.class.getClassLoader(), new Class<?>[]{TrainingControl.class}, (p, m, args) -> {
                    if (m.getName().equals("applyRemedy")) {
                        rolledBackFrom[0] = (Long) args[1];
                        return CompletableFuture.completedFuture("Rolled back to step 100.");
                    }
                    return null;
                });
        HealthViewModel vm = new HealthViewModel(snaps, session, told, Runnable::run);
        assertTrue(vm.alarms().isEmpty());
        assertTrue(vm.remedies().isEmpty());

        Alarm strong = new Alarm(AlarmKind.D_TOO_STRONG, 150, 120, 1.0, "D calls 100 % of the fakes fake");
        snaps.set(with(2, List.of(strong), List.of(100L, 200L)));
        assertEquals(List.of(strong), vm.alarms());
        assertEquals(1, told.infos.size());
        assertTrue(told.infos.get(0).contains("150"), told.infos.toString());
        assertEquals(strong, vm.selectedProperty().get());
        assertTrue(vm.explanationProperty().get().startsWith("D tells real from fake"));
        HealthViewModel.RemedyAction back = vm.remedies().stream().filter(r -> r.remedy() == Remedy.ROLL_BACK)
                .findFirst().orElseThrow();
        assertTrue(back.available());
        assertTrue(back.label().contains("100"), back.label());

        Alarm collapse = new Alarm(AlarmKind.MODE_COLLAPSE, 290, 250, 0.1, "the fakes vary only 0.10 times");
        snaps.set(with(3, List.of(strong, collapse), List.of(200L)));
        assertEquals(List.of(collapse, strong), vm.alarms(), "newest first");
        assertEquals(2, told.infos.size(), "one notification per new alarm");

        vm.selectedProperty().set(strong);
        assertFalse(vm.remedies().stream().filter(r -> r.remedy() == Remedy.ROLL_BACK).findFirst().orElseThrow()
                .available(), "nothing kept from before step 120 any more");
        vm.apply(Remedy.LOWER_D_LEARNING_RATE);
        assertEquals(120, rolledBackFrom[0]);
        assertEquals("Rolled back to step 100.", told.infos.get(2));
    }
}
