package org.ganstudio.engine.quality;

import org.ganstudio.model.ImageShape;

/**
 * Brings any image to the feature network's input: RGB at {@value FeatureNetwork#INPUT_SIDE}² pixels, values kept
 * in [-1, 1]. Gray images are repeated on three channels. Sizes change separably: area averaging when shrinking
 * (no aliasing from large images), linear interpolation between pixel centres when enlarging.
 */
final class FeatureInput {

    private final ImageShape shape;
    private final float[][] rows;     // [INPUT_SIDE][height]
    private final float[][] columns;  // [INPUT_SIDE][width]

    FeatureInput(ImageShape shape) {
        this.shape = shape;
        this.rows = weights(shape.height(), FeatureNetwork.INPUT_SIDE);
        this.columns = weights(shape.width(), FeatureNetwork.INPUT_SIDE);
    }

    /** Writes images {@code first .. first+count-1} of {@code pixels} (CHW each) into {@code out} (3×S×S each). */
    void prepare(float[] pixels, int first, int count, float[] out) {
        int s = FeatureNetwork.INPUT_SIDE;
        int h = shape.height();
        int w = shape.width();
        int c = shape.channels();
        float[] tmp = new float[s * w];
        for (int n = 0; n < count; n++) {
            int src = (first + n) * shape.size();
            for (int ch = 0; ch < 3; ch++) {
                int plane = src + Math.min(ch, c - 1) * h * w;
                // rows: tmp[o][x] = Σ_y rows[o][y] · img[y][x]
                java.util.Arrays.fill(tmp, 0f);
                for (int o = 0; o < s; o++) {
                    float[] wr = rows[o];
                    for (int y = 0; y < h; y++) {
                        float wy = wr[y];
                        if (wy == 0f) {
                            continue;
                        }
                        int base = plane + y * w;
                        int t = o * w;
                        for (int x = 0; x < w; x++) {
                            tmp[t + x] += wy * pixels[base + x];
                        }
                    }
                }
                int dst = (n * 3 + ch) * s * s;
                for (int o = 0; o < s; o++) {
                    for (int p = 0; p < s; p++) {
                        float[] wc = columns[p];
                        float sum = 0;
                        int t = o * w;
                        for (int x = 0; x < w; x++) {
                            sum += wc[x] * tmp[t + x];
                        }
                        out[dst + o * s + p] = sum;
                    }
                }
            }
        }
    }

    /** Resampling weights from {@code in} samples to {@code out}, each output's weights summing to one. */
    static float[][] weights(int in, int out) {
        float[][] w = new float[out][in];
        if (in >= out) {
            double step = (double) in / out;
            for (int o = 0; o < out; o++) {
                double lo = o * step;
                double hi = lo + step;
                for (int i = (int) Math.floor(lo); i < Math.min(in, (int) Math.ceil(hi)); i++) {
                    double overlap = Math.min(hi, i + 1) - Math.max(lo, i);
                    if (overlap > 0) {
                        w[o][i] = (float) (overlap / step);
                    }
                }
            }
        } else {
            for (int o = 0; o < out; o++) {
                double src = (o + 0.5) * in / out - 0.5;
                src = Math.max(0, Math.min(in - 1, src));
                int i0 = (int) Math.floor(src);
                int i1 = Math.min(in - 1, i0 + 1);
                float f = (float) (src - i0);
                w[o][i0] += 1 - f;
                w[o][i1] += f;
            }
        }
        return w;
    }
}
