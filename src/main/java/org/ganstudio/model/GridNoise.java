package org.ganstudio.model;

import java.util.Arrays;

/**
 * The fixed latent vectors behind the sample grid: one function for the app's grid, the latent explorer and the
 * CLI's PNG grids, so a grid cell and the same latent vector always show the same image.
 */
public final class GridNoise {

    /** Cells in the sample grid. */
    public static final int CELLS = 64;
    /** Mixed into the config's seed so the grid's noise differs from the training noise ("ZMLE"). */
    static final long SEED_MIX = 0x5A4D4C45L;

    private GridNoise() {
    }

    /** All cells' latent vectors, {@code CELLS x latentSize}, row-major. */
    public static float[] all(ExperimentConfig config) {
        return LatentNoise.gaussian(config.seed() ^ SEED_MIX, CELLS, config.latentSize());
    }

    /** The latent vector of grid cell {@code cell} (0 to {@code CELLS - 1}). */
    public static float[] cell(ExperimentConfig config, int cell) {
        if (cell < 0 || cell >= CELLS) {
            throw new IndexOutOfBoundsException(cell);
        }
        int n = config.latentSize();
        return Arrays.copyOfRange(all(config), cell * n, (cell + 1) * n);
    }
}
