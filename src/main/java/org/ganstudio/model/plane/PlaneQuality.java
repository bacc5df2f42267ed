package org.ganstudio.model.plane;

import java.util.List;

/**
 * How close G's points are to the real ones at one step.
 *
 * <p>KL and JS divergence (natural log) between the two point histograms on a {@value #BINS} x {@value #BINS} grid
 * over {@link PlaneBounds}, each cell's count smoothed by {@value #SMOOTHING} so that empty cells stay finite (the
 * measure GAN Lab shows). KL is KL(real || generated): it grows when G misses real mass.
 *
 * <p>For Gaussian mixtures, a mode is <b>covered</b> when at least {@value #COVER_SHARE} of its fair share of the
 * generated points (count / modes) lie within {@value #SIGMAS} standard deviations of its centre.
 * {@code nearModes} is the fraction of generated points within that distance of some mode.
 *
 * @param modesCovered -1 when the real distribution is not a mixture
 */
public record PlaneQuality(long step, double kl, double js, int modesCovered, int modeCount, double nearModes) {

    public static final int BINS = 20;
    public static final double SMOOTHING = 0.5;
    public static final double SIGMAS = 3.0;
    public static final double COVER_SHARE = 0.2;

    /** Measures {@code generated} against {@code real} (x0, y0, x1, y1, ...) and the mixture's modes (may be empty). */
    public static PlaneQuality measure(long step, double[] real, double[] generated, List<Mode> modes) {
        double[] p = histogram(real);
        double[] q = histogram(generated);
        double kl = kl(p, q);
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = (p[i] + q[i]) / 2;
        }
        double js = 0.5 * kl(p, m) + 0.5 * kl(q, m);
        if (modes.isEmpty()) {
            return new PlaneQuality(step, kl, js, -1, 0, Double.NaN);
        }
        int n = generated.length / 2;
        int[] near = new int[modes.size()];
        int anyNear = 0;
        for (int i = 0; i < n; i++) {
            double x = generated[2 * i];
            double y = generated[2 * i + 1];
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int k = 0; k < modes.size(); k++) {
                Mode md = modes.get(k);
                double dx = x - md.x();
                double dy = y - md.y();
                double d = Math.sqrt(dx * dx + dy * dy) / md.sigma();
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
            if (bestD <= SIGMAS) {
                near[best]++;
                anyNear++;
            }
        }
        double needed = Math.max(1, COVER_SHARE * n / modes.size());
        int covered = 0;
        for (int c : near) {
            if (c >= needed) {
                covered++;
            }
        }
        return new PlaneQuality(step, kl, js, covered, modes.size(), n == 0 ? 0 : (double) anyNear / n);
    }

    static double[] histogram(double[] xy) {
        double[] h = new double[BINS * BINS];
        for (int i = 0; i + 1 < xy.length; i += 2) {
            int cx = PlaneBounds.cellOf(xy[i], BINS);
            int cy = PlaneBounds.cellOf(xy[i + 1], BINS);
            if (cx >= 0 && cy >= 0) {
                h[cy * BINS + cx]++;
            }
        }
        double total = 0;
        for (int i = 0; i < h.length; i++) {
            h[i] += SMOOTHING;
            total += h[i];
        }
        for (int i = 0; i < h.length; i++) {
            h[i] /= total;
        }
        return h;
    }

    private static double kl(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i] * Math.log(p[i] / q[i]);
        }
        return s;
    }
}
