package org.ganstudio.session.health;

import org.ganstudio.model.MetricsView;

import java.util.Arrays;

/** Figures over the newest entries of a metric column, skipping NaN (steps where a figure was not measured). */
final class Window {

    private Window() {
    }

    /** Finite values of {@code column} among the {@code n} newest entries ending at entry {@code end} (exclusive). */
    static double[] values(MetricsView m, int column, int end, int n) {
        int from = Math.max(0, end - n);
        double[] v = new double[end - from];
        int k = 0;
        for (int i = from; i < end; i++) {
            double x = m.value(column, i);
            if (Double.isFinite(x)) {
                v[k++] = x;
            }
        }
        return Arrays.copyOf(v, k);
    }

    static double[] newest(MetricsView m, int column, int n) {
        return values(m, column, m.size(), n);
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /** Moving average over {@code width} values (shorter at the start). */
    static double[] smooth(double[] v, int width) {
        double[] out = new double[v.length];
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i];
            if (i >= width) {
                s -= v[i - width];
            }
            out[i] = s / Math.min(i + 1, width);
        }
        return out;
    }
}
