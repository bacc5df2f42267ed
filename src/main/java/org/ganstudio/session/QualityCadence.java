package org.ganstudio.session;

/**
 * When the training loop may spend time on a quality measurement: the first at once (the curve starts from the
 * untrained generator), each later one only when, counting it at what the last one cost, all measurements so far
 * stay within {@code budget} of the loop's time (training plus measuring). With measurements of steady cost the
 * share is at most {@code budget} from the second measurement on; the first is amortised as training goes on.
 * Keeps the totals so the share can be reported.
 */
final class QualityCadence {

    private final double budget;
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
        totalTrained += nanos;
    }

    boolean due() {
        if (measurements == 0) {
            return true;
        }
        double next = totalSpent + lastCost;
        return next <= budget * (totalTrained + next);
    }

    void spent(long nanos) {
        lastCost = nanos;
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
