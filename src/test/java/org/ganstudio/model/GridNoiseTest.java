package org.ganstudio.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridNoiseTest {

    private final ExperimentConfig config = Presets.reference(new ImageShape(1, 28, 28)).withSeed(1234);

    @Test
    void aCellIsItsRowOfTheWholeGrid() {
        int n = config.latentSize();
        float[] all = GridNoise.all(config);
        assertEquals(GridNoise.CELLS * n, all.length);
        assertArrayEquals(Arrays.copyOfRange(all, 63 * n, 64 * n), GridNoise.cell(config, 63));
        assertArrayEquals(Arrays.copyOfRange(all, 0, n), GridNoise.cell(config, 0));
    }

    @Test
    void reproducibleForASeedAndSalted() {
        assertArrayEquals(GridNoise.all(config), GridNoise.all(config.withSeed(1234)));
        assertFalse(Arrays.equals(GridNoise.all(config), GridNoise.all(config.withSeed(1235))));
        // salted: not the plain noise of the run's seed
        assertFalse(Arrays.equals(LatentNoise.gaussian(config.seed(), GridNoise.CELLS, config.latentSize()),
                GridNoise.all(config)));
    }

    @Test
    void refusesCellsOutsideTheGrid() {
        assertThrows(IndexOutOfBoundsException.class, () -> GridNoise.cell(config, 64));
        assertThrows(IndexOutOfBoundsException.class, () -> GridNoise.cell(config, -1));
    }
}
