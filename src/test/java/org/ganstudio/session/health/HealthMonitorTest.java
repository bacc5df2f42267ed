package org.ganstudio.session.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepDiagnostics;
import org.ganstudio.model.StepMetrics;
import org.junit.jupiter.api.Test;

/** Each detector on synthetic histories: it fires on its pattern, once per episode, and not on a healthy run. */
class HealthMonitorTest {

    /** A synthetic step: everything healthy unless a function says otherwise. */
    private static final class Run {
        IntToDoubleFunction gLoss = i -> 1.0 + 0.1 * Math.sin(i * 1.7);
        IntToDoubleFunction dLoss = i -> 1.2 + 0.1 * Math.cos(i * 1.3);
        IntToDoubleFunction accFake = i -> 0.7;
        IntToDoubleFunction accReal = i -> 0.75;
        IntToDoubleFunction saturated = i -> 0.05;
        IntToDoubleFunction norm = i -> 5 + Math.sin(i);
        IntToDoubleFunction updateRatio = i -> 1e-3;
        IntToDoubleFunction gap = i -> 0.0;
        IntToDoubleFunction diversity = i -> Math.min(0.8, 0.1 + i / 200.0);

        List<Alarm> train(int steps) {
            MetricsHistory h = new MetricsHistory();
            HealthMonitor monitor = new HealthMonitor();
            List<Alarm> raised = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                boolean slow = i % 10 == 0;
                h.add(new StepMetrics(i, dLoss.applyAsDouble(i), gLoss.applyAsDouble(i), 0.6, 0.4,
                                norm.applyAsDouble(i), norm.applyAsDouble(i), 10),
                        new StepDiagnostics(accReal.applyAsDouble(i), accFake.applyAsDouble(i),
                                saturated.applyAsDouble(i), slow ? updateRatio.applyAsDouble(i) : Double.NaN,
                                slow ? updateRatio.applyAsDouble(i) : Double.NaN,
                                slow ? 0.7 - gap.applyAsDouble(i) : Double.NaN, slow ? 0.7 : Double.NaN,
                                slow ? diversity.applyAsDouble(i) : Double.NaN, 0.1, new double[0], new double[0],
                                List.of(), List.of()));
                raised.addAll(monitor.afterStep(h.view(), LossKind.NON_SATURATING));
            }
            assertEquals(raised, monitor.alarms());
            return raised;
        }
    }

    private static List<AlarmKind> kinds(List<Alarm> alarms) {
        return alarms.stream().map(Alarm::kind).toList();
    }

    @Test
    void aHealthyRunRaisesNothing() {
        assertEquals(List.of(), new Run().train(3000));
    }

    @Test
    void discriminatorTooStrongFiresOnceAfterWarmUpAndAgainAfterRecovery() {
        Run r = new Run();
        r.accFake = i -> i < 400 || (i > 700 && i < 1000) ? 0.7 : 1.0;
        r.accReal = i -> i < 400 || (i > 700 && i < 1000) ? 0.75 : 0.99;
        r.saturated = i -> i < 400 || (i > 700 && i < 1000) ? 0.05 : 0.9;
        List<Alarm> a = r.train(1300);
        assertEquals(List.of(AlarmKind.D_TOO_STRONG, AlarmKind.D_TOO_STRONG), kinds(a));
        assertTrue(a.get(0).step() > 400 && a.get(0).step() <= 480, "fired at " + a.get(0).step());
        assertTrue(a.get(0).since() <= a.get(0).step() - 20 && a.get(0).since() >= 400);
        assertTrue(a.get(1).step() > 1000);
    }

    @Test
    void certainAccuracyWithoutSaturationIsNotTooStrongForSigmoidLosses() {
        Run r = new Run();
        r.accFake = i -> 1.0;
        r.accReal = i -> 1.0;
        r.saturated = i -> 0.1;
        assertEquals(List.of(), r.train(600));
    }

    @Test
    void modeCollapseNeedsAFallFromAPeak() {
        Run r = new Run();
        r.diversity = i -> i < 500 ? 0.7 : 0.05;
        assertEquals(List.of(AlarmKind.MODE_COLLAPSE), kinds(r.train(900)));
        Run untrained = new Run();
        untrained.diversity = i -> 0.1;   // alike from the start: nothing was lost
        assertEquals(List.of(), untrained.train(900));
    }

    @Test
    void oscillationIsLargeRepeatedSwingsWithoutProgress() {
        Run r = new Run();
        r.gLoss = i -> i < 300 ? 1.0 : 2.0 + 1.5 * Math.sin(i * 2 * Math.PI / 80);
        assertEquals(List.of(AlarmKind.OSCILLATION), kinds(r.train(1000)));
        Run oneDrop = new Run();
        oneDrop.gLoss = i -> i < 500 ? 4.0 : 1.0;   // a single big change is not a swing
        assertEquals(List.of(), oneDrop.train(1000));
    }

    @Test
    void overfittingIsAHeldOutGap() {
        Run r = new Run();
        r.gap = i -> i < 400 ? 0.02 : 0.3;
        List<Alarm> a = r.train(800);
        assertEquals(List.of(AlarmKind.D_OVERFITTING), kinds(a));
        assertTrue(a.get(0).value() > 0.15);
    }

    @Test
    void explodingGradientsByNormGrowthOrByUpdateSize() {
        Run grow = new Run();
        grow.norm = i -> i < 600 ? 5 : 5 * Math.pow(1.05, i - 600);
        assertEquals(List.of(AlarmKind.EXPLODING_GRADIENTS), kinds(grow.train(700)));
        Run big = new Run();
        big.updateRatio = i -> i < 500 ? 1e-3 : 0.3;
        assertEquals(List.of(AlarmKind.EXPLODING_GRADIENTS), kinds(big.train(700)));
    }

    @Test
    void divergenceIsRecordedAtOnce() {
        HealthMonitor m = new HealthMonitor();
        Alarm a = m.diverged(42, "a loss became NaN");
        assertEquals(AlarmKind.DIVERGENCE, a.kind());
        assertEquals("alarm: step 42 divergence: a loss became NaN", a.cliLine());
        assertEquals(List.of(a), m.alarms());
    }
}
