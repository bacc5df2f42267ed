package org.ganstudio.engine.quality;

import java.util.Arrays;

/**
 * Euclidean geometry of feature vectors: k-nearest-neighbour radii, the precision/recall of Kynkäänniemi et al.
 * (2019) and density/coverage of Naeem et al. (2020) from those radii, mean pairwise distances and nearest
 * neighbours. Everything works on squared distances and takes square roots only for what is shown.
 */
final class FeatureDistances {

    /** The four manifold estimates, each in [0, 1] except density (≈ 1 when samples match the real density). */
    record Manifold(double precision, double recall, double density, double coverage) {
    }

    private FeatureDistances() {
    }

    static double squared(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    /** Squared distance from each row to its k-th nearest other row of the same set. */
    static double[] kthNeighbourSquared(double[][] x, int k) {
        int n = x.length;
        if (n <= k) {
            throw new IllegalArgumentException("k-nearest neighbours need more than " + k + " rows, got " + n);
        }
        double[] radii = new double[n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = i == j ? Double.POSITIVE_INFINITY : squared(x[i], x[j]);
            }
            radii[i] = kthSmallest(row, k);
        }
        return radii;
    }

    /** The k-th smallest (1-based) of {@code values}; reorders a copy. */
    private static double kthSmallest(double[] values, int k) {
        double[] best = new double[k];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (double v : values) {
            if (v < best[k - 1]) {
                int p = k - 1;
                while (p > 0 && best[p - 1] > v) {
                    best[p] = best[p - 1];
                    p--;
                }
                best[p] = v;
            }
        }
        return best[k - 1];
    }

    /**
     * @param real       real features, with {@code realRadii} their squared k-NN radii among themselves
     * @param fake       generated features
     * @param k          the k of the radii (density divides by it)
     */
    static Manifold manifold(double[][] real, double[] realRadii, double[][] fake, int k) {
        double[] fakeRadii = kthNeighbourSquared(fake, k);
        int nr = real.length;
        int nf = fake.length;
        boolean[] realCovered = new boolean[nr];   // recall: real inside some fake ball
        boolean[] realHit = new boolean[nr];       // coverage: some fake inside this real ball
        int precise = 0;
        long inside = 0;
        for (int j = 0; j < nf; j++) {
            boolean inAny = false;
            for (int i = 0; i < nr; i++) {
                double d = squared(real[i], fake[j]);
                if (d <= realRadii[i]) {
                    inAny = true;
                    inside++;
                    realHit[i] = true;
                }
                if (d <= fakeRadii[j]) {
                    realCovered[i] = true;
                }
            }
            if (inAny) {
                precise++;
            }
        }
        return new Manifold((double) precise / nf, fraction(realCovered), (double) inside / ((double) k * nf),
                fraction(realHit));
    }

    private static double fraction(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return (double) n / flags.length;
    }

    /** Mean Euclidean distance over all unordered pairs of rows. */
    static double meanPairwise(double[][] x) {
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("pairwise distances need at least 2 rows");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += Math.sqrt(squared(x[i], x[j]));
            }
        }
        return sum / ((double) n * (n - 1) / 2);
    }

    /** Indices of the {@code k} rows of {@code index} nearest to {@code query}, nearest first, and distances. */
    static int[] nearest(double[] query, float[][] index, int k, double[] distancesOut) {
        int n = index.length;
        k = Math.min(k, n);
        int[] best = new int[k];
        double[] bestD = new double[k];
        Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            float[] row = index[i];
            double s = 0;
            for (int j = 0; j < row.length; j++) {
                double d = query[j] - row[j];
                s += d * d;
            }
            if (s < bestD[k - 1]) {
                int p = k - 1;
                while (p > 0 && bestD[p - 1] > s) {
                    bestD[p] = bestD[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                bestD[p] = s;
                best[p] = i;
            }
        }
        for (int i = 0; i < k; i++) {
            distancesOut[i] = Math.sqrt(bestD[i]);
        }
        return best;
    }
}
