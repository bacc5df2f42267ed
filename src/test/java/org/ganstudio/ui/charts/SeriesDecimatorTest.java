package org.ganstudio.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SeriesDecimatorTest {

    @Test
    void aLongSeriesKeepsAtMostTwoPointsPerBucketAndItsExtremes() {
        SeriesDecimator d = new SeriesDecimator(512);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < 100_000; i++) {
            double v = Math.sin(i * 0.01) + (i == 77_777 ? 50 : 0) - (i == 1234 ? 40 : 0);
            min = Math.min(min, v);
            max = Math.max(max, v);
            d.add(i, v);
        }
        SeriesDecimator.Points p = d.points(null);
        assertTrue(p.size <= 1024, "points: " + p.size);
        assertTrue(p.size >= 512, "points: " + p.size);
        double[] ys = p.ys();
        assertEquals(max, Arrays.stream(ys).max().orElseThrow(), "the spike survives");
        assertEquals(min, Arrays.stream(ys).min().orElseThrow(), "the dip survives");
        double[] xs = p.xs();
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] > xs[i - 1], "steps increase");
        }
    }

    @Test
    void fewPointsAreKeptAsTheyAre() {
        SeriesDecimator d = new SeriesDecimator(8);
        for (int i = 0; i < 5; i++) {
            d.add(i * 10, i);
        }
        SeriesDecimator.Points p = d.points(null);
        assertEquals(5, p.size);
        assertEquals(0, p.unchanged);
        assertEquals(40, p.x[4]);
    }

    @Test
    void appendingReportsTheUnchangedPrefix() {
        SeriesDecimator d = new SeriesDecimator(8);
        for (int i = 0; i < 6; i++) {
            d.add(i, i);
        }
        SeriesDecimator.Points first = d.points(null);
        double[] before = first.xs();
        d.add(6, 6);
        SeriesDecimator.Points second = d.points(null);
        assertEquals(6, second.unchanged);
        assertEquals(7, second.size);
        assertEquals(Arrays.toString(before), Arrays.toString(Arrays.copyOf(second.xs(), 6)));

        for (int i = 7; i < 9; i++) {
            d.add(i, i); // the ninth sample overflows 8 buckets: pairs merge
        }
        SeriesDecimator.Points merged = d.points(null);
        assertEquals(0, merged.unchanged);
        assertEquals(2, d.width());
        assertEquals(9, merged.size, "4 full buckets of 2 and one single");
        d.add(9, 9);
        SeriesDecimator.Points next = d.points(null);
        assertEquals(8, next.unchanged, "only the last bucket changed");
    }
}
