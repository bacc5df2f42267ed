package org.ganstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The named presets: found by name, valid for every shipped shape, and the two reference networks as described. */
class PresetTest {

    private static final List<ImageShape> SHAPES = List.of(new ImageShape(1, 28, 28), new ImageShape(3, 32, 32),
            new ImageShape(3, 64, 64), new ImageShape(1, 16, 16));

    @Test
    void presetsAreFoundByNameInAnyCaseAndUnknownNamesAreNot() {
        assertEquals(Optional.of(Preset.FAST), Preset.named(" Fast "));
        assertEquals(Optional.of(Preset.PYTORCH), Preset.named("pytorch"));
        assertEquals(Optional.empty(), Preset.named("keras"));
        assertEquals(Optional.empty(), Preset.named(null));
        assertTrue(Preset.names().contains("tensorflow"), Preset.names());
    }

    @Test
    void everyPresetGivesAValidConfigurationForEveryShape() {
        for (Preset p : Preset.values()) {
            for (ImageShape s : SHAPES) {
                ExperimentConfig c = p.config(s);
                assertEquals(s, c.imageShape(), p + " at " + s);
                assertEquals(s.height(), c.generator().outputSize(), p + " at " + s + ": G's output size");
                assertEquals(List.of(), c.validate(), p + " at " + s);
            }
        }
    }

    @Test
    void theReferenceNetworksAreTheOnesTheirDescriptionsName() {
        ImageShape s = new ImageShape(3, 32, 32);
        assertEquals(Presets.reference(s), Preset.TENSORFLOW.config(s), "the article's network is the reference");
        ExperimentConfig t = Preset.TENSORFLOW.config(s);
        assertTrue(t.discriminator().blocks().stream().allMatch(b -> b.kernel() == 5 && b.dropout() == 0.3));
        assertEquals(64, t.batchSize());
        ExperimentConfig p = Preset.PYTORCH.config(s);
        assertEquals(128, p.batchSize());
        assertTrue(p.discriminator().blocks().stream().allMatch(b -> b.kernel() == 4 && b.stride() == 2));
        assertEquals(2e-4, p.discriminatorOptimizer().learningRate(), 1e-12);
        assertEquals(0.5, p.discriminatorOptimizer().beta1(), 1e-12);
        assertEquals(Preset.FAST, Preset.DEFAULT, "the measured fast preset is the default");
        ExperimentConfig f = Preset.FAST.config(s);
        assertEquals(32, f.batchSize());
        assertTrue(f.generatorOptimizer().learningRate() > f.discriminatorOptimizer().learningRate(),
                "G learns faster than D");
        assertEquals(0.99, f.generatorOptimizer().beta2(), 1e-12);
        assertTrue(f.discriminator().blocks().stream().allMatch(b -> b.kernel() == 4 && b.dropout() == 0));
    }
}
