package org.ganstudio.engine.quality;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors:
 * |μ₁ − μ₂|² + tr(Σ₁) + tr(Σ₂) − 2·tr(√(Σ₁Σ₂)). The trace of the square root is computed without an
 * unsymmetric matrix: with R = √Σ₁ (symmetric), Σ₁Σ₂ is similar to RΣ₂R, which is symmetric and positive
 * semi-definite, so tr √(Σ₁Σ₂) is the sum of the square roots of RΣ₂R's eigenvalues.
 */
final class FrechetDistance {

    private FrechetDistance() {
    }

    /** Mean and sample covariance (divided by n − 1) of the rows of {@code x}. */
    record Gaussian(double[] mean, double[][] covariance) {

        static Gaussian of(double[][] x) {
            int n = x.length;
            if (n < 2) {
                throw new IllegalArgumentException("a covariance needs at least 2 rows, got " + n);
            }
            int d = x[0].length;
            double[] mean = new double[d];
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j];
                }
            }
            for (int j = 0; j < d; j++) {
                mean[j] /= n;
            }
            double[][] cov = new double[d][d];
            double[] c = new double[d];
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    c[j] = row[j] - mean[j];
                }
                for (int i = 0; i < d; i++) {
                    double ci = c[i];
                    double[] out = cov[i];
                    for (int j = i; j < d; j++) {
                        out[j] += ci * c[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    cov[i][j] /= n - 1;
                    cov[j][i] = cov[i][j];
                }
            }
            return new Gaussian(mean, cov);
        }

        double trace() {
            double t = 0;
            for (int i = 0; i < covariance.length; i++) {
                t += covariance[i][i];
            }
            return t;
        }
    }

    static double between(Gaussian a, Gaussian b) {
        return between(a, SymmetricEigen.sqrtPsd(a.covariance()), b);
    }

    /** As {@link #between(Gaussian, Gaussian)}, with √Σₐ given (a fixed reference computes it once). */
    static double between(Gaussian a, double[][] sqrtCovA, Gaussian b) {
        int d = a.mean().length;
        if (b.mean().length != d) {
            throw new IllegalArgumentException("dimensions differ: " + d + " and " + b.mean().length);
        }
        double meanTerm = 0;
        for (int i = 0; i < d; i++) {
            double diff = a.mean()[i] - b.mean()[i];
            meanTerm += diff * diff;
        }
        double[][] m = multiply(multiply(sqrtCovA, b.covariance()), sqrtCovA);
        // symmetrise away rounding so the eigen solver sees an exactly symmetric matrix
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double s = 0.5 * (m[i][j] + m[j][i]);
                m[i][j] = s;
                m[j][i] = s;
            }
        }
        double traceSqrt = 0;
        for (double l : SymmetricEigen.values(m)) {
            traceSqrt += Math.sqrt(Math.max(0, l));
        }
        return Math.max(0, meanTerm + a.trace() + b.trace() - 2 * traceSqrt);
    }

    static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        int k = y.length;
        int m = y[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] row = out[i];
            for (int p = 0; p < k; p++) {
                double xip = x[i][p];
                if (xip == 0) {
                    continue;
                }
                double[] yr = y[p];
                for (int j = 0; j < m; j++) {
                    row[j] += xip * yr[j];
                }
            }
        }
        return out;
    }
}
