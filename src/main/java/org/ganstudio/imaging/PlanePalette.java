package org.ganstudio.imaging;

/**
 * Colours of the 2-D lab, shared by the app's canvas and the CLI's PNGs: D's heatmap runs from purple ("fake") to
 * green ("real"), as in GAN Lab; real points are green, generated points purple.
 */
public final class PlanePalette {

    public static final int REAL_POINT = 0xFF1B7F3A;
    public static final int FAKE_POINT = 0xFF7B2FBF;
    public static final int ARROW = 0xFF404040;
    public static final int MESH = 0x997B2FBF;
    public static final int BACKGROUND = 0xFFFFFFFF;

    private PlanePalette() {
    }

    /** The heatmap colour for D's output: a probability, or a raw score read through a sigmoid. */
    public static int heat(double value, boolean probabilistic) {
        double p = probabilistic ? value : 1 / (1 + Math.exp(-value));
        if (!(p >= 0)) {
            p = 0.5;
        }
        p = Math.min(1, p);
        // purple (0.55, 0.35, 0.85) at 0, white at 0.5, green (0.35, 0.75, 0.45) at 1; pale so points stand out
        double r;
        double g;
        double b;
        if (p < 0.5) {
            double t = (0.5 - p) * 2;
            r = 1 - t * (1 - 0.75);
            g = 1 - t * (1 - 0.62);
            b = 1 - t * (1 - 0.92);
        } else {
            double t = (p - 0.5) * 2;
            r = 1 - t * (1 - 0.62);
            g = 1 - t * (1 - 0.88);
            b = 1 - t * (1 - 0.66);
        }
        return 0xFF000000 | (int) Math.round(r * 255) << 16 | (int) Math.round(g * 255) << 8 | (int) Math.round(b * 255);
    }
}
