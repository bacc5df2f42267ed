package org.ganstudio.engine;

import org.ganstudio.model.LossKind;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After its first steps a trainer reuses everything it set up: no new native op contexts in later
 * steps (each would cost time and garbage every step), and the C heap can be trimmed on Linux.
 */
class SteadyStateTest {

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void laterStepsBuildNoNewNativeOps(UpdateOrder order) {
        GanTrainer t = new GanTrainer(TestConfigs.small(order, LossKind.NON_SATURATING), GanTrainerTest.squares());
        t.trainStep();
        t.trainStep();
        long g = t.generator().boundOpBuilds();
        long d = t.discriminator().boundOpBuilds();
        assertTrue(g > 0 && d > 0, "the layers run their ops through bound contexts");
        for (int i = 0; i < 5; i++) {
            t.trainStep();
        }
        assertEquals(g, t.generator().boundOpBuilds(), "generator built new op contexts after warm-up");
        assertEquals(d, t.discriminator().boundOpBuilds(), "discriminator built new op contexts after warm-up");
    }

    @org.junit.jupiter.api.Test
    void cHeapCanBeTrimmedOnLinux() {
        boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
        assertEquals(linux, NativeHeap.available());
        assertEquals(linux, NativeHeap.trim());
    }
}
