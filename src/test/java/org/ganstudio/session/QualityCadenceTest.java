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
    void waitsUntilTheNextMeasurementFitsTheBudgetOfTheWholeRun() {
        QualityCadence c = new QualityCadence(0.1);
        c.spent(1_000);
        // the next one (about 1 000 again) fits when 2 000 <= 0.1 · (training + 2 000): after 18 000 of training
        c.trained(17_999);
        assertFalse(c.due());
        c.trained(1);
        assertTrue(c.due());
        c.spent(1_000);
        c.trained(8_999);
        assertFalse(c.due(), "third: 3 000 <= 0.1 · (26 999 + 3 000) is false");
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
            assertTrue(c.share() <= 0.1, "step " + step + " cost " + cost + ": " + c.share());
            assertTrue(c.share() > 0.09, "measures about as often as it may: " + c.share());
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
