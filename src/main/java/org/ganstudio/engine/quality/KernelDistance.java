package org.ganstudio.engine.quality;

import java.util.SplittableRandom;

/**
 * The kernel inception distance's estimator, here over any feature space: the unbiased estimate of the squared
 * maximum mean discrepancy with the cubic polynomial kernel k(x, y) = (x·y / d + 1)³, averaged over random subsets
 * of equal size. Unbiased means its expectation is exactly zero when both samples come from one distribution,
 * whatever the sample size, which the Fréchet distance does not offer; single estimates can then be negative.
 */
final class KernelDistance {

    /** Mean over subsets, and the standard deviation of the subset estimates. */
    record Estimate(double mean, double std, int subsets, int subsetSize) {
    }

    private KernelDistance() {
    }

    static Estimate between(double[][] x, double[][] y, int subsets, int subsetSize, long seed) {
        int m = Math.min(subsetSize, Math.min(x.length, y.length));
        if (m < 2) {
            throw new IllegalArgumentException("the unbiased estimate needs at least 2 rows on each side");
        }
        int d = x[0].length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] estimates = new double[subsets];
        for (int s = 0; s < subsets; s++) {
            double[][] a = pick(x, m, rng);
            double[][] b = pick(y, m, rng);
            estimates[s] = unbiasedMmd2(a, b, d);
        }
        double mean = 0;
        for (double e : estimates) {
            mean += e;
        }
        mean /= subsets;
        double var = 0;
        for (double e : estimates) {
            var += (e - mean) * (e - mean);
        }
        double std = subsets > 1 ? Math.sqrt(var / (subsets - 1)) : 0;
        return new Estimate(mean, std, subsets, m);
    }

    /** Unbiased MMD²: within-sample kernel means leave out the diagonal. */
    static double unbiasedMmd2(double[][] a, double[][] b, int d) {
        int m = a.length;
        int n = b.length;
        double xx = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                xx += kernel(a[i], a[j], d);
            }
        }
        double yy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                yy += kernel(b[i], b[j], d);
            }
        }
        double xy = 0;
        for (double[] ai : a) {
            for (double[] bj : b) {
                xy += kernel(ai, bj, d);
            }
        }
        return 2 * xx / ((double) m * (m - 1)) + 2 * yy / ((double) n * (n - 1)) - 2 * xy / ((double) m * n);
    }

    private static double kernel(double[] u, double[] v, int d) {
        double dot = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
        }
        double base = dot / d + 1;
        return base * base * base;
    }

    /** {@code m} distinct rows, by a partial Fisher–Yates shuffle of the indices. */
    private static double[][] pick(double[][] rows, int m, SplittableRandom rng) {
        int[] idx = new int[rows.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            out[i] = rows[idx[i]];
        }
        return out;
    }
}
