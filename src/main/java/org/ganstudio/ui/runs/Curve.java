package org.ganstudio.ui.runs;

import org.ganstudio.model.MetricsView;

import java.util.ArrayList;
import java.util.List;

/**
 * One run's curve of one figure, ready to draw: x by step or by training seconds, at most {@code 2 x buckets}
 * points (each bucket of consecutive steps drawn as its minimum and maximum, so spikes survive). Non-finite
 * values are left out. Plain data: tested without a toolkit.
 */
record Curve(String name, double[] x, double[] y) {

    static final int BUCKETS = 600;

    static Curve of(String name, MetricsView m, int column, double[] seconds, boolean byTime) {
        int n = m.size();
        int width = Math.max(1, (n + BUCKETS - 1) / BUCKETS);
        List<double[]> points = new ArrayList<>();
        for (int start = 0; start < n; start += width) {
            int lo = -1;
            int hi = -1;
            for (int i = start; i < Math.min(n, start + width); i++) {
                double v = m.value(column, i);
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (lo < 0 || v < m.value(column, lo)) {
                    lo = i;
                }
                if (hi < 0 || v > m.value(column, hi)) {
                    hi = i;
                }
            }
            if (lo < 0) {
                continue;
            }
            for (int i : lo == hi ? new int[]{lo} : new int[]{Math.min(lo, hi), Math.max(lo, hi)}) {
                points.add(new double[]{byTime ? seconds[i] : m.step(i), m.value(column, i)});
            }
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new Curve(name, x, y);
    }
}
