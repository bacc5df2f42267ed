package org.ganstudio.ui.samples;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.LossKind;

/**
 * D's score of each sample as a coloured frame around its tile: green where D takes the fake for real, red where it
 * sees through it, in between for the undecided. Pure pixels, no JavaFX.
 */
final class ScoreFrames {

    /** Frame width in raster pixels (the tiles are at least 56 px). */
    static final int WIDTH = 3;
    static final int FOOLS = 0xFF2ECC71;
    static final int CAUGHT = 0xFFE74C3C;

    private ScoreFrames() {
    }

    /**
     * D's score as "how real D thinks it is", 0 to 1: the probability for the sigmoid losses, the output clamped
     * for least squares (targets 0 and 1), a sigmoid of the output for hinge (margin at 0).
     */
    static double realness(float score, LossKind loss) {
        if (!Float.isFinite(score)) {
            return Double.NaN;
        }
        return switch (loss) {
            case MINIMAX, NON_SATURATING, LEAST_SQUARES -> Math.max(0, Math.min(1, score));
            case HINGE -> 1 / (1 + Math.exp(-score));
        };
    }

    /** A copy of {@code grid} (tiles of {@code tile} px, {@code gap} px apart, {@code columns} wide) with frames. */
    static ArgbRaster paint(ArgbRaster grid, float[] scores, LossKind loss, int columns, int tile, int gap) {
        int[] px = grid.pixels().clone();
        for (int k = 0; k < scores.length; k++) {
            double r = realness(scores[k], loss);
            if (Double.isNaN(r)) {
                continue;
            }
            int colour = blend(CAUGHT, FOOLS, r);
            int ox = (k % columns) * (tile + gap);
            int oy = (k / columns) * (tile + gap);
            if (ox + tile > grid.width() || oy + tile > grid.height()) {
                break;
            }
            for (int y = oy; y < oy + tile; y++) {
                for (int x = ox; x < ox + tile; x++) {
                    boolean edge = x < ox + WIDTH || x >= ox + tile - WIDTH || y < oy + WIDTH || y >= oy + tile - WIDTH;
                    if (edge) {
                        px[y * grid.width() + x] = colour;
                    }
                }
            }
        }
        return new ArgbRaster(grid.width(), grid.height(), px);
    }

    static int blend(int from, int to, double t) {
        int r = mix((from >> 16) & 0xFF, (to >> 16) & 0xFF, t);
        int g = mix((from >> 8) & 0xFF, (to >> 8) & 0xFF, t);
        int b = mix(from & 0xFF, to & 0xFF, t);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
