package org.ganstudio.ui.latent;

import java.util.Arrays;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;

/**
 * The latent vectors being explored: endpoints A and B, a point between them, and edits of single dimensions on
 * top of that point. Plain arrays; empty until an experiment gives the latent size.
 */
final class LatentWalk {

    private float[] a;
    private float[] b;
    private float[] delta;

    boolean ready() {
        return a != null;
    }

    /** A new experiment: A and B become the first two sample-grid cells, edits are dropped. */
    void reset(ExperimentConfig config) {
        a = FixedNoise.cell(config, 0);
        b = FixedNoise.cell(config, 1);
        delta = new float[config.latentSize()];
    }

    float[] endpoint(Endpoint e) {
        float[] v = e == Endpoint.A ? a : b;
        return v == null ? new float[0] : v.clone();
    }

    void setEndpoint(Endpoint e, float[] z) {
        if (e == Endpoint.A) {
            a = z.clone();
        } else {
            b = z.clone();
        }
    }

    /** The point at {@code t} (0 = A, 1 = B) plus the edits. A new array. */
    float[] current(Interpolation interpolation, double t) {
        if (a == null) {
            return new float[0];
        }
        float[] z = interpolation.apply(a, b, t);
        for (int i = 0; i < z.length; i++) {
            z[i] += delta[i];
        }
        return z;
    }

    /** Makes dimension {@code d} of the current vector {@code value}; false when there is no such dimension. */
    boolean edit(int d, double value, Interpolation interpolation, double t) {
        if (a == null || d >= delta.length) {
            return false;
        }
        float base = interpolation.apply(a, b, t)[d];
        delta[d] = (float) (value - base);
        return true;
    }

    /** Drops the edits; false when there were none to drop. */
    boolean clearEdits() {
        if (delta == null) {
            return false;
        }
        Arrays.fill(delta, 0);
        return true;
    }

    /** One render request: the current vector, then {@code strip} points from A to B, row after row. */
    float[] request(Interpolation interpolation, double t, int strip) {
        int n = a.length;
        float[] z = new float[(1 + strip) * n];
        System.arraycopy(current(interpolation, t), 0, z, 0, n);
        for (int j = 0; j < strip; j++) {
            float[] row = interpolation.apply(a, b, j / (double) (strip - 1));
            System.arraycopy(row, 0, z, (1 + j) * n, n);
        }
        return z;
    }
}
