package org.ganstudio.ui.charts;

import java.util.Arrays;

/**
 * Keeps a long series drawable: consecutive samples are grouped into at most {@code maxBuckets} buckets of equal
 * sample count, and each bucket is drawn as its minimum and maximum (in step order), so spikes survive while the
 * chart gets at most {@code 2 * maxBuckets} points. Appending is incremental: only the last bucket changes, and
 * when the buckets run out, neighbours merge pairwise and the bucket width doubles (rare: log2(n) times).
 */
final class SeriesDecimator {

    private final int maxBuckets;
    private int width = 1;
    private int buckets;
    private int fillOfLast;
    private long[] minStep;
    private double[] minValue;
    private long[] maxStep;
    private double[] maxValue;
    /** Index of the first bucket changed since {@link #points(Points)} last ran. */
    private int dirtyFrom;

    SeriesDecimator(int maxBuckets) {
        if (maxBuckets < 2 || maxBuckets % 2 != 0) {
            throw new IllegalArgumentException("maxBuckets must be even and at least 2");
        }
        this.maxBuckets = maxBuckets;
        minStep = new long[maxBuckets];
        minValue = new double[maxBuckets];
        maxStep = new long[maxBuckets];
        maxValue = new double[maxBuckets];
    }

    void clear() {
        width = 1;
        buckets = 0;
        fillOfLast = 0;
        dirtyFrom = 0;
    }

    /** Samples per bucket. */
    int width() {
        return width;
    }

    void add(long step, double value) {
        if (buckets == 0 || fillOfLast == width) {
            if (buckets == maxBuckets) {
                mergePairs();
            }
            if (buckets == 0 || fillOfLast == width) {
                int b = buckets++;
                minStep[b] = maxStep[b] = step;
                minValue[b] = maxValue[b] = value;
                fillOfLast = 1;
                dirtyFrom = Math.min(dirtyFrom, b);
                return;
            }
        }
        int b = buckets - 1;
        if (value < minValue[b]) {
            minValue[b] = value;
            minStep[b] = step;
        }
        if (value > maxValue[b]) {
            maxValue[b] = value;
            maxStep[b] = step;
        }
        fillOfLast++;
        dirtyFrom = Math.min(dirtyFrom, b);
    }

    private void mergePairs() {
        int n = buckets / 2;
        for (int i = 0; i < n; i++) {
            int a = 2 * i;
            int b = a + 1;
            boolean minFromB = minValue[b] < minValue[a];
            boolean maxFromB = maxValue[b] > maxValue[a];
            minStep[i] = minFromB ? minStep[b] : minStep[a];
            minValue[i] = minFromB ? minValue[b] : minValue[a];
            maxStep[i] = maxFromB ? maxStep[b] : maxStep[a];
            maxValue[i] = maxFromB ? maxValue[b] : maxValue[a];
        }
        buckets = n;
        width *= 2;
        fillOfLast = width; // the buckets were full, so the merged ones are too
        dirtyFrom = 0;
    }

    /** Drawable points, reusing {@code into}'s arrays when they are big enough. */
    Points points(Points into) {
        Points p = into != null && into.x.length >= 2 * maxBuckets ? into
                : new Points(new double[2 * maxBuckets], new double[2 * maxBuckets]);
        int n = 0;
        int unchanged = 0;
        for (int b = 0; b < buckets; b++) {
            if (b == dirtyFrom) {
                unchanged = n;
            }
            boolean single = minStep[b] == maxStep[b];
            boolean minFirst = minStep[b] <= maxStep[b];
            if (single) {
                p.x[n] = minStep[b];
                p.y[n++] = minValue[b];
            } else {
                p.x[n] = minFirst ? minStep[b] : maxStep[b];
                p.y[n++] = minFirst ? minValue[b] : maxValue[b];
                p.x[n] = minFirst ? maxStep[b] : minStep[b];
                p.y[n++] = minFirst ? maxValue[b] : minValue[b];
            }
        }
        if (dirtyFrom >= buckets) {
            unchanged = n;
        }
        p.size = n;
        p.unchanged = Math.min(unchanged, n);
        dirtyFrom = buckets;
        return p;
    }

    /**
     * Points of one series: {@code x[0..size)}, {@code y[0..size)}; the first {@code unchanged} equal those of the
     * previous call, so a chart only needs to replace the rest.
     */
    static final class Points {
        final double[] x;
        final double[] y;
        int size;
        int unchanged;

        Points(double[] x, double[] y) {
            this.x = x;
            this.y = y;
        }

        double[] xs() {
            return Arrays.copyOf(x, size);
        }

        double[] ys() {
            return Arrays.copyOf(y, size);
        }
    }
}
