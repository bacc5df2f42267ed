package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ganstudio.model.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixel formats, channel modes, alpha, value range, orientation and fit. */
class DatasetLoaderFormatsTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(2);

    private LoadedDataset load(Path source, PrepareOptions options) throws DatasetException {
        return loader.load(source, options, ProgressListener.NONE, () -> false);
    }

    /** Sample of image {@code i}, channel {@code c}, at (x, y), back in 0..255. */
    private static int pixel(LoadedDataset ds, int i, int c, int x, int y) {
        ImageShape s = ds.shape();
        float v = ds.pixels()[i * s.size() + c * s.height() * s.width() + y * s.width() + x];
        return Math.round((v + 1f) * 127.5f);
    }

    @Test
    void mixedSizesAndFormatsAllLoadAndAutoPicksRgbForOneColourImage() throws Exception {
        TestImages.gray8Png(dir.resolve("a-gray8.png"), 40, 30, 100);
        TestImages.gray16Png(dir.resolve("b-gray16.png"), 17, 50, 100 * 257);
        TestImages.grayAlphaPng(dir.resolve("c-grayalpha.png"), 33, 33, 100, 255);
        TestImages.palettePng(dir.resolve("d-palette.png"), 64, 64, 0x646464);
        TestImages.write(dir.resolve("e.bmp"), TestImages.solid(31, 29, 0x646464), "bmp");
        TestImages.write(dir.resolve("f.gif"), TestImages.solid(12, 12, 0x646464), "gif");
        TestImages.write(dir.resolve("g.tiff"), TestImages.solid(100, 20, 0x646464), "tiff");
        TestImages.write(dir.resolve("h.jpg"), TestImages.solid(300, 200, 0x646464), "jpg");
        TestImages.png(dir.resolve("i-colour.png"), TestImages.solid(25, 25, 0xFF0000));

        LoadedDataset ds = load(dir, PrepareOptions.defaults());
        assertEquals(9, ds.count(), ds.report().toText());
        assertEquals(new ImageShape(3, 32, 32), ds.shape());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        for (int i = 0; i < 8; i++) {
            for (int c = 0; c < 3; c++) {
                int v = pixel(ds, i, c, 16, 16);
                assertTrue(Math.abs(v - 100) <= 2, "image " + i + " channel " + c + " is " + v + ", expected 100");
            }
        }
        assertEquals(255, pixel(ds, 8, 0, 5, 5));
        assertEquals(0, pixel(ds, 8, 1, 5, 5));
    }

    @Test
    void autoStaysGrayWhenNoImageHasColourEvenRgbJpegs() throws Exception {
        TestImages.gray8Png(dir.resolve("a.png"), 20, 20, 30);
        TestImages.write(dir.resolve("b.jpg"), TestImages.rgb(64, 64, (x, y) -> {
            int g = (x * 4) & 0xFF;
            return 0xFF000000 | g << 16 | g << 8 | g;
        }), "jpg");
        LoadedDataset ds = load(dir, PrepareOptions.defaults());
        assertEquals(1, ds.shape().channels());
    }

    @Test
    void grayscaleModeConvertsColourWithLuma() throws Exception {
        TestImages.png(dir.resolve("red.png"), TestImages.solid(8, 8, 0xFF0000));
        TestImages.png(dir.resolve("green.png"), TestImages.solid(8, 8, 0x00FF00));
        LoadedDataset ds = load(dir, PrepareOptions.defaults().withChannelMode(ChannelMode.GRAYSCALE));
        assertEquals(new ImageShape(1, 32, 32), ds.shape());
        assertEquals(76, pixel(ds, 1, 0, 3, 3)); // red.png sorts after green.png: 0.299 × 255
        assertEquals(150, pixel(ds, 0, 0, 3, 3)); // 0.587 × 255
    }

    @Test
    void rgbModeReplicatesGray() throws Exception {
        TestImages.gray8Png(dir.resolve("a.png"), 8, 8, 200);
        TestImages.gray8Png(dir.resolve("b.png"), 8, 8, 10);
        LoadedDataset ds = load(dir, PrepareOptions.defaults().withChannelMode(ChannelMode.RGB).withImageSize(28));
        assertEquals(new ImageShape(3, 28, 28), ds.shape());
        for (int c = 0; c < 3; c++) {
            assertEquals(200, pixel(ds, 0, c, 27, 27));
            assertEquals(10, pixel(ds, 1, c, 0, 0));
        }
    }

    @Test
    void valuesSpanMinusOneToOne() throws Exception {
        TestImages.png(dir.resolve("black.png"), TestImages.solid(16, 16, 0x000000));
        TestImages.png(dir.resolve("white.png"), TestImages.solid(16, 16, 0xFFFFFF));
        LoadedDataset ds = load(dir, PrepareOptions.defaults());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : ds.pixels()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(-1f, min, 1e-6);
        assertEquals(1f, max, 1e-6);
        assertEquals(2 * 32 * 32, ds.pixels().length);
    }

    @Test
    void middleGrayIsNotGammaShifted() throws Exception {
        TestImages.gray8Png(dir.resolve("a.png"), 8, 8, 128);
        TestImages.gray16Png(dir.resolve("b.png"), 8, 8, 128 * 257);
        LoadedDataset ds = load(dir, PrepareOptions.defaults());
        float expected = 128 / 127.5f - 1f;
        assertEquals(expected, ds.pixels()[0], 1e-6);
        assertEquals(expected, ds.pixels()[ds.shape().size()], 1e-6);
    }

    @Test
    void transparencyIsCompositedOnTheChosenBackground() throws Exception {
        TestImages.png(dir.resolve("clear.png"), TestImages.rgb(10, 10, (x, y) -> 0x00FF0000));
        TestImages.png(dir.resolve("half.png"), TestImages.rgb(10, 10, (x, y) -> 0x80FF0000));
        TestImages.grayAlphaPng(dir.resolve("ga.png"), 10, 10, 0, 0);

        LoadedDataset white = load(dir, PrepareOptions.defaults().withChannelMode(ChannelMode.RGB));
        // order: clear, ga, half
        for (int c = 0; c < 3; c++) {
            assertEquals(255, pixel(white, 0, c, 4, 4), "clear on white");
            assertEquals(255, pixel(white, 1, c, 4, 4), "gray+alpha clear on white");
        }
        assertEquals(255, pixel(white, 2, 0, 4, 4));
        assertEquals(127, pixel(white, 2, 1, 4, 4), 1);

        LoadedDataset black = load(dir, PrepareOptions.defaults().withChannelMode(ChannelMode.RGB)
                .withBackground(AlphaBackground.BLACK));
        for (int c = 0; c < 3; c++) {
            assertEquals(0, pixel(black, 0, c, 4, 4));
            assertEquals(0, pixel(black, 1, c, 4, 4));
        }
        assertEquals(128, pixel(black, 2, 0, 4, 4), 1);
        assertEquals(0, pixel(black, 2, 1, 4, 4));
    }

    @Test
    void centerCropKeepsTheMiddleAndPadFillsWithBackground() throws Exception {
        // 64×32: left and right 16 columns red, middle 32 columns blue.
        TestImages.png(dir.resolve("wide.png"), TestImages.rgb(64, 32,
                (x, y) -> x < 16 || x >= 48 ? 0xFFFF0000 : 0xFF0000FF));
        TestImages.png(dir.resolve("tall.png"), TestImages.solid(10, 40, 0x0000FF));
        PrepareOptions crop = PrepareOptions.defaults().withChannelMode(ChannelMode.RGB);
        LoadedDataset c = load(dir, crop);
        assertEquals(0, pixel(c, 1, 0, 0, 16), "crop drops the red sides");
        assertEquals(255, pixel(c, 1, 2, 0, 16));

        LoadedDataset p = load(dir, crop.withFitMode(FitMode.PAD).withBackground(AlphaBackground.BLACK));
        assertEquals(0, pixel(p, 1, 0, 16, 0), "top rows are padding");
        assertEquals(0, pixel(p, 1, 2, 16, 0));
        assertEquals(255, pixel(p, 1, 0, 0, 16), "red side kept");
        assertEquals(255, pixel(p, 1, 2, 16, 16), "blue middle");
        // tall 10×40 → 8×32 centred: columns 12..19 blue, rest black
        assertEquals(0, pixel(p, 0, 2, 5, 16));
        assertEquals(255, pixel(p, 0, 2, 15, 16));
    }

    @Test
    void jpegExifOrientationIsApplied() throws Exception {
        // 64×32, left half red, right half blue. Orientation 6 means "rotate 90° clockwise to view":
        // the left half ends up on top.
        var img = TestImages.rgb(64, 32, (x, y) -> x < 32 ? 0xFFFF0000 : 0xFF0000FF);
        Path rotated = TestImages.write(dir.resolve("a-rotated.jpg"), img, "jpg");
        TestImages.withExifOrientation(rotated, 6, false);
        Path plain = TestImages.write(dir.resolve("b-plain.jpg"), img, "jpg");
        Path mirrored = TestImages.write(dir.resolve("c-mirrored.jpg"), img, "jpg");
        TestImages.withExifOrientation(mirrored, 2, true);
        LoadedDataset ds = load(dir, PrepareOptions.defaults().withFitMode(FitMode.PAD));
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertTrue(pixel(ds, 0, 0, 16, 4) > 200 && pixel(ds, 0, 2, 16, 4) < 50, "rotated: top is red");
        assertTrue(pixel(ds, 0, 2, 16, 28) > 200 && pixel(ds, 0, 0, 16, 28) < 50, "rotated: bottom is blue");
        assertTrue(pixel(ds, 1, 0, 2, 16) > 200 && pixel(ds, 1, 2, 30, 16) > 200, "plain: red left, blue right");
        assertTrue(pixel(ds, 2, 2, 2, 16) > 200 && pixel(ds, 2, 0, 30, 16) > 200, "mirrored: blue left, red right");
    }

    @Test
    void largeImageIsSubsampledWithoutLosingGeometry() throws Exception {
        // 1200×1200 horizontal gradient: decoded at a fraction of its size, it must still map column j to the
        // average brightness of its strip.
        TestImages.png(dir.resolve("gradient.png"), TestImages.rgb(1200, 1200, (x, y) -> {
            int g = x * 255 / 1199;
            return 0xFF000000 | g << 16 | g << 8 | g;
        }));
        TestImages.png(dir.resolve("other.png"), TestImages.solid(8, 8, 0));
        LoadedDataset ds = load(dir, PrepareOptions.defaults());
        assertEquals(1, ds.shape().channels());
        for (int j = 0; j < 32; j += 5) {
            int expected = Math.round((j + 0.5f) / 32 * 255);
            int actual = pixel(ds, 0, 0, j, 16);
            assertTrue(Math.abs(actual - expected) <= 4, "column " + j + ": " + actual + " vs " + expected);
        }
    }
}
