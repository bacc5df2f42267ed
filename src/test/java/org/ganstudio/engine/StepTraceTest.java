package org.ganstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.StepTrace;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A traced step is an ordinary step (bit for bit), and its trace agrees with the step's own figures. */
class StepTraceTest {

    private static void train(GanTrainer t, int steps) {
        for (int i = 0; i < steps; i++) {
            t.trainStep();
        }
    }

    private static void assertSameState(GanTrainer a, GanTrainer b) {
        assertArrayEquals(a.generator().params().toFloatVector(), b.generator().params().toFloatVector());
        assertArrayEquals(a.discriminator().params().toFloatVector(), b.discriminator().params().toFloatVector());
        assertArrayEquals(a.generator().state().toFloatVector(), b.generator().state().toFloatVector());
        assertArrayEquals(a.generatorOptimizer().state().toFloatVector(),
                b.generatorOptimizer().state().toFloatVector());
        assertArrayEquals(a.discriminatorOptimizer().state().toFloatVector(),
                b.discriminatorOptimizer().state().toFloatVector());
        assertEquals(a.completedSteps(), b.completedSteps());
    }

    @ParameterizedTest
    @CsvSource({"SEQUENTIAL, NON_SATURATING, 1", "SIMULTANEOUS, MINIMAX, 1", "SEQUENTIAL, LEAST_SQUARES, 2",
            "SIMULTANEOUS, HINGE, 2"})
    void aTracedStepLeavesTheNetworksExactlyAsAnOrdinaryStep(UpdateOrder order, LossKind loss, int dSteps) {
        ExperimentConfig c = TestConfigs.small(order, loss).withDiscriminatorSteps(dSteps);
        GanTrainer plain = new GanTrainer(c, GanTrainerTest.squares());
        GanTrainer traced = new GanTrainer(c, GanTrainerTest.squares());
        train(plain, 3);
        train(traced, 3);
        StepMetrics ordinary = plain.trainStep();
        traced.traceNextStep();
        StepMetrics watched = traced.trainStep();
        StepTrace trace = traced.takeTrace();
        assertNotNull(trace);
        assertEquals(ordinary.dLoss(), watched.dLoss());
        assertEquals(ordinary.gLoss(), watched.gLoss());
        assertSameState(plain, traced);
        // and training goes on as if nothing had watched
        train(plain, 2);
        train(traced, 2);
        assertSameState(plain, traced);
        assertNull(traced.takeTrace(), "a trace is handed out once; later steps are not traced");

        assertEquals(3, trace.step());
        assertEquals(watched, trace.metrics(), "the trace's losses are the step's metrics");
        assertTrue(trace.kept());
        assertEquals(c.batchSize(), trace.realOutputs().length);
        assertEquals(c.batchSize(), trace.fakeOutputs().length);
        assertEquals(c.batchSize(), trace.generatorOutputs().length);
        assertEquals(mean(trace.realOutputs()), watched.dReal(), 1e-5, "D(x) is the mean of D's outputs on real");
        assertEquals(mean(trace.fakeOutputs()), watched.dFake(), 1e-5, "D(G(z)) is the mean on the fakes");
        if (loss.probabilistic()) {
            for (float[] outputs : List.of(trace.realOutputs(), trace.fakeOutputs(), trace.generatorOutputs())) {
                for (float v : outputs) {
                    assertTrue(v >= 0 && v <= 1, "a probability, was " + v);
                }
            }
        }
        assertEquals(watched.dGradNorm(), norm(trace.discriminatorLayers()), 1e-4 * (1 + watched.dGradNorm()));
        assertEquals(watched.gGradNorm(), norm(trace.generatorLayers()), 1e-4 * (1 + watched.gGradNorm()));
        assertTrue(trace.discriminatorUpdateNorm() > 0);
        assertTrue(trace.generatorUpdateNorm() > 0);
        for (StepTrace.LayerChange l : trace.generatorLayers()) {
            assertTrue(l.updateNorm() > 0, l.name() + " moved");
            assertTrue(l.parameters() > 0);
        }
        assertEquals(Math.min(8, c.batchSize()), trace.shown());
        assertEquals(trace.shown() * c.latentSize(), trace.latent().length);
        assertEquals(trace.shown(), trace.fakes().count());
        assertEquals(trace.shown(), trace.real().count());
        assertFalse(java.util.Arrays.equals(trace.real().pixels(), trace.fakes().pixels()));
    }

    @Test
    void aTracedDiscriminatorStepMovesOnlyTheDiscriminator() {
        ExperimentConfig c = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
        GanTrainer plain = new GanTrainer(c, GanTrainerTest.squares());
        GanTrainer traced = new GanTrainer(c, GanTrainerTest.squares());
        plain.trainDiscriminatorOnly();
        traced.traceNextStep();
        traced.trainDiscriminatorOnly();
        StepTrace trace = traced.takeTrace();
        assertSameState(plain, traced);
        assertTrue(trace.discriminatorUpdated());
        assertFalse(trace.generatorUpdated());
        assertEquals(0.0, trace.generatorUpdateNorm());
        assertTrue(trace.generatorLayers().stream().allMatch(l -> Double.isNaN(l.gradientNorm())));
        assertTrue(trace.discriminatorUpdateNorm() > 0);

        plain.trainGeneratorOnly();
        traced.traceNextStep();
        traced.trainGeneratorOnly();
        StepTrace g = traced.takeTrace();
        assertSameState(plain, traced);
        assertTrue(g.generatorUpdated());
        assertFalse(g.discriminatorUpdated());
        assertEquals(0.0, g.discriminatorUpdateNorm());
        assertTrue(g.generatorUpdateNorm() > 0);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double norm(List<StepTrace.LayerChange> layers) {
        double s = 0;
        for (StepTrace.LayerChange l : layers) {
            s += l.gradientNorm() * l.gradientNorm();
        }
        return Math.sqrt(s);
    }
}
