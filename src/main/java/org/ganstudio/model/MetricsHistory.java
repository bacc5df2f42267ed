package org.ganstudio.model;

import java.util.Arrays;

/**
 * Every step's metrics and health diagnostics in growable primitive columns (17 values a step: 100k steps take
 * 13.6 MB; the per-layer gradient norms are not kept, only the newest step's, in the snapshot).
 * Not thread-safe: the engine thread appends; others get {@link #copy()}s or snapshots.
 */
public final class MetricsHistory {

    public static final String CSV_HEADER = "step,d_loss,g_loss,d_real,d_fake,d_grad_norm,g_grad_norm,step_ms";

    private long[] steps = new long[256];
    private double[][] cols = new double[MetricsView.COLUMNS][256];
    private int size;

    public void add(StepMetrics m) {
        add(m, StepDiagnostics.NONE);
    }

    /** Appends a step with its diagnostics (columns {@link MetricsView#D_ACC_REAL} onwards). */
    public void add(StepMetrics m, StepDiagnostics d) {
        if (size == steps.length) {
            int n = size * 2;
            steps = Arrays.copyOf(steps, n);
            for (int c = 0; c < cols.length; c++) {
                cols[c] = Arrays.copyOf(cols[c], n);
            }
        }
        steps[size] = m.step();
        cols[0][size] = m.dLoss();
        cols[1][size] = m.gLoss();
        cols[2][size] = m.dReal();
        cols[3][size] = m.dFake();
        cols[4][size] = m.dGradNorm();
        cols[5][size] = m.gGradNorm();
        cols[6][size] = m.stepMillis();
        cols[MetricsView.D_ACC_REAL][size] = d.dAccuracyReal();
        cols[MetricsView.D_ACC_FAKE][size] = d.dAccuracyFake();
        cols[MetricsView.D_SATURATED][size] = d.dSaturated();
        cols[MetricsView.D_UPDATE_RATIO][size] = d.dUpdateRatio();
        cols[MetricsView.G_UPDATE_RATIO][size] = d.gUpdateRatio();
        cols[MetricsView.D_HELD_OUT][size] = d.dHeldOut();
        cols[MetricsView.D_TRAIN_SLICE][size] = d.dTrainSlice();
        cols[MetricsView.FAKE_DIVERSITY][size] = d.fakeDiversity();
        cols[MetricsView.DIAG_MS][size] = d.millis();
        size++;
    }

    public int size() {
        return size;
    }

    public StepMetrics get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new StepMetrics(steps[i], cols[0][i], cols[1][i], cols[2][i], cols[3][i], cols[4][i], cols[5][i],
                cols[6][i]);
    }

    /** Drops entries for steps at or after {@code step} (e.g. after reopening an older save). */
    public void truncateFrom(long step) {
        while (size > 0 && steps[size - 1] >= step) {
            size--;
        }
    }

    /**
     * A read-only view of the entries so far, sharing the arrays: the owner only ever appends (and
     * reallocates on growth), so the first {@code size} entries never change under the view. Publish
     * it through a volatile write and another thread may read it without copying.
     */
    public MetricsView view() {
        return new MetricsView(steps, cols, size);
    }

    public MetricsHistory copy() {
        MetricsHistory h = new MetricsHistory();
        h.steps = Arrays.copyOf(steps, Math.max(size, 1));
        h.cols = new double[cols.length][];
        for (int c = 0; c < cols.length; c++) {
            h.cols[c] = Arrays.copyOf(cols[c], Math.max(size, 1));
        }
        h.size = size;
        return h;
    }

    public static String csvLine(StepMetrics m) {
        return m.step() + "," + m.dLoss() + "," + m.gLoss() + "," + m.dReal() + "," + m.dFake() + ","
                + m.dGradNorm() + "," + m.gGradNorm() + "," + String.format(java.util.Locale.ROOT, "%.2f", m.stepMillis());
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < size; i++) {
            sb.append(csvLine(get(i))).append('\n');
        }
        return sb.toString();
    }

    /** Parses {@link #toCsv()} output; throws IllegalArgumentException naming the bad line. */
    public static MetricsHistory fromCsv(String csv) {
        MetricsHistory h = new MetricsHistory();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 8) {
                throw new IllegalArgumentException("metrics line " + (i + 1) + " has " + f.length + " fields, expected 8");
            }
            try {
                h.add(new StepMetrics(Long.parseLong(f[0]), d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]), d(f[7])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("metrics line " + (i + 1) + " has a bad number");
            }
        }
        return h;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }
}
