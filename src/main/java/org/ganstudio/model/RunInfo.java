package org.ganstudio.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One run of the session's run tree, as the UI sees it: where it branched from, its settings, its figures so far
 * and the steps it can be branched from. Immutable.
 *
 * @param id          the run's number in this session, from 1
 * @param parentId    the run it branched from, 0 for a root
 * @param parentStep  the parent's step it continued from, -1 for a root
 * @param config      its settings with the learning rates and D steps it trains with now
 * @param step        completed steps
 * @param active      whether it is the run the session trains and shows
 * @param keptSteps   steps with a kept state (branch points), ascending
 * @param keepEvery   a state is kept every this many steps
 * @param keptBytes   memory the kept states take
 * @param metrics     every step's figures (from step 0: a branch carries its parent's history up to its start)
 * @param grids       sample grids, oldest first
 * @param quality     quality measurements
 * @param file        where it was last saved or opened from, or null
 */
public record RunInfo(int id, int parentId, long parentStep, ExperimentConfig config, long step, boolean active,
                      long[] keptSteps, int keepEvery, long keptBytes, MetricsView metrics, List<ImageBatch> grids,
                      QualityHistory quality, Path file) {

    public RunInfo {
        grids = List.copyOf(grids);
        quality = quality == null ? QualityHistory.EMPTY : quality;
    }

    public boolean isRoot() {
        return parentId == 0;
    }

    public boolean canBranchAt(long s) {
        return java.util.Arrays.binarySearch(keptSteps, s) >= 0;
    }

    /** The kept step nearest to {@code s} (ties: the earlier), or -1 when none is kept. */
    public long nearestKeptStep(long s) {
        long best = -1;
        for (long k : keptSteps) {
            if (best < 0 || Math.abs(k - s) < Math.abs(best - s)) {
                best = k;
            }
        }
        return best;
    }
}
