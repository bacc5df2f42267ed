package org.ganstudio.model;

import java.util.SplittableRandom;

/** Standard-normal latent vectors drawn in Java, reproducible from a seed on any backend. */
public final class LatentNoise {

    private LatentNoise() {
    }

    /** {@code count x size} values, row-major. */
    public static float[] gaussian(long seed, int count, int size) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] z = new float[count * size];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) r.nextGaussian();
        }
        return z;
    }

    /** Linear interpolation a + t (b - a). */
    public static float[] lerp(float[] a, float[] b, double t) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (a[i] + t * (b[i] - a[i]));
        }
        return out;
    }

    /** Spherical interpolation, which keeps intermediate vectors at a typical Gaussian norm. */
    public static float[] slerp(float[] a, float[] b, double t) {
        double na = 0;
        double nb = 0;
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            na += a[i] * a[i];
            nb += b[i] * b[i];
            dot += a[i] * b[i];
        }
        double cos = dot / Math.sqrt(na * nb);
        if (!(Math.abs(cos) < 0.9995)) {
            return lerp(a, b, t);
        }
        double omega = Math.acos(cos);
        double s = Math.sin(omega);
        double wa = Math.sin((1 - t) * omega) / s;
        double wb = Math.sin(t * omega) / s;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }
}
