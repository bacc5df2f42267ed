package org.ganstudio.model;

import java.util.List;

/**
 * What the session knows about a run's health at one moment, immutable: the newest step's diagnostics, every
 * alarm raised so far (oldest first), the newest grid's D scores and the steps from which a roll-back can restart.
 *
 * @param last        diagnostics of the newest step, {@link StepDiagnostics#NONE} before the first
 * @param alarms      alarms raised in this run, oldest first
 * @param gridScores  D's score for each cell of the newest sample grid (a probability for the sigmoid losses, else
 *                    the raw output), empty before the first grid
 * @param gridStep    the step of the grid those scores belong to, -1 without
 * @param keptSteps   steps whose full state is kept in memory for a roll-back, oldest first
 */
public record HealthReport(StepDiagnostics last, List<Alarm> alarms, float[] gridScores, long gridStep,
                           List<Long> keptSteps) {

    public static final HealthReport EMPTY = new HealthReport(StepDiagnostics.NONE, List.of(), new float[0], -1,
            List.of());

    public HealthReport {
        last = last == null ? StepDiagnostics.NONE : last;
        alarms = List.copyOf(alarms);
        keptSteps = List.copyOf(keptSteps);
    }

    /** The newest kept step at or before {@code step}, or -1 when none is. */
    public long rollbackTarget(long step) {
        long best = -1;
        for (long s : keptSteps) {
            if (s <= step && s > best) {
                best = s;
            }
        }
        return best;
    }
}
