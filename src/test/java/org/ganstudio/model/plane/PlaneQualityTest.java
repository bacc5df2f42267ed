package org.ganstudio.model.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

class PlaneQualityTest {

    private static final List<Mode> FOUR = List.of(new Mode(-1, 0, 0.05), new Mode(1, 0, 0.05),
            new Mode(0, -1, 0.05), new Mode(0, 1, 0.05));

    private static double[] mixture(List<Mode> modes, int n, long seed) {
        Random r = new Random(seed);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            Mode m = modes.get(i % modes.size());
            xy[2 * i] = m.x() + m.sigma() * r.nextGaussian();
            xy[2 * i + 1] = m.y() + m.sigma() * r.nextGaussian();
        }
        return xy;
    }

    @Test
    void theSameDistributionScoresNearZeroAndAllModesCovered() {
        PlaneQuality q = PlaneQuality.measure(5, mixture(FOUR, 4000, 1), mixture(FOUR, 4000, 2), FOUR);
        assertEquals(5, q.step());
        assertEquals(4, q.modesCovered());
        assertEquals(4, q.modeCount());
        assertTrue(q.kl() < 0.05 && q.js() < 0.02, q.toString());
        assertTrue(q.nearModes() > 0.95, q.toString());
    }

    @Test
    void aCollapsedGeneratorCoversOneModeAndScoresWorse() {
        double[] real = mixture(FOUR, 4000, 1);
        double[] collapsed = mixture(List.of(FOUR.get(2)), 4000, 2);
        PlaneQuality q = PlaneQuality.measure(0, real, collapsed, FOUR);
        assertEquals(1, q.modesCovered());
        assertTrue(q.kl() > 1 && q.js() > 0.3, q.toString());
        assertTrue(q.js() <= Math.log(2) + 1e-12);
    }

    @Test
    void aModeNeedsAFifthOfItsFairShare() {
        // 1000 points, two modes: fair share 500, so a mode needs 100 points within 3 sigma
        List<Mode> two = List.of(new Mode(-1, 0, 0.05), new Mode(1, 0, 0.05));
        List<Double> pts = new ArrayList<>();
        for (int i = 0; i < 901; i++) {
            pts.add(-1.0);
            pts.add(0.0);
        }
        for (int i = 0; i < 99; i++) {
            pts.add(1.0);
            pts.add(0.1);   // 2 sigma away: near
        }
        double[] xy = pts.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(1, PlaneQuality.measure(0, xy, xy, two).modesCovered());
        xy[0] = 1.0;   // one more point at the second mode
        assertEquals(2, PlaneQuality.measure(0, xy, xy, two).modesCovered());
    }

    @Test
    void withoutModesOnlyTheDivergencesAreMeasured() {
        PlaneQuality q = PlaneQuality.measure(0, mixture(FOUR, 100, 1), mixture(FOUR, 100, 2), List.of());
        assertEquals(-1, q.modesCovered());
        assertTrue(Double.isFinite(q.kl()));
    }
}
