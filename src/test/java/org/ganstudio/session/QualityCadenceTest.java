package org.ganstudio.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The policy that keeps quality measurements within their share of the training loop's time. */
class QualityCadenceTest {

    @Test
    void firstMeasurementIsDueAtOnce() {
        assertTrue(new QualityCadence(0.1).due());
    }

    @Test
    void waitsNineTimesTheLastCostAtTenPercent() {
        QualityCadence c = new QualityCadence(0.1);
        c.spent(1_000);
        c.trained(8_999);
        assertFalse(c.due());
        c.trained(1);
        assertTrue(c.due());
    }

    @Test
    void keepsTheShareWithinBudgetForAnyStepAndCost() {
        long[][] cases = {{50_000_000, 3_000_000_000L}, {2_000_000, 40_000_000}, {300_000_000, 100_000_000}};
        for (long[] k : cases) {
            long step = k[0];
            long cost = k[1];
            QualityCadence c = new QualityCadence(0.1);
            for (int i = 0; i < 20_000; i++) {
                c.trained(step);
                if (c.due()) {
                    c.spent(cost);
                }
            }
            // the first measurement comes before any training worth it; after that, at most one per budget span
            double withoutFirst = (double) (c.totalSpentNanos() - cost) / (c.totalTrainedNanos() + c.totalSpentNanos());
            assertTrue(withoutFirst <= 0.1, "step " + step + " cost " + cost + ": " + withoutFirst);
            assertTrue(c.share() > 0.05, "measures about as often as it may: " + c.share());
            assertTrue(c.measurements() > 1);
        }
    }

    @Test
    void refusesABudgetOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new QualityCadence(0));
        assertThrows(IllegalArgumentException.class, () -> new QualityCadence(1));
        assertEquals(0, new QualityCadence(0.5).share());
    }
}
