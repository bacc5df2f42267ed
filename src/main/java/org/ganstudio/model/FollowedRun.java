package org.ganstudio.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a folder written by {@code train} shows at one poll: only complete lines, complete PNGs and a checkpoint
 * that could be read whole. Immutable; {@code version} grows whenever something new arrived.
 *
 * @param folder            the followed folder
 * @param version           grows with every change
 * @param folderExists      whether the folder is there (a share may be unmounted)
 * @param config            the run's settings from {@code config.json}, or null while missing or unreadable
 * @param metrics           every complete line of {@code metrics.csv}
 * @param extraColumns      columns of {@code metrics.csv} this version does not chart (kept by name, in order)
 * @param quality           complete lines of {@code quality.csv}
 * @param grids             complete sample grids ({@code samples/step-NNNNNNN.png}), by step
 * @param alarms            alarm lines found ({@code alarm: step N id: sentence}), oldest first
 * @param checkpointStep    the step of the newest checkpoint read whole, -1 before one
 * @param checkpoint        that checkpoint file, or null
 * @param checkpointProblem why the current checkpoint file was skipped (being written, damaged), or null
 * @param lastChangeMillis  wall-clock time something last arrived, 0 before anything
 */
public record FollowedRun(Path folder, long version, boolean folderExists, ExperimentConfig config,
                          MetricsView metrics, List<String> extraColumns, QualityHistory quality, List<Grid> grids,
                          List<Alarm> alarms, long checkpointStep, Path checkpoint, String checkpointProblem,
                          long lastChangeMillis) {

    /** One complete grid PNG. */
    public record Grid(long step, Path file) {
    }

    /** One alarm the run raised. */
    public record Alarm(long step, String id, String text) {
    }

    public FollowedRun {
        extraColumns = List.copyOf(extraColumns);
        grids = List.copyOf(grids);
        alarms = List.copyOf(alarms);
        quality = quality == null ? QualityHistory.EMPTY : quality;
    }

    public static FollowedRun nothingYet(Path folder) {
        return new FollowedRun(folder, 0, false, null, MetricsView.EMPTY, List.of(), QualityHistory.EMPTY, List.of(),
                List.of(), -1, null, null, 0);
    }

    /** Steps the run has completed as far as the files say (metrics lines count from step 0). */
    public long step() {
        return metrics.size() == 0 ? Math.max(0, checkpointStep) : Math.max(metrics.step(metrics.size() - 1) + 1,
                checkpointStep);
    }

    public Grid latestGrid() {
        return grids.isEmpty() ? null : grids.get(grids.size() - 1);
    }

    /** The newest grid drawn at or before {@code step}, else the first one, or null. */
    public Grid gridAt(long step) {
        Grid best = null;
        for (Grid g : grids) {
            if (g.step() <= step) {
                best = g;
            }
        }
        return best != null ? best : grids.isEmpty() ? null : grids.get(0);
    }
}
