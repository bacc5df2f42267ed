package org.ganstudio.model;

/**
 * Read-only, thread-safe view of a {@link MetricsHistory} prefix (see {@link MetricsHistory#view()}).
 * Columns: 0 D loss, 1 G loss, 2 D(x), 3 D(G(z)), 4 D gradient norm, 5 G gradient norm, 6 step ms, then the
 * health diagnostics of {@link StepDiagnostics} (NaN for steps recorded without them, e.g. from an older file).
 */
public final class MetricsView {

    public static final int D_LOSS = 0;
    public static final int G_LOSS = 1;
    public static final int D_REAL = 2;
    public static final int D_FAKE = 3;
    public static final int D_GRAD_NORM = 4;
    public static final int G_GRAD_NORM = 5;
    public static final int STEP_MS = 6;
    public static final int D_ACC_REAL = 7;
    public static final int D_ACC_FAKE = 8;
    public static final int D_SATURATED = 9;
    public static final int D_UPDATE_RATIO = 10;
    public static final int G_UPDATE_RATIO = 11;
    public static final int D_HELD_OUT = 12;
    public static final int D_TRAIN_SLICE = 13;
    public static final int FAKE_DIVERSITY = 14;
    public static final int DIAG_MS = 15;
    public static final int COLUMNS = 16;

    public static final MetricsView EMPTY = new MetricsView(new long[0], new double[COLUMNS][0], 0);

    private final long[] steps;
    private final double[][] cols;
    private final int size;

    MetricsView(long[] steps, double[][] cols, int size) {
        this.steps = steps;
        this.cols = cols.clone();
        this.size = size;
    }

    public int size() {
        return size;
    }

    public long step(int i) {
        check(i);
        return steps[i];
    }

    public double value(int column, int i) {
        check(i);
        return cols[column][i];
    }

    public StepMetrics get(int i) {
        check(i);
        return new StepMetrics(steps[i], cols[0][i], cols[1][i], cols[2][i], cols[3][i], cols[4][i], cols[5][i],
                cols[6][i]);
    }

    /** Builds a view over given columns (tests and tools replaying a recorded history). */
    public static MetricsView of(long[] steps, double[][] columns, int size) {
        if (columns.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns, got " + columns.length);
        }
        return new MetricsView(steps, columns, size);
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
    }
}
