package org.ganstudio.engine.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

class PlaneTrainerTest {

    private static PlaneConfig small() {
        return PlaneConfig.defaults().withTraining(1, UpdateOrder.SIMULTANEOUS, 32);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void generatorPullIsMinusTheGradientOfEachPointsOwnLoss(LossKind kind) {
        PlaneTrainer t = new PlaneTrainer(small().withLoss(kind), BuiltInDistribution.RING8);
        for (int i = 0; i < 20; i++) {
            t.trainStep();
        }
        double[] pts = t.realPoints(5, 6);
        double[] pull = t.generatorPull(pts, 6);
        double h = 1e-5;
        for (int i = 0; i < pts.length; i++) {
            double keep = pts[i];
            pts[i] = keep + h;
            double up = pointLoss(t, kind, pts, i / 2);
            pts[i] = keep - h;
            double down = pointLoss(t, kind, pts, i / 2);
            pts[i] = keep;
            double numeric = -(up - down) / (2 * h);
            assertEquals(numeric, pull[i], 1e-4 + 1e-3 * Math.abs(numeric), "coordinate " + i + " for " + kind);
        }
    }

    /** G's loss for one point, from D's raw score (the loss definitions of GanLoss). */
    private static double pointLoss(PlaneTrainer t, LossKind kind, double[] pts, int k) {
        double[] one = {pts[2 * k], pts[2 * k + 1]};
        double d = t.discriminate(one, 1)[0];
        double logit = kind.probabilistic() ? Math.log(d / (1 - d)) : d;
        return switch (kind) {
            case MINIMAX -> -softplus(logit);
            case NON_SATURATING -> softplus(logit) - logit;
            case LEAST_SQUARES -> 0.5 * (logit - 1) * (logit - 1);
            case HINGE -> -logit;
        };
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        PlaneTrainer a = new PlaneTrainer(small(), BuiltInDistribution.TWO_MOONS);
        PlaneTrainer b = new PlaneTrainer(small(), BuiltInDistribution.TWO_MOONS);
        PlaneTrainer c = new PlaneTrainer(small().withSeed(2), BuiltInDistribution.TWO_MOONS);
        for (int i = 0; i < 30; i++) {
            a.trainStep();
            b.trainStep();
            c.trainStep();
        }
        double[] z = a.latents(9, 50);
        assertArrayEquals(a.generate(z, 50), b.generate(z, 50));
        assertFalse(Arrays.equals(a.generate(z, 50), c.generate(z, 50)));
    }

    @Test
    void restoredStateContinuesExactlyLikeTheOriginal() {
        PlaneTrainer a = new PlaneTrainer(small(), BuiltInDistribution.SPIRAL);
        for (int i = 0; i < 25; i++) {
            a.trainStep();
        }
        PlaneTrainer b = new PlaneTrainer(small(), BuiltInDistribution.SPIRAL);
        b.restore(a.state());
        assertEquals(25, b.completedSteps());
        for (int i = 0; i < 10; i++) {
            a.trainStep();
            b.trainStep();
        }
        double[] z = a.latents(1, 20);
        assertArrayEquals(a.generate(z, 20), b.generate(z, 20));
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimizerAndOrderTrainsFinitely(OptimizerKind kind) {
        OptimizerSpec o = new OptimizerSpec(kind, kind == OptimizerKind.SGD_MOMENTUM ? 0.01 : 1e-3, 0.5, 0.99,
                0.9, 1e-8);
        for (UpdateOrder order : UpdateOrder.values()) {
            PlaneTrainer t = new PlaneTrainer(small().withOptimizers(o, o).withTraining(2, order, 32),
                    BuiltInDistribution.GAUSSIAN);
            double[] z = t.latents(4, 10);
            double[] before = t.generate(z, 10);
            StepMetrics m = null;
            for (int i = 0; i < 5; i++) {
                m = t.trainStep();
            }
            assertTrue(m.finite(), kind + " " + order + ": " + m);
            assertEquals(5, t.completedSteps());
            assertFalse(Arrays.equals(before, t.generate(z, 10)), "G moved with " + kind + " " + order);
        }
    }

    @Test
    void singleNetworkStepsMoveOnlyThatNetwork() {
        PlaneTrainer t = new PlaneTrainer(small(), BuiltInDistribution.LINE);
        double[] z = t.latents(4, 10);
        double[] probe = t.realPoints(3, 10);
        double[] g0 = t.generate(z, 10);
        double[] d0 = t.discriminate(probe, 10);
        StepMetrics m = t.trainDiscriminatorOnly();
        assertTrue(Double.isNaN(m.gLoss()));
        assertArrayEquals(g0, t.generate(z, 10));
        assertFalse(Arrays.equals(d0, t.discriminate(probe, 10)));
        double[] d1 = t.discriminate(probe, 10);
        t.trainGeneratorOnly();
        assertArrayEquals(d1, t.discriminate(probe, 10));
        assertFalse(Arrays.equals(g0, t.generate(z, 10)));
        assertEquals(2, t.completedSteps());
    }

    @Test
    void adamsFirstStepHasTheLearningRatesSizeAndNesterovsIsOnePlusMomentumTimesIt() {
        double[] p = {1.0, -2.0};
        PlaneOptimizer adam = new PlaneOptimizer(OptimizerSpec.adam(0.01, 0.5), 2);
        adam.apply(p, new double[]{3.0, -0.5});
        assertEquals(1.0 - 0.01, p[0], 1e-7);
        assertEquals(-2.0 + 0.01, p[1], 1e-7);

        double[] q = {1.0};
        PlaneOptimizer sgd = new PlaneOptimizer(new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, 0.1, 0, 0, 0.9, 0), 1);
        sgd.apply(q, new double[]{2.0});
        assertEquals(1.0 - 1.9 * 0.1 * 2.0, q[0], 1e-12);
    }
}
