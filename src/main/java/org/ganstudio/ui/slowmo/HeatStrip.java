package org.ganstudio.ui.slowmo;

import org.ganstudio.imaging.ArgbRaster;

/**
 * Latent vectors as a heat strip: one row per vector, one cell per number, blue for negative, white for 0, red
 * for positive (saturated at ±2.5, about the largest a standard normal draw usually gets).
 */
final class HeatStrip {

    static final double SATURATION = 2.5;

    private HeatStrip() {
    }

    /** {@code rows x columns} values, row-major, as cells of {@code cell x cell} pixels with a 1-pixel gap. */
    static ArgbRaster of(float[] values, int rows, int columns, int cell) {
        if (rows < 1 || columns < 1 || values.length != rows * columns) {
            throw new IllegalArgumentException(values.length + " values for " + rows + " x " + columns);
        }
        int w = columns * (cell + 1) - 1;
        int h = rows * (cell + 1) - 1;
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, 0xFFFFFFFF);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int argb = colour(values[r * columns + c]);
                for (int y = 0; y < cell; y++) {
                    int row = (r * (cell + 1) + y) * w + c * (cell + 1);
                    java.util.Arrays.fill(px, row, row + cell, argb);
                }
            }
        }
        return new ArgbRaster(w, h, px);
    }

    /** Blue through white to red. */
    static int colour(double v) {
        double t = Math.max(-1, Math.min(1, (Double.isFinite(v) ? v : 0) / SATURATION));
        int fade = (int) Math.round(255 * (1 - Math.abs(t)));
        return t >= 0 ? 0xFF000000 | fadeTo(fade, 0xD0) << 16 | fadeTo(fade, 0x30) << 8 | fadeTo(fade, 0x30)
                : 0xFF000000 | fadeTo(fade, 0x30) << 16 | fadeTo(fade, 0x60) << 8 | fadeTo(fade, 0xD0);
    }

    private static int fadeTo(int fade, int full) {
        return full + (255 - full) * fade / 255;
    }
}
