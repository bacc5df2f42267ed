package org.ganstudio.model;

import java.util.List;

/**
 * One run in a comparison: a run of this window or an experiment file, with what it showed. Immutable.
 *
 * @param name    how the comparison names it (a run number, a file name)
 * @param config  its settings (with the learning rates and D steps it trained with last)
 * @param metrics every step's figures
 * @param quality its quality measurements (empty when none were kept)
 * @param grids   its sample grids by step, oldest first (a file holds none: one drawn from its generator)
 */
public record ComparedRun(String name, ExperimentConfig config, MetricsView metrics, QualityHistory quality,
                          List<ImageBatch> grids) {

    public ComparedRun {
        quality = quality == null ? QualityHistory.EMPTY : quality;
        grids = List.copyOf(grids);
    }

    public static ComparedRun of(String name, RunInfo r) {
        return new ComparedRun(name, r.config(), r.metrics(), r.quality(), r.grids());
    }

    /** The newest grid drawn at or before {@code step}, else the first one, or null when there is none. */
    public ImageBatch gridAt(long step) {
        ImageBatch best = null;
        for (ImageBatch g : grids) {
            if (g.step() <= step) {
                best = g;
            }
        }
        return best != null ? best : grids.isEmpty() ? null : grids.get(0);
    }

    /** Seconds of training before each step's end (the sum of step times): the x of a by-time plot. */
    public double[] trainingSeconds() {
        double[] t = new double[metrics.size()];
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double ms = metrics.value(MetricsView.STEP_MS, i);
            sum += Double.isFinite(ms) ? ms / 1000 : 0;
            t[i] = sum;
        }
        return t;
    }

    /** Completed steps as far as its figures say. */
    public long lastStep() {
        long s = metrics.size() == 0 ? 0 : metrics.step(metrics.size() - 1) + 1;
        for (ImageBatch g : grids) {
            s = Math.max(s, g.step());
        }
        return s;
    }
}
