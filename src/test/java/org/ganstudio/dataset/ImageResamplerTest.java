package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ImageResamplerTest {

    @Test
    void sameSizeIsIdentity() {
        float[] src = new float[32 * 32];
        for (int i = 0; i < src.length; i++) {
            src[i] = i % 251;
        }
        assertArrayEquals(src, ImageResampler.fitPlane(src, 32, 32, 32, FitMode.CENTER_CROP, 0), 1e-4f);
    }

    @Test
    void halvingAveragesPairs() {
        // 64×64 checkerboard of 0 and 200 → every 2×2 block averages to 100.
        float[] src = new float[64 * 64];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                src[y * 64 + x] = ((x + y) & 1) == 0 ? 0 : 200;
            }
        }
        float[] out = ImageResampler.fitPlane(src, 64, 64, 32, FitMode.CENTER_CROP, 0);
        for (float v : out) {
            assertEquals(100f, v, 1e-3f);
        }
    }

    @Test
    void nonIntegerDownscaleKeepsTheMean() {
        float[] src = new float[100 * 100];
        for (int i = 0; i < src.length; i++) {
            src[i] = (i * 37) % 256;
        }
        float[] out = ImageResampler.fitPlane(src, 100, 100, 28, FitMode.CENTER_CROP, 0);
        double meanIn = Arrays.stream(toDouble(src)).average().orElseThrow();
        double meanOut = Arrays.stream(toDouble(out)).average().orElseThrow();
        assertEquals(meanIn, meanOut, 0.5);
    }

    @Test
    void upscaleOfConstantStaysConstant() {
        float[] src = new float[28 * 28];
        Arrays.fill(src, 77f);
        for (float v : ImageResampler.fitPlane(src, 28, 28, 64, FitMode.PAD, 0)) {
            assertEquals(77f, v, 1e-4f);
        }
    }

    @Test
    void padCentresAndFills() {
        float[] src = new float[4 * 2];
        Arrays.fill(src, 9f);
        float[] out = ImageResampler.fitPlane(src, 4, 2, 4, FitMode.PAD, -5f);
        assertArrayEquals(new float[] {-5, -5, -5, -5, 9, 9, 9, 9, 9, 9, 9, 9, -5, -5, -5, -5}, out, 1e-5f);
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
