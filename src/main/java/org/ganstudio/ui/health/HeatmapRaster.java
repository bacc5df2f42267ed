package org.ganstudio.ui.health;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.PixelGradients;

/**
 * Draws "where D wants G to change": the fake, the fake under its gradient heatmap, the real image, the real image
 * under its heatmap, side by side. Both heatmaps share one scale (the largest gradient of the two), so their
 * strengths compare: dark image, red where the gradient is strong.
 */
final class HeatmapRaster {

    static final int GAP = 4;

    private HeatmapRaster() {
    }

    static ArgbRaster of(PixelGradients g, int scale) {
        int w = g.fake().shape().width();
        int h = g.fake().shape().height();
        float max = 1e-12f;
        for (float[] a : new float[][]{g.fakeGradient(), g.realGradient()}) {
            for (float v : a) {
                max = Math.max(max, v);
            }
        }
        int cell = w * scale;
        int width = 4 * cell + 3 * GAP;
        int height = h * scale;
        int[] px = new int[width * height];
        java.util.Arrays.fill(px, ArgbRaster.GAP_COLOUR);
        draw(px, width, 0, g.fake(), null, max, scale);
        draw(px, width, cell + GAP, g.fake(), g.fakeGradient(), max, scale);
        draw(px, width, 2 * (cell + GAP), g.real(), null, max, scale);
        draw(px, width, 3 * (cell + GAP), g.real(), g.realGradient(), max, scale);
        return new ArgbRaster(width, height, px);
    }

    private static void draw(int[] px, int width, int left, ImageBatch image, float[] grad, float max, int scale) {
        int w = image.shape().width();
        int h = image.shape().height();
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                int argb = image.argb(0, x / scale, y / scale);
                if (grad != null) {
                    // sqrt spreads the small values: gradients are peaked
                    double t = Math.sqrt(grad[(y / scale) * w + x / scale] / max);
                    int gray = ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
                    int base = gray / 3;
                    int r = (int) Math.min(255, base + t * 255);
                    int gg = (int) (base + t * t * 120);
                    argb = 0xff000000 | r << 16 | Math.min(255, gg) << 8 | base;
                }
                px[y * width + left + x] = argb;
            }
        }
    }
}
