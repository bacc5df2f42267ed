package org.ganstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryEstimateTest {

    private static final ExperimentConfig REFERENCE = Presets.reference(new ImageShape(1, 28, 28));

    @Test
    void referenceNetworkFitsInAGigabyte() {
        MemoryEstimate e = MemoryEstimate.of(REFERENCE);
        assertTrue(e.parameters() > 1_000_000 && e.parameters() < 5_000_000, "reference has a few M weights: " + e);
        assertTrue(e.bytesNeeded() < 1L << 30, e.describe());
        assertTrue(REFERENCE.validate(1L << 30).isEmpty());
    }

    @Test
    void refusalComesFromTheInjectedLimit() {
        long need = MemoryEstimate.of(REFERENCE).bytesNeeded();
        assertTrue(REFERENCE.validate(need).isEmpty(), "exactly enough is enough");
        List<ExperimentConfig.Problem> p = REFERENCE.validate(need - 1);
        assertEquals(1, p.size());
        assertEquals(ExperimentConfig.MEMORY_FIELD, p.get(0).field());
    }

    @Test
    void batchAndWidthRaiseTheEstimate() {
        MemoryEstimate base = MemoryEstimate.of(REFERENCE);
        MemoryEstimate bigBatch = MemoryEstimate.of(REFERENCE.withBatchSize(512));
        assertEquals(base.parameters(), bigBatch.parameters());
        assertTrue(bigBatch.activations() > 7 * base.activations());
        assertTrue(bigBatch.bytesNeeded() > base.bytesNeeded());
    }

    @Test
    void largestConfigInRangeDoesNotOverflow() {
        GeneratorSpec g = new GeneratorSpec(64, 2048, true, Activation.RELU, 0, Upsampling.RESIZE_CONV,
                List.of(new BlockSpec(1024, 11, 2, true, Activation.RELU, 0, 0.5),
                        new BlockSpec(1024, 11, 4, true, Activation.RELU, 0, 0.5)), 11, 1);
        ExperimentConfig c = new ExperimentConfig(new ImageShape(3, 512, 512), 1024, g,
                new DiscriminatorSpec(List.of(new BlockSpec(1024, 11, 1, true, Activation.RELU, 0, 0.5))),
                LossKind.HINGE, OptimizerSpec.adam(1e-3, 0.5), OptimizerSpec.adam(1e-3, 0.5), 1, 0, 1024, 1,
                UpdateOrder.SIMULTANEOUS);
        MemoryEstimate e = MemoryEstimate.of(c);
        assertTrue(e.bytesNeeded() > 1L << 40 && e.bytesNeeded() > 0, "terabytes, not a wrapped negative: " + e);
        assertEquals(ExperimentConfig.MEMORY_FIELD, c.validate(64L << 30).get(0).field());
    }

    @Test
    void estimateOnlyForConfigsInRange() {
        assertNotNull(REFERENCE.memoryEstimate());
        assertNull(REFERENCE.withBatchSize(0).memoryEstimate());
    }

    @Test
    void budgetFollowsTheExplicitLimitAndJavaCppsNativeCap() {
        String explicit = System.getProperty(MemoryBudget.LIMIT_PROPERTY);
        String nativeCap = System.getProperty("org.bytedeco.javacpp.maxbytes");
        try {
            System.setProperty(MemoryBudget.LIMIT_PROPERTY, "3G");
            assertEquals(3L << 30, MemoryBudget.available());
            System.clearProperty(MemoryBudget.LIMIT_PROPERTY);
            System.setProperty("org.bytedeco.javacpp.maxbytes", "64M");
            assertEquals((64L << 20) + MemoryEstimate.RUNTIME_BYTES, MemoryBudget.available());
            assertEquals(ExperimentConfig.MEMORY_FIELD, REFERENCE.validate().get(0).field(),
                    "the reference run does not fit in 64 MB of native arrays");
        } finally {
            restore(MemoryBudget.LIMIT_PROPERTY, explicit);
            restore("org.bytedeco.javacpp.maxbytes", nativeCap);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void limitParsingAcceptsJavaStyleSuffixes() {
        assertEquals(6L << 30, MemoryBudget.parse("6G"));
        assertEquals(512L << 20, MemoryBudget.parse("512m"));
        assertEquals(1000, MemoryBudget.parse("1000"));
        assertEquals(0, MemoryBudget.parse("lots"));
        assertEquals(0, MemoryBudget.parse("99999999999T"));
    }
}
