package org.ganstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.Presets;
import org.ganstudio.session.TrainingSession;
import org.junit.jupiter.api.Test;

/** The UI and the session must derive the grid's latent vectors the same way. */
class FixedNoiseTest {

    @Test
    void sameSaltAndLayoutAsTheSession() {
        assertEquals(TrainingSession.GRID_NOISE_SALT, FixedNoise.SEED_MIX);
        assertEquals(TrainingSession.GRID_SIZE, FixedNoise.CELLS);
        ExperimentConfig c = Presets.reference(new ImageShape(1, 28, 28)).withSeed(1234);
        float[] all = LatentNoise.gaussian(1234 ^ TrainingSession.GRID_NOISE_SALT, 64, c.latentSize());
        assertArrayEquals(Arrays.copyOfRange(all, 63 * 100, 64 * 100), FixedNoise.cell(c, 63));
    }
}
