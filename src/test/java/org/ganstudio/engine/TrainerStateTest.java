package org.ganstudio.engine;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.Presets;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A captured trainer state continues in a fresh trainer bit for bit as the original does. */
class TrainerStateTest {

    private static BatchSource data() {
        return (index, batch, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) Math.sin(0.37 * i + index);
            }
        };
    }

    private static List<long[]> figures(GanTrainer t, int steps) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            StepMetrics m = t.trainStep();
            out.add(new long[]{m.step(), Double.doubleToLongBits(m.dLoss()), Double.doubleToLongBits(m.gLoss()),
                    Double.doubleToLongBits(m.dReal()), Double.doubleToLongBits(m.dFake()),
                    Double.doubleToLongBits(m.dGradNorm()), Double.doubleToLongBits(m.gGradNorm())});
        }
        return out;
    }

    @Test
    void aFreshTrainerGivenAStateContinuesBitForBit() {
        for (UpdateOrder order : UpdateOrder.values()) {
            ExperimentConfig c = TestConfigs.small(order, LossKind.NON_SATURATING);
            GanTrainer original = new GanTrainer(c, data());
            figures(original, 4);
            original.setLearningRates(1e-3, 3e-3);   // a live change the state must carry
            TrainerState at4 = TrainerState.capture(original);
            List<long[]> straight = figures(original, 5);

            GanTrainer branch = new GanTrainer(c, data());
            at4.applyTo(branch);
            assertEquals(4, branch.completedSteps());
            List<long[]> continued = figures(branch, 5);
            for (int i = 0; i < straight.size(); i++) {
                assertArrayEquals(straight.get(i), continued.get(i), order + " step " + i);
            }
            TrainerState a = TrainerState.capture(original);
            TrainerState b = TrainerState.capture(branch);
            assertArrayEquals(a.generatorParams(), b.generatorParams());
            assertArrayEquals(a.generatorState(), b.generatorState());
            assertArrayEquals(a.generatorOptimizer(), b.generatorOptimizer());
            assertArrayEquals(a.discriminatorParams(), b.discriminatorParams());
            assertArrayEquals(a.discriminatorState(), b.discriminatorState());
            assertArrayEquals(a.discriminatorOptimizer(), b.discriminatorOptimizer());
            assertEquals(a.generatorIterations(), b.generatorIterations());
            assertEquals(1e-3, b.generatorLearningRate(), 1e-12);
        }
    }

    @Test
    void aBranchWithAnotherLossDiffersAndAnotherArchitectureIsRefused() {
        ExperimentConfig c = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
        GanTrainer original = new GanTrainer(c, data());
        figures(original, 3);
        TrainerState s = TrainerState.capture(original);
        List<long[]> straight = figures(original, 2);
        GanTrainer other = new GanTrainer(c.withLoss(LossKind.LEAST_SQUARES), data());
        s.applyTo(other);
        assertNotEquals(straight.get(1)[1], figures(other, 2).get(1)[1], "another loss, another D loss");
        ExperimentConfig wider = c.withNetworks(c.latentSize() + 1, c.generator(), c.discriminator());
        assertThrows(IllegalArgumentException.class, () -> s.applyTo(new GanTrainer(wider, data())));
    }

    /** Prints what one kept state of the reference network costs (the figure the README quotes). */
    @Test
    void referenceNetworkStateSize() {
        for (ImageShape shape : new ImageShape[]{new ImageShape(1, 28, 28), new ImageShape(3, 64, 64)}) {
            ExperimentConfig c = Presets.reference(shape);
            GanTrainer t = new GanTrainer(c, data());
            TrainerState s = TrainerState.capture(t);
            long params = t.generator().paramCount() + t.discriminator().paramCount();
            System.out.printf("kept state, reference network %s: %d bytes (%.2f MB), %d parameters%n", shape,
                    s.bytes(), s.bytes() / 1e6, params);
            // parameters, statistics and Adam's two moments, float32
            assertEquals(4 * 3 * params, s.bytes(), 4.0 * (t.generator().stateCount() + t.discriminator().stateCount()) + 8);
        }
    }
}
