package org.ganstudio.dataset;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes images square and scales them to the target size. Downscaling averages exactly the source area under each
 * output pixel (box filter with fractional edges), which avoids the aliasing of nearest-neighbour and of plain
 * bilinear; upscaling (e.g. 28 → 32) interpolates bilinearly. Works on float planes so gray and RGB share the code.
 */
final class ImageResampler {

    private ImageResampler() {
    }

    /**
     * Fits one plane of {@code srcW × srcH} values into a {@code target × target} square.
     *
     * @param fill value for the padding when {@code fit} is {@link FitMode#PAD}
     */
    static float[] fitPlane(float[] src, int srcW, int srcH, int target, FitMode fit, float fill) {
        Geometry g = Geometry.of(srcW, srcH, target, fit);
        return fitPlane(src, srcW, srcH, target, g, fill);
    }

    static float[] fitPlane(float[] src, int srcW, int srcH, int target, Geometry g, float fill) {
        if (srcW == target && srcH == target) {
            return src; // already square at the target size: both fit modes leave it unchanged
        }
        float[] scaled = resample(src, srcW, srcH, g.kx, g.ky);
        if (g.dstW == target && g.dstH == target) {
            return scaled;
        }
        float[] canvas = new float[target * target];
        Arrays.fill(canvas, fill);
        for (int y = 0; y < g.dstH; y++) {
            System.arraycopy(scaled, y * g.dstW, canvas, (y + g.offY) * target + g.offX, g.dstW);
        }
        return canvas;
    }

    /** Where the source region goes in the output square, with the kernels; immutable, shared between threads. */
    static final class Geometry {
        final int dstW;
        final int dstH;
        final int offX;
        final int offY;
        final Kernel kx;
        final Kernel ky;

        private Geometry(int dstW, int dstH, int offX, int offY, Kernel kx, Kernel ky) {
            this.dstW = dstW;
            this.dstH = dstH;
            this.offX = offX;
            this.offY = offY;
            this.kx = kx;
            this.ky = ky;
        }

        /**
         * The geometry for a source size, shared between images of the same size (all images of an IDX file, most
         * of a typical folder). The cache stops growing at {@value #CACHE_LIMIT} sizes; photos of every size just
         * compute their own.
         */
        static Geometry of(int srcW, int srcH, int target, FitMode fit) {
            Key key = new Key(srcW, srcH, target, fit);
            Geometry g = CACHE.get(key);
            if (g == null) {
                g = compute(srcW, srcH, target, fit);
                if (CACHE.size() < CACHE_LIMIT) {
                    CACHE.putIfAbsent(key, g);
                }
            }
            return g;
        }

        private static final int CACHE_LIMIT = 256;
        private static final Map<Key, Geometry> CACHE = new ConcurrentHashMap<>();

        private record Key(int srcW, int srcH, int target, FitMode fit) {
        }

        private static Geometry compute(int srcW, int srcH, int target, FitMode fit) {
            if (fit == FitMode.CENTER_CROP) {
                int side = Math.min(srcW, srcH);
                double x0 = (srcW - side) / 2.0;
                double y0 = (srcH - side) / 2.0;
                return new Geometry(target, target, 0, 0,
                        Kernel.of(srcW, x0, side, target), Kernel.of(srcH, y0, side, target));
            }
            int longSide = Math.max(srcW, srcH);
            int dw = Math.max(1, (int) Math.round((double) srcW * target / longSide));
            int dh = Math.max(1, (int) Math.round((double) srcH * target / longSide));
            return new Geometry(dw, dh, (target - dw) / 2, (target - dh) / 2,
                    Kernel.of(srcW, 0, srcW, dw), Kernel.of(srcH, 0, srcH, dh));
        }
    }

    /** Separable pass: rows with {@code kx}, then columns with {@code ky}. */
    private static float[] resample(float[] src, int srcW, int srcH, Kernel kx, Kernel ky) {
        int dw = kx.size();
        int dh = ky.size();
        int rowLo = ky.minIndex();
        int rowHi = ky.maxIndex();
        // Horizontal pass only over the rows the vertical pass reads.
        float[] tmp = new float[(rowHi - rowLo + 1) * dw];
        for (int y = rowLo; y <= rowHi; y++) {
            int srcRow = y * srcW;
            int tmpRow = (y - rowLo) * dw;
            for (int x = 0; x < dw; x++) {
                int first = kx.first[x];
                float[] w = kx.weights[x];
                float acc = 0;
                for (int k = 0; k < w.length; k++) {
                    acc += w[k] * src[srcRow + first + k];
                }
                tmp[tmpRow + x] = acc;
            }
        }
        // Vertical pass a whole row at a time: the inner loops run over contiguous memory and vectorise.
        float[] out = new float[dw * dh];
        for (int y = 0; y < dh; y++) {
            int outRow = y * dw;
            int first = ky.first[y] - rowLo;
            float[] w = ky.weights[y];
            float w0 = w[0];
            int src0 = first * dw;
            for (int x = 0; x < dw; x++) {
                out[outRow + x] = w0 * tmp[src0 + x];
            }
            for (int k = 1; k < w.length; k++) {
                float wk = w[k];
                int srcK = (first + k) * dw;
                for (int x = 0; x < dw; x++) {
                    out[outRow + x] += wk * tmp[srcK + x];
                }
            }
        }
        return out;
    }

    /** For each output index along one axis: the first source index and the weights of consecutive sources. */
    static final class Kernel {
        final int[] first;
        final float[][] weights;

        private Kernel(int[] first, float[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        int size() {
            return first.length;
        }

        int minIndex() {
            int m = Integer.MAX_VALUE;
            for (int f : first) {
                m = Math.min(m, f);
            }
            return m;
        }

        int maxIndex() {
            int m = Integer.MIN_VALUE;
            for (int i = 0; i < first.length; i++) {
                m = Math.max(m, first[i] + weights[i].length - 1);
            }
            return m;
        }

        /** Maps the source interval [start, start + length) of an axis of {@code srcLen} pixels onto {@code dstLen}. */
        static Kernel of(int srcLen, double start, double length, int dstLen) {
            int lo = Math.max(0, (int) Math.floor(start));
            int hi = Math.min(srcLen - 1, (int) Math.ceil(start + length) - 1);
            double scale = length / dstLen;
            int[] first = new int[dstLen];
            float[][] weights = new float[dstLen][];
            for (int i = 0; i < dstLen; i++) {
                if (scale > 1.0) {
                    double a = start + i * scale;
                    double b = a + scale;
                    int k0 = clamp((int) Math.floor(a), lo, hi);
                    int k1 = clamp((int) Math.ceil(b) - 1, lo, hi);
                    float[] w = new float[k1 - k0 + 1];
                    double sum = 0;
                    for (int k = k0; k <= k1; k++) {
                        double overlap = Math.min(b, k + 1) - Math.max(a, k);
                        if (overlap > 0) {
                            w[k - k0] = (float) overlap;
                            sum += overlap;
                        }
                    }
                    normalise(w, sum);
                    first[i] = k0;
                    weights[i] = w;
                } else {
                    double c = start + (i + 0.5) * scale - 0.5;
                    int k0 = (int) Math.floor(c);
                    double t = c - k0;
                    int a = clamp(k0, lo, hi);
                    int b = clamp(k0 + 1, lo, hi);
                    if (a == b || t == 0) {
                        first[i] = a;
                        weights[i] = new float[] {1f};
                    } else {
                        first[i] = a;
                        weights[i] = new float[] {(float) (1 - t), (float) t};
                    }
                }
            }
            return new Kernel(first, weights);
        }

        private static void normalise(float[] w, double sum) {
            if (sum <= 0) {
                Arrays.fill(w, 1f / w.length);
                return;
            }
            for (int k = 0; k < w.length; k++) {
                w[k] = (float) (w[k] / sum);
            }
        }

        private static int clamp(int v, int lo, int hi) {
            return Math.max(lo, Math.min(hi, v));
        }
    }
}
