package org.ganstudio.engine;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongPredicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a diverged step every parameter, statistic and optimiser value equals what it was before it. */
class DivergenceRollbackTest {

    /** The small test GAN with batch norm in D too, so both networks have running statistics. */
    private static ExperimentConfig withBatchNormInD(ExperimentConfig c) {
        return c.withNetworks(c.latentSize(), c.generator(), new DiscriminatorSpec(List.of(
                new BlockSpec(8, 3, 2, true, Activation.LEAKY_RELU, 0.2, 0.3),
                new BlockSpec(16, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0.3))));
    }

    /** The test squares, with batches whose index matches {@code poisoned} filled with {@code value}. */
    private static BatchSource poisoned(LongPredicate poisoned, float value) {
        BatchSource clean = GanTrainerTest.squares();
        return (index, batch, out) -> {
            clean.fill(index, batch, out);
            if (poisoned.test(index)) {
                java.util.Arrays.fill(out, value);
            }
        };
    }

    /** Everything a step may change, copied to the host. */
    private record State(float[][] arrays, int gIter, int dIter, long step) {
        static State of(GanTrainer t) {
            return new State(new float[][]{
                    t.generator().params().toFloatVector(), t.generator().state().toFloatVector(),
                    t.generatorOptimizer().state().toFloatVector(), t.discriminator().params().toFloatVector(),
                    t.discriminator().state().toFloatVector(), t.discriminatorOptimizer().state().toFloatVector()},
                    t.generatorOptimizer().iteration(), t.discriminatorOptimizer().iteration(), t.completedSteps());
        }

        void assertSame(State o) {
            String[] names = {"G params", "G statistics", "G optimiser", "D params", "D statistics", "D optimiser"};
            for (int i = 0; i < arrays.length; i++) {
                assertArrayEquals(arrays[i], o.arrays[i], names[i] + " changed by a diverged step");
            }
            assertEquals(gIter, o.gIter, "G iteration");
            assertEquals(dIter, o.dIter, "D iteration");
            assertEquals(step, o.step, "step counter");
        }
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void laterDiscriminatorStepDivergingUndoesTheEarlierOnes(UpdateOrder order) {
        ExperimentConfig c = withBatchNormInD(TestConfigs.small(order, LossKind.NON_SATURATING)).withDiscriminatorSteps(2);
        // step 0 is clean; in step 1 the first D batch (index 2) is clean and the second (index 3) is NaN
        GanTrainer t = new GanTrainer(c, poisoned(i -> i == 3, Float.NaN));
        assertTrue(t.trainStep().finite());
        State before = State.of(t);
        t.trainStep();
        assertTrue(t.lastStepDiverged());
        before.assertSame(State.of(t));
    }

    /**
     * Sequential order: D's update is applied and then G's loss turns out non-finite. Real pixels of
     * a huge (finite) value with SGD at learning rate 1 give D a finite loss and gradient but weights
     * so large that G's pass through the updated D overflows; the magnitude that does this is searched for.
     */
    @Test
    void generatorDivergingAfterTheDiscriminatorUpdateUndoesIt() {
        OptimizerSpec sgd = new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, 1.0, 0.5, 0.999, 0.9, 1e-8);
        // no batch norm in D here: it would normalise the huge pixels away
        ExperimentConfig c = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.LEAST_SQUARES).withOptimizers(sgd, sgd);
        boolean found = false;
        for (int e = 2; e <= 36 && !found; e++) {
            float huge = (float) Math.pow(10, e);
            GanTrainer t = new GanTrainer(c.withDiscriminatorSteps(1), poisoned(i -> i == 1, huge));
            assertTrue(t.trainStep().finite());
            State before = State.of(t);
            StepMetrics m = t.trainStep();
            if (Double.isFinite(m.dLoss()) && Double.isFinite(m.dGradNorm()) && !Double.isFinite(m.gLoss())) {
                found = true;
                assertTrue(t.lastStepDiverged());
                before.assertSame(State.of(t));
            }
        }
        assertTrue(found, "some pixel magnitude must let D update and then make G's loss non-finite");
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void nonFiniteOptimizerStateIsCaughtAfterTheUpdate(UpdateOrder order) {
        GanTrainer t = new GanTrainer(TestConfigs.small(order, LossKind.NON_SATURATING), GanTrainerTest.squares());
        assertTrue(t.trainStep().finite());
        // one poisoned moment: D's losses and gradients stay finite, its update does not
        t.discriminatorOptimizer().state().putScalar(0, 0, Float.NaN);
        State before = State.of(t);
        StepMetrics m = t.trainStep();
        assertTrue(Double.isFinite(m.dLoss()), "the figures alone would not show it");
        assertTrue(t.lastStepDiverged());
        State after = State.of(t);
        assertTrue(Float.isNaN(after.arrays[5][0]), "the state before the step is kept as it was");
        before.assertSame(after);
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void aRetriedStepAfterRollbackMatchesARunThatNeverDiverged(UpdateOrder order) {
        ExperimentConfig c = withBatchNormInD(TestConfigs.small(order, LossKind.HINGE)).withDiscriminatorSteps(2);
        boolean[] once = {true};
        BatchSource clean = GanTrainerTest.squares();
        BatchSource poisonOnce = (index, batch, out) -> {
            clean.fill(index, batch, out);
            if (index == 3 && once[0]) {
                once[0] = false;
                java.util.Arrays.fill(out, Float.POSITIVE_INFINITY);
            }
        };
        GanTrainer a = new GanTrainer(c, poisonOnce);
        GanTrainer b = new GanTrainer(c, clean);
        a.trainStep();
        b.trainStep();
        a.trainStep();
        assertTrue(a.lastStepDiverged());
        for (int i = 0; i < 3; i++) {
            assertTrue(a.trainStep().finite());
            b.trainStep();
        }
        State.of(b).assertSame(State.of(a));
        assertFalse(a.lastStepDiverged());
    }

    @Test
    void singleUpdatesRollBackToo() {
        ExperimentConfig c = withBatchNormInD(TestConfigs.small(UpdateOrder.SIMULTANEOUS, LossKind.NON_SATURATING));
        GanTrainer t = new GanTrainer(c, poisoned(i -> i >= 1, Float.NaN));
        t.trainStep();
        State before = State.of(t);
        t.trainDiscriminatorOnly();
        assertTrue(t.lastStepDiverged());
        before.assertSame(State.of(t));
        t.generatorOptimizer().state().putScalar(0, 0, Float.POSITIVE_INFINITY);
        before = State.of(t);
        t.trainGeneratorOnly();
        assertTrue(t.lastStepDiverged());
        before.assertSame(State.of(t));
    }
}
