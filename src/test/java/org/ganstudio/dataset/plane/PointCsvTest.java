package org.ganstudio.dataset.plane;

import org.ganstudio.model.plane.PointCloud;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

class PointCsvTest {

    @Test
    void readsPointsWithHeaderCommentsAndSeparatorsAndScalesThemIntoTheSquare() throws Exception {
        PointCloud c = PointCsv.parse("p.csv", "x,y\n# a comment\n0,0\n\n10;20\n5\t10\n");
        assertEquals(3, c.size());
        // centre (5, 10), larger half-range 10 -> scale 1.5 / 10
        assertArrayEquals(new double[]{-0.75, -1.5, 0.75, 1.5, 0, 0}, c.points(), 1e-12);
        assertEquals("csv:p.csv", c.id());
    }

    @Test
    void aBadLineIsNamedInTheMessage() {
        PointCsv.BadCsvException e = assertThrows(PointCsv.BadCsvException.class,
                () -> PointCsv.parse("p.csv", "x,y\n1,2\n3,abc\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("3,abc"), e.getMessage());

        e = assertThrows(PointCsv.BadCsvException.class, () -> PointCsv.parse("p.csv", "1,2\n1,2,3\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("two values"), e.getMessage());

        e = assertThrows(PointCsv.BadCsvException.class, () -> PointCsv.parse("p.csv", "1,2\nx,y\n"));
        assertEquals(2, e.line(), "a header is only allowed before the data");

        e = assertThrows(PointCsv.BadCsvException.class, () -> PointCsv.parse("empty.csv", "x,y\n"));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("no x,y points"));
    }

    @Test
    void aPointCloudSamplesOnlyItsPoints() {
        PointCloud c = new PointCloud("brush", new double[]{0.1, 0.2, -0.3, 0.4});
        double[] out = new double[200];
        c.sample(new Random(1), out, 100);
        int first = 0;
        for (int i = 0; i < 100; i++) {
            boolean a = out[2 * i] == 0.1 && out[2 * i + 1] == 0.2;
            boolean b = out[2 * i] == -0.3 && out[2 * i + 1] == 0.4;
            assertTrue(a || b);
            first += a ? 1 : 0;
        }
        assertTrue(first > 20 && first < 80, "both points drawn: " + first);
    }
}
