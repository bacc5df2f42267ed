package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegOrientationTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTagInBothByteOrders() throws Exception {
        for (boolean little : new boolean[] {true, false}) {
            for (int o = 1; o <= 8; o++) {
                Path f = TestImages.write(dir.resolve("o" + o + little + ".jpg"), TestImages.solid(8, 8, 0), "jpg");
                TestImages.withExifOrientation(f, o, little);
                assertEquals(o, JpegOrientation.read(f), "orientation " + o + (little ? " II" : " MM"));
            }
        }
    }

    @Test
    void noTagOrNotJpegMeansNormal() throws Exception {
        Path plain = TestImages.write(dir.resolve("plain.jpg"), TestImages.solid(8, 8, 0), "jpg");
        assertEquals(1, JpegOrientation.read(plain));
        assertEquals(1, JpegOrientation.read(Files.writeString(dir.resolve("t.jpg"), "text")));
        assertEquals(1, JpegOrientation.read(Files.write(dir.resolve("e.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8})));
    }

    @Test
    void transformsMatchTheirDefinitions() {
        // 3×2 image:  1 2 3
        //             4 5 6
        int[] px = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(new int[] {3, 2, 1, 6, 5, 4}, JpegOrientation.apply(px, 3, 2, 2).pixels());
        assertArrayEquals(new int[] {6, 5, 4, 3, 2, 1}, JpegOrientation.apply(px, 3, 2, 3).pixels());
        assertArrayEquals(new int[] {4, 5, 6, 1, 2, 3}, JpegOrientation.apply(px, 3, 2, 4).pixels());
        assertArrayEquals(new int[] {1, 4, 2, 5, 3, 6}, JpegOrientation.apply(px, 3, 2, 5).pixels());
        assertArrayEquals(new int[] {4, 1, 5, 2, 6, 3}, JpegOrientation.apply(px, 3, 2, 6).pixels()); // 90° clockwise
        assertArrayEquals(new int[] {6, 3, 5, 2, 4, 1}, JpegOrientation.apply(px, 3, 2, 7).pixels());
        assertArrayEquals(new int[] {3, 6, 2, 5, 1, 4}, JpegOrientation.apply(px, 3, 2, 8).pixels()); // 90° anticlockwise
        assertEquals(2, JpegOrientation.apply(px, 3, 2, 6).width());
        assertEquals(3, JpegOrientation.apply(px, 3, 2, 6).height());
    }
}
