package org.ganstudio.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.Remedy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each alarm provoked by a setting on a shipped dataset within a bounded number of steps, and a healthy setting
 * with none, with a small network (HealthProbe's) so the whole class stays near a minute on a loaded 2-core machine.
 * The default preset itself was run for 500 steps on datasets/shapes through {@code train} with no alarm (README).
 */
class HealthAlarmsTrainingTest {

    private static LoadedDataset fashion;

    @BeforeAll
    static void load() throws Exception {
        fashion = HealthProbe.load("fashion-mnist-small", 28, 100000);
    }

    private static ExperimentConfig small(double gLr, double dLr) {
        return HealthProbe.small(1, 28, gLr, dLr, 0);
    }

    /** Trains up to {@code steps} steps (stopping at a divergence) and returns the alarms raised. */
    private static List<Alarm> train(TrainingRun run, int steps) {
        List<Alarm> alarms = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            TrainingRun.StepResult r = run.step(TrainingControl.StepKind.BOTH);
            if (i % 50 == 0) {
                run.drawGrid();
            }
            alarms.addAll(run.drainAlarms());
            if (r instanceof TrainingRun.StepResult.Diverged) {
                break;
            }
        }
        return alarms;
    }

    private static boolean fired(List<Alarm> alarms, AlarmKind kind) {
        return alarms.stream().anyMatch(a -> a.kind() == kind);
    }

    @Test
    void aBalancedSettingRunsFourHundredStepsWithoutAlarm() {
        List<Alarm> alarms = train(new TrainingRun(small(2e-3, 2e-3), fashion, null), 400);
        assertEquals(List.of(), alarms);
    }

    @Test
    void aFastDiscriminatorAgainstAFrozenGeneratorIsTooStrong() {
        List<Alarm> alarms = train(new TrainingRun(small(1e-5, 2e-3).withDiscriminatorSteps(3), fashion, null), 300);
        assertTrue(fired(alarms, AlarmKind.D_TOO_STRONG), alarms.toString());
    }

    @Test
    void aGeneratorFarFasterThanItsDiscriminatorCollapses() {
        List<Alarm> alarms = train(new TrainingRun(small(2e-2, 1e-4), fashion, null), 400);
        assertTrue(fired(alarms, AlarmKind.MODE_COLLAPSE), alarms.toString());
    }

    @Test
    void aDiscriminatorTrainedHardOnEightyImagesOverfits() throws Exception {
        LoadedDataset few = HealthProbe.load("fashion-mnist-small", 28, 80);
        List<Alarm> alarms = train(new TrainingRun(small(2e-3, 2e-3).withDiscriminatorSteps(5), few, null), 300);
        assertTrue(fired(alarms, AlarmKind.D_OVERFITTING), alarms.toString());
    }

    @Test
    void highLearningRatesOnShapesOscillate() throws Exception {
        LoadedDataset shapes = HealthProbe.load("shapes", 32, 100000);
        List<Alarm> alarms = train(new TrainingRun(HealthProbe.small(3, 32, 1e-2, 1e-2, 0), shapes, null), 400);
        assertTrue(fired(alarms, AlarmKind.OSCILLATION), alarms.toString());
    }

    @Test
    void raisingSgdsLearningRateExplodesTheGradientsBeforeTheyDiverge() {
        OptimizerSpec sgd = new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, 0.003, 0.5, 0.999, 0.9, 1e-8);
        ExperimentConfig c = small(2e-3, 2e-3).withLoss(LossKind.LEAST_SQUARES);
        TrainingRun run = new TrainingRun(c.withOptimizers(c.generatorOptimizer(), sgd), fashion, null);
        List<Alarm> alarms = train(run, 300);
        assertEquals(List.of(), alarms, "healthy at a small learning rate");
        run.trainer().setLearningRates(2e-3, 0.03);
        alarms = train(run, 200);
        assertTrue(fired(alarms, AlarmKind.EXPLODING_GRADIENTS), alarms.toString());
    }

    @Test
    void aHugeLearningRateDivergesAndTheRemediesApplyLive() {
        OptimizerSpec sgd = new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, 0.5, 0.5, 0.999, 0.9, 1e-8);
        ExperimentConfig c = small(2e-3, 2e-3).withLoss(LossKind.LEAST_SQUARES);
        TrainingRun run = new TrainingRun(c.withOptimizers(c.generatorOptimizer(), sgd), fashion, null);
        List<Alarm> alarms = train(run, 100);
        assertTrue(fired(alarms, AlarmKind.DIVERGENCE), alarms.toString());
        assertEquals(alarms, run.health().alarms());

        assertEquals(0.25, run.apply(Remedy.LOWER_D_LEARNING_RATE).discriminatorOptimizer().learningRate(), 1e-9);
        assertEquals(LossKind.LEAST_SQUARES, run.apply(Remedy.LEAST_SQUARES_LOSS).loss());
        assertEquals(0.1, run.apply(Remedy.LABEL_SMOOTHING).labelSmoothing(), 1e-12);
        run.apply(Remedy.LOWER_D_LEARNING_RATE);
        ExperimentConfig sgdD = run.apply(Remedy.D_TO_SGD);
        assertEquals(OptimizerKind.SGD_MOMENTUM, sgdD.discriminatorOptimizer().kind());
    }

    @Test
    void rollBackGoesToTheNewestKeptStateBeforeTheAlarm() {
        TrainingRun run = new TrainingRun(small(2e-3, 2e-3), fashion, null);
        train(run, 250);
        // the run keeps a state every 100 steps, the start included (it can also branch there)
        assertEquals(List.of(0L, 100L, 200L), run.health().keptSteps());
        assertEquals(200, run.rollBack(230));
        assertEquals(200, run.completedSteps());
        assertEquals(200, run.history().size());
        assertEquals(-1, run.rollBack(-1), "nothing kept that old");
        assertEquals(200, run.completedSteps());
        assertEquals(0, run.rollBack(50));
        assertEquals(0, run.completedSteps());
        assertEquals(List.of(0L), run.health().keptSteps(), "the states after the one gone back to are dropped");
    }
}
