package org.ganstudio.ui.common;

import java.util.Arrays;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LatentNoise;

/**
 * The latent vectors behind the sample grid. The session draws the grid from exactly these, so a grid cell can
 * become a latent endpoint and render the same image.
 */
public final class FixedNoise {

    /** Cells in the sample grid. */
    public static final int CELLS = 64;
    /** Mixed into the config's seed so the grid noise differs from the training noise ("ZMLE"). */
    public static final long SEED_MIX = 0x5A4D4C45L;

    private FixedNoise() {
    }

    /** Latent vector of grid cell {@code cell} (0..63) for {@code config}. */
    public static float[] cell(ExperimentConfig config, int cell) {
        if (cell < 0 || cell >= CELLS) {
            throw new IndexOutOfBoundsException(cell);
        }
        int n = config.latentSize();
        float[] all = LatentNoise.gaussian(config.seed() ^ SEED_MIX, CELLS, n);
        return Arrays.copyOfRange(all, cell * n, (cell + 1) * n);
    }
}
