package org.ganstudio.engine;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GanTrainerTest {

    static ExperimentConfig small(UpdateOrder order, LossKind loss) {
        return TestConfigs.small(order, loss);
    }

    /** Data: a bright square in the top-left quadrant, on -1 elsewhere, with a little noise. */
    static BatchSource squares() {
        return (index, batch, out) -> {
            SplittableRandom r = new SplittableRandom(index);
            for (int i = 0; i < batch; i++) {
                for (int p = 0; p < 64; p++) {
                    int y = p / 8;
                    int x = p % 8;
                    float v = (y < 4 && x < 4) ? 0.9f : -0.9f;
                    out[i * 64 + p] = v + (float) (r.nextGaussian() * 0.05);
                }
            }
        };
    }

    private static float[] params(GanTrainer t) {
        return t.generator().params().toFloatVector();
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void sameSeedGivesBitIdenticalParameters(UpdateOrder order) {
        GanTrainer a = new GanTrainer(small(order, LossKind.NON_SATURATING), squares());
        GanTrainer b = new GanTrainer(small(order, LossKind.NON_SATURATING), squares());
        for (int i = 0; i < 5; i++) {
            assertEquals(a.trainStep().dLoss(), b.trainStep().dLoss());
        }
        assertArrayEquals(params(a), params(b));
        assertArrayEquals(a.discriminator().params().toFloatVector(), b.discriminator().params().toFloatVector());
        GanTrainer c = new GanTrainer(small(order, LossKind.NON_SATURATING).withSeed(6), squares());
        for (int i = 0; i < 5; i++) {
            c.trainStep();
        }
        assertFalse(java.util.Arrays.equals(params(a), params(c)), "another seed must give other parameters");
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void saveLoadContinueMatchesUninterruptedRun(UpdateOrder order, @TempDir Path dir) throws Exception {
        ExperimentConfig c = small(order, LossKind.LEAST_SQUARES).withDiscriminatorSteps(2);
        GanTrainer straight = new GanTrainer(c, squares());
        for (int i = 0; i < 6; i++) {
            straight.trainStep();
        }
        GanTrainer first = new GanTrainer(c, squares());
        MetricsHistory h = new MetricsHistory();
        for (int i = 0; i < 3; i++) {
            h.add(first.trainStep());
        }
        Path file = dir.resolve("run" + ExperimentFile.EXTENSION);
        ExperimentFile.save(file, first, h, null);
        ExperimentFile.Contents contents = ExperimentFile.read(file);
        assertEquals(3, contents.step());
        assertEquals(3, contents.history().size());
        GanTrainer resumed = new GanTrainer(contents.config(), squares());
        contents.applyTo(resumed);
        for (int i = 0; i < 3; i++) {
            resumed.trainStep();
        }
        assertEquals(6, resumed.completedSteps());
        assertArrayEquals(params(straight), params(resumed));
        assertArrayEquals(straight.generator().state().toFloatVector(), resumed.generator().state().toFloatVector());
        assertArrayEquals(straight.discriminator().params().toFloatVector(),
                resumed.discriminator().params().toFloatVector());
    }

    @Test
    void nonFiniteLossIsReportedAndNotTrainedOn() {
        BatchSource poisoned = (index, batch, out) -> java.util.Arrays.fill(out, Float.NaN);
        GanTrainer t = new GanTrainer(small(UpdateOrder.SIMULTANEOUS, LossKind.NON_SATURATING), poisoned);
        float[] before = params(t);
        float[] dBefore = t.discriminator().params().toFloatVector();
        StepMetrics m = t.trainStep();
        assertFalse(m.finite());
        assertEquals(0, t.completedSteps(), "a diverged step is not counted");
        assertArrayEquals(before, params(t));
        assertArrayEquals(dBefore, t.discriminator().params().toFloatVector());
    }

    /** Mean absolute distance between the mean generated image and the data's clean image. */
    private static double distanceToData(GanTrainer t) {
        int n = 64;
        float[] z = new float[n * 8];
        SplittableRandom r = new SplittableRandom(99);
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) r.nextGaussian();
        }
        float[] img = t.generate(z, n);
        double dist = 0;
        for (int p = 0; p < 64; p++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += img[i * 64 + p];
            }
            mean /= n;
            int y = p / 8;
            int x = p % 8;
            dist += Math.abs(mean - ((y < 4 && x < 4) ? 0.9 : -0.9));
        }
        return dist / 64;
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void generatorMovesTowardTheData(LossKind loss) {
        GanTrainer t = new GanTrainer(small(UpdateOrder.SIMULTANEOUS, loss), squares());
        double before = distanceToData(t);
        for (int i = 0; i < 150; i++) {
            assertTrue(t.trainStep().finite());
        }
        double after = distanceToData(t);
        assertTrue(after < before * 0.6, loss + ": distance to data went from " + before + " to " + after);
    }

    @Test
    void learningRateChangeTakesEffectAtNextStep() {
        GanTrainer a = new GanTrainer(small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING), squares());
        GanTrainer b = new GanTrainer(small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING), squares());
        a.trainStep();
        b.trainStep();
        b.setLearningRates(1e-5, 1e-5);
        float[] a1 = params(a);
        float[] b1 = params(b);
        a.trainStep();
        b.trainStep();
        double moveA = 0;
        double moveB = 0;
        float[] a2 = params(a);
        float[] b2 = params(b);
        for (int i = 0; i < a1.length; i++) {
            moveA += Math.abs(a2[i] - a1[i]);
            moveB += Math.abs(b2[i] - b1[i]);
        }
        assertTrue(moveB < moveA / 20, "smaller learning rate must move parameters less: " + moveA + " vs " + moveB);
        assertNotEquals(0.0, moveB);
    }
}
