package org.ganstudio.model.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.plane.Mode;
import org.ganstudio.model.plane.PlaneBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;

class BuiltInDistributionTest {

    @ParameterizedTest
    @EnumSource(BuiltInDistribution.class)
    void pointsLieInsideThePlaneAndAreSeeded(BuiltInDistribution d) {
        double[] a = new double[2000];
        double[] b = new double[2000];
        d.sample(new Random(5), a, 1000);
        d.sample(new Random(5), b, 1000);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        int inside = 0;
        for (double v : a) {
            inside += Math.abs(v) < PlaneBounds.EXTENT ? 1 : 0;
        }
        assertTrue(inside > 1990, d + ": " + inside);
        assertEquals(d, BuiltInDistribution.byId(d.id()).orElseThrow());
    }

    @Test
    void mixturesSpreadTheirPointsOverEveryMode() {
        for (BuiltInDistribution d : new BuiltInDistribution[]{BuiltInDistribution.RING8, BuiltInDistribution.GRID25}) {
            int n = 5000;
            double[] xy = new double[2 * n];
            d.sample(new Random(1), xy, n);
            int[] near = new int[d.modes().size()];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < near.length; k++) {
                    Mode m = d.modes().get(k);
                    if (Math.hypot(xy[2 * i] - m.x(), xy[2 * i + 1] - m.y()) < 3 * m.sigma()) {
                        near[k]++;
                    }
                }
            }
            for (int c : near) {
                assertTrue(c > 0.5 * n / near.length, d + ": " + java.util.Arrays.toString(near));
            }
        }
        assertEquals(8, BuiltInDistribution.RING8.modes().size());
        assertEquals(25, BuiltInDistribution.GRID25.modes().size());
        assertTrue(BuiltInDistribution.TWO_MOONS.modes().isEmpty());
    }
}
