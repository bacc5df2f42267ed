package org.ganstudio.ui.common;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GridNoise;

/**
 * The latent vectors behind the sample grid ({@link GridNoise}): the session draws the grid from exactly these, so
 * a grid cell can become a latent endpoint and render the same image.
 */
public final class FixedNoise {

    /** Cells in the sample grid. */
    public static final int CELLS = GridNoise.CELLS;

    private FixedNoise() {
    }

    /** Latent vector of grid cell {@code cell} (0..63) for {@code config}. */
    public static float[] cell(ExperimentConfig config, int cell) {
        return GridNoise.cell(config, cell);
    }
}
