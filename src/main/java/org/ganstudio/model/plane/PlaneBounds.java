package org.ganstudio.model.plane;

/**
 * The square of the plane that the 2-D lab shows, measures quality on and draws D's heatmap over:
 * [-{@link #EXTENT}, {@link #EXTENT}] on both axes. Built-in data lies within [-1.5, 1.5]; loaded points are
 * scaled into that square too.
 */
public final class PlaneBounds {

    public static final double EXTENT = 2.0;
    /** Half the side of the square that loaded points are scaled into. */
    public static final double DATA_EXTENT = 1.5;

    private PlaneBounds() {
    }

    /** The centre of cell {@code i} of {@code n} along one axis. */
    public static double cellCentre(int i, int n) {
        return -EXTENT + (i + 0.5) * (2 * EXTENT / n);
    }

    /** The cell along one axis that holds {@code v}, or -1 outside the square. */
    public static int cellOf(double v, int n) {
        if (!(v >= -EXTENT && v < EXTENT)) {
            return -1;
        }
        return Math.min(n - 1, (int) ((v + EXTENT) / (2 * EXTENT) * n));
    }
}
