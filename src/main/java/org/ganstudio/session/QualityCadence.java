package org.ganstudio.session;

/**
 * When the training loop may spend time on a quality measurement: only once the training time since the last one
 * is at least {@code (1 − budget) / budget} times what the last one cost (nine times for 10 %), so measurements take
 * at most {@code budget} of the loop's time as long as one costs about what the previous one did. The first is due
 * at once. Keeps the totals so the share can be reported.
 */
final class QualityCadence {

    private final double budget;
    private long trainedSince;
    private long lastCost;
    private long totalTrained;
    private long totalSpent;
    private int measurements;

    QualityCadence(double budget) {
        if (!(budget > 0 && budget < 1)) {
            throw new IllegalArgumentException("budget must be in (0, 1), was " + budget);
        }
        this.budget = budget;
    }

    void trained(long nanos) {
        trainedSince += nanos;
        totalTrained += nanos;
    }

    boolean due() {
        return trainedSince * budget >= lastCost * (1 - budget);
    }

    void spent(long nanos) {
        lastCost = nanos;
        trainedSince = 0;
        totalSpent += nanos;
        measurements++;
    }

    long totalTrainedNanos() {
        return totalTrained;
    }

    long totalSpentNanos() {
        return totalSpent;
    }

    int measurements() {
        return measurements;
    }

    /** Share of the loop's time spent measuring so far, 0 before anything happened. */
    double share() {
        long all = totalTrained + totalSpent;
        return all == 0 ? 0 : (double) totalSpent / all;
    }
}
