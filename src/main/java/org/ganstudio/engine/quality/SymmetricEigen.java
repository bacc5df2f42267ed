package org.ganstudio.engine.quality;

/**
 * Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations, in double precision. Slow next to
 * LAPACK (O(n³) per sweep, a handful of sweeps) but exact to rounding, dependency-free and ample for the few
 * hundred feature dimensions of the quality metrics.
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 60;

    /** Eigenvalues (unsorted) and, when asked for, the eigenvectors as the columns of {@code vectors}. */
    record Result(double[] values, double[][] vectors) {
    }

    private SymmetricEigen() {
    }

    static double[] values(double[][] symmetric) {
        return decompose(symmetric, false).values();
    }

    static Result decompose(double[][] symmetric, boolean wantVectors) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (symmetric[i].length != n) {
                throw new IllegalArgumentException("matrix is not square");
            }
            a[i] = symmetric[i].clone();
        }
        double[][] v = wantVectors ? identity(n) : null;
        double total = 0;
        for (double[] row : a) {
            for (double x : row) {
                total += x * x;
            }
        }
        double tolerance = 1e-26 * total;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= tolerance || off == 0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (apq == 0 || Math.abs(apq) * 1e18 < Math.min(Math.abs(a[p][p]), Math.abs(a[q][q]))) {
                        continue;
                    }
                    rotate(a, v, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return new Result(values, v);
    }

    /** One rotation in the (p, q) plane that zeroes a[p][q]: A becomes JᵀAJ, V becomes VJ. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        int n = a.length;
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        double[] rp = a[p];
        double[] rq = a[q];
        for (int k = 0; k < n; k++) {
            double apk = rp[k];
            double aqk = rq[k];
            rp[k] = c * apk - s * aqk;
            rq[k] = s * apk + c * aqk;
        }
        a[p][q] = 0;
        a[q][p] = 0;
        if (v != null) {
            for (int k = 0; k < n; k++) {
                double vkp = v[k][p];
                double vkq = v[k][q];
                v[k][p] = c * vkp - s * vkq;
                v[k][q] = s * vkp + c * vkq;
            }
        }
    }

    /** The symmetric square root V·diag(√max(0, λ))·Vᵀ of a positive semi-definite matrix. */
    static double[][] sqrtPsd(double[][] symmetric) {
        Result r = decompose(symmetric, true);
        int n = symmetric.length;
        double[] root = new double[n];
        for (int i = 0; i < n; i++) {
            root[i] = Math.sqrt(Math.max(0, r.values()[i]));
        }
        double[][] v = r.vectors();
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += v[i][k] * root[k] * v[j][k];
                }
                out[i][j] = sum;
                out[j][i] = sum;
            }
        }
        return out;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
