package org.ganstudio.engine.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** KID's estimator and the k-NN manifold figures on synthetic Gaussian features. */
class KernelAndManifoldTest {

    private static double[][] gaussianRows(int n, int d, double shift, double spread, SplittableRandom rng) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = shift + spread * rng.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void kidIsUnbiasedOnTwoSamplesOfOneDistribution() {
        SplittableRandom rng = new SplittableRandom(7);
        int repeats = 40;
        double sum = 0;
        double sumSq = 0;
        double biasedSum = 0;
        for (int r = 0; r < repeats; r++) {
            double[][] a = gaussianRows(30, 8, 0, 1, rng);
            double[][] b = gaussianRows(30, 8, 0, 1, rng);
            double e = KernelDistance.unbiasedMmd2(a, b, 8);
            sum += e;
            sumSq += e * e;
            biasedSum += biasedMmd2(a, b, 8);
        }
        double mean = sum / repeats;
        double se = Math.sqrt((sumSq / repeats - mean * mean) / repeats);
        assertTrue(Math.abs(mean) < 3 * se, "mean " + mean + " within 3 standard errors (" + se + ") of zero");
        // the plug-in estimate, with the diagonal, is biased upwards at this sample size: the test can tell
        assertTrue(biasedSum / repeats > mean + 3 * se, "biased " + biasedSum / repeats + " vs unbiased " + mean);
    }

    @Test
    void kidGrowsWithTheDifference() {
        SplittableRandom rng = new SplittableRandom(9);
        double[][] real = gaussianRows(300, 16, 0, 1, rng);
        double near = KernelDistance.between(real, gaussianRows(300, 16, 0.1, 1, rng), 10, 100, 1).mean();
        double far = KernelDistance.between(real, gaussianRows(300, 16, 0.5, 1, rng), 10, 100, 1).mean();
        assertTrue(near < far, near + " < " + far);
        assertTrue(far > 0.05, "a half-sigma shift in 16 dimensions is clearly apart: " + far);
    }

    private static double biasedMmd2(double[][] a, double[][] b, int d) {
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (double[] u : a) {
            for (double[] v : a) {
                xx += k(u, v, d);
            }
            for (double[] v : b) {
                xy += k(u, v, d);
            }
        }
        for (double[] u : b) {
            for (double[] v : b) {
                yy += k(u, v, d);
            }
        }
        double m = a.length;
        return xx / (m * m) + yy / (m * m) - 2 * xy / (m * m);
    }

    private static double k(double[] u, double[] v, int d) {
        double dot = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
        }
        return Math.pow(dot / d + 1, 3);
    }

    @Test
    void samplesFromTheDataArePreciseAndCoverIt() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] real = gaussianRows(200, 4, 0, 1, rng);
        double[][] same = gaussianRows(200, 4, 0, 1, rng);
        double[] radii = FeatureDistances.kthNeighbourSquared(real, 5);
        FeatureDistances.Manifold m = FeatureDistances.manifold(real, radii, same, 5);
        assertTrue(m.precision() > 0.8 && m.recall() > 0.8 && m.coverage() > 0.8, m.toString());
        assertTrue(m.density() > 0.6 && m.density() < 1.5, m.toString());
    }

    @Test
    void collapsedSamplesArePreciseButMissTheData() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] real = gaussianRows(200, 4, 0, 1, rng);
        double[][] collapsed = gaussianRows(200, 4, 0, 0.05, rng);   // all near the mode
        FeatureDistances.Manifold m = FeatureDistances.manifold(real, FeatureDistances.kthNeighbourSquared(real, 5),
                collapsed, 5);
        assertTrue(m.precision() > 0.9, "near the mode is realistic: " + m);
        assertTrue(m.recall() < 0.2 && m.coverage() < 0.2, "but most of the data is missed: " + m);
    }

    @Test
    void farSamplesAreNeitherPreciseNorCovering() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] real = gaussianRows(100, 4, 0, 1, rng);
        double[][] far = gaussianRows(100, 4, 20, 1, rng);
        FeatureDistances.Manifold m = FeatureDistances.manifold(real, FeatureDistances.kthNeighbourSquared(real, 5),
                far, 5);
        assertEquals(0, m.precision());
        assertEquals(0, m.recall());
        assertEquals(0, m.coverage());
    }

    @Test
    void nearestNeighboursAreSortedAndExact() {
        float[][] index = {{0, 0}, {3, 4}, {1, 0}, {0, 2}};
        double[] d = new double[3];
        int[] nn = FeatureDistances.nearest(new double[]{0, 0}, index, 3, d);
        assertArrayEquals(new int[]{0, 2, 3}, nn);
        assertArrayEquals(new double[]{0, 1, 2}, d, 1e-12);
    }

    @Test
    void meanPairwiseOfAnEquilateralTriangle() {
        double h = Math.sqrt(3) / 2;
        assertEquals(1, FeatureDistances.meanPairwise(new double[][]{{0, 0}, {1, 0}, {0.5, h}}), 1e-12);
    }
}
