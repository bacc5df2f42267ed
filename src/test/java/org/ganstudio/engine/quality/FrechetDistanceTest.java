package org.ganstudio.engine.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The Fréchet distance and its symmetric eigen solver against cases with answers known in closed form. */
class FrechetDistanceTest {

    @Test
    void jacobiReconstructsARandomSymmetricMatrix() {
        int n = 30;
        double[][] a = randomSymmetric(n, new SplittableRandom(3));
        SymmetricEigen.Result r = SymmetricEigen.decompose(a, true);
        double[][] v = r.vectors();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double back = 0;
                double gram = 0;
                for (int k = 0; k < n; k++) {
                    back += v[i][k] * r.values()[k] * v[j][k];
                    gram += v[k][i] * v[k][j];
                }
                assertEquals(a[i][j], back, 1e-9, "V·Λ·Vᵀ = A at " + i + "," + j);
                assertEquals(i == j ? 1 : 0, gram, 1e-9, "VᵀV = I at " + i + "," + j);
            }
        }
    }

    @Test
    void squareRootSquaresBack() {
        double[][] s = spd(12, new SplittableRandom(5));
        double[][] root = SymmetricEigen.sqrtPsd(s);
        double[][] back = FrechetDistance.multiply(root, root);
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                assertEquals(s[i][j], back[i][j], 1e-9);
            }
        }
    }

    @Test
    void diagonalCovariancesGiveTheSumOverDimensions() {
        double[] m1 = {0, 1, 2};
        double[] m2 = {1, 1, 0};
        double[] v1 = {1, 4, 9};
        double[] v2 = {4, 1, 1};
        double expected = 1 + 0 + 4;
        for (int i = 0; i < 3; i++) {
            expected += v1[i] + v2[i] - 2 * Math.sqrt(v1[i] * v2[i]);
        }
        double fid = FrechetDistance.between(gaussian(m1, diag(v1)), gaussian(m2, diag(v2)));
        assertEquals(expected, fid, 1e-10);
    }

    /**
     * For 2×2 positive definite matrices, tr √(Σ₁Σ₂) = √(tr(Σ₁Σ₂) + 2·√(det Σ₁ · det Σ₂)), since the two
     * eigenvalues of Σ₁Σ₂ are positive with that sum and product. The pairs are random, so they do not commute.
     */
    @Test
    void nonCommutingTwoByTwoMatchesTheClosedForm() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            double[][] a = spd(2, rng);
            double[][] b = spd(2, rng);
            double[][] ab = FrechetDistance.multiply(a, b);
            double det = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) * (b[0][0] * b[1][1] - b[0][1] * b[1][0]);
            double traceSqrt = Math.sqrt(ab[0][0] + ab[1][1] + 2 * Math.sqrt(det));
            double[] mean = {rng.nextDouble(), rng.nextDouble()};
            double[] zero = {0, 0};
            double expected = mean[0] * mean[0] + mean[1] * mean[1] + a[0][0] + a[1][1] + b[0][0] + b[1][1]
                    - 2 * traceSqrt;
            assertEquals(expected, FrechetDistance.between(gaussian(mean, a), gaussian(zero, b)), 1e-9);
        }
    }

    @Test
    void sameGaussianIsZeroAndDistanceIsSymmetric() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] a = spd(40, rng);
        double[][] b = spd(40, rng);
        double[] m = new double[40];
        FrechetDistance.Gaussian ga = gaussian(m, a);
        FrechetDistance.Gaussian gb = gaussian(m, b);
        assertEquals(0, FrechetDistance.between(ga, ga), 1e-7);
        double ab = FrechetDistance.between(ga, gb);
        assertTrue(ab > 1, "different covariances are apart: " + ab);
        assertEquals(ab, FrechetDistance.between(gb, ga), 1e-7 * ab);
    }

    @Test
    void sampleGaussianEstimatesMeanAndCovariance() {
        double[][] rows = {{1, 2}, {3, 2}, {2, 5}};
        FrechetDistance.Gaussian g = FrechetDistance.Gaussian.of(rows);
        assertEquals(2, g.mean()[0], 1e-12);
        assertEquals(3, g.mean()[1], 1e-12);
        assertEquals(1, g.covariance()[0][0], 1e-12);     // (1 + 1 + 0) / 2
        assertEquals(3, g.covariance()[1][1], 1e-12);     // (1 + 1 + 4) / 2
        assertEquals(0, g.covariance()[0][1], 1e-12);     // (-1·-1 + 1·-1 + 0) / 2
    }

    static double[][] randomSymmetric(int n, SplittableRandom rng) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = rng.nextDouble() * 2 - 1;
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /** A random symmetric positive definite matrix XᵀX/n + 0.1·I. */
    static double[][] spd(int n, SplittableRandom rng) {
        double[][] x = new double[n + 3][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (double[] row : x) {
                    s[i][j] += row[i] * row[j] / x.length;
                }
            }
            s[i][i] += 0.1;
        }
        return s;
    }

    private static double[][] diag(double[] v) {
        double[][] m = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) {
            m[i][i] = v[i];
        }
        return m;
    }

    private static FrechetDistance.Gaussian gaussian(double[] mean, double[][] cov) {
        return new FrechetDistance.Gaussian(mean, cov);
    }
}
