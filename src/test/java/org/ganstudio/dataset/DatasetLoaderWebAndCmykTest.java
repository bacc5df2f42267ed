package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.ganstudio.model.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image folders from the web: WebP files (lossy, lossless, with alpha) and CMYK/YCCK JPEGs, which Java's own
 * readers cannot decode, load through the TwelveMonkeys plugins with the right colours and orientation.
 */
class DatasetLoaderWebAndCmykTest {

    private static final int RED_INK = 0x00FFFF00;
    private static final int CYAN_INK = 0xFF000000;
    private static final int NO_INK = 0;
    private static final int BLACK_INK = 0x000000FF;

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(2);

    private LoadedDataset load(Path source, PrepareOptions options) throws DatasetException {
        return loader.load(source, options, ProgressListener.NONE, () -> false);
    }

    private static PrepareOptions rgb() {
        return PrepareOptions.defaults().withChannelMode(ChannelMode.RGB);
    }

    /** Image {@code i}'s pixel at (x, y) as 0xRRGGBB, back in 0..255 per channel. */
    private static int rgbAt(LoadedDataset ds, int i, int x, int y) {
        ImageShape s = ds.shape();
        int out = 0;
        for (int c = 0; c < 3; c++) {
            float v = ds.pixels()[i * s.size() + c * s.height() * s.width() + y * s.width() + x];
            out = (out << 8) | Math.round((v + 1f) * 127.5f);
        }
        return out;
    }

    /** True when every channel of {@code actual} is within {@code tolerance} of {@code expected}. */
    private static void assertColour(int expected, int actual, int tolerance, String what) {
        for (int shift = 16; shift >= 0; shift -= 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance,
                    String.format("%s: expected about %06X, got %06X", what, expected, actual));
        }
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("webp/" + name)) {
            assertTrue(in != null, "missing test resource webp/" + name + " (scripts/make_webp_fixtures.py)");
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    /** 16×16 quadrants: top-left red, top-right cyan, bottom-left white (no ink), bottom-right black. */
    private static int quadrantInk(int x, int y) {
        int[] inks = {RED_INK, CYAN_INK, NO_INK, BLACK_INK};
        return inks[(y / 8) * 2 + x / 8];
    }

    private static void assertCmykQuadrants(LoadedDataset ds, int i, String what) {
        // 16×16 scaled to 32×32: quadrant centres at 8 and 24
        assertColour(0xFF0000, rgbAt(ds, i, 8, 8), 40, what + " red");
        assertColour(0x00FFFF, rgbAt(ds, i, 24, 8), 40, what + " cyan");
        assertColour(0xFFFFFF, rgbAt(ds, i, 8, 24), 40, what + " white");
        assertColour(0x000000, rgbAt(ds, i, 24, 24), 40, what + " black");
    }

    /** The JDK's own JPEG reader, bypassing the plugins. */
    private static ImageReader jdkJpegReader() {
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.")) {
                return r;
            }
        }
        throw new AssertionError("the JDK's JPEG reader is not registered");
    }

    private static void assertJdkRefuses(Path jpeg) throws IOException {
        ImageReader jdk = jdkJpegReader();
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            jdk.setInput(in);
            assertThrows(IIOException.class, () -> jdk.read(0), jpeg.getFileName() + " is refused by the JDK's reader");
        } finally {
            jdk.dispose();
        }
    }

    /** Splits {@code profile} over two APP2 ICC_PROFILE segments that claim three (a writer bug seen in the wild). */
    private static Path withInconsistentIccChunks(Path jpeg, byte[] profile) throws IOException {
        byte[] src = Files.readAllBytes(jpeg);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(src, 0, 2);
        int half = profile.length / 2;
        for (int chunk = 1; chunk <= 2; chunk++) {
            int from = chunk == 1 ? 0 : half;
            int to = chunk == 1 ? half : profile.length;
            byte[] tag = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0, (byte) chunk, 3};
            int length = 2 + tag.length + (to - from);
            out.write(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
            out.write(tag);
            out.write(profile, from, to - from);
        }
        out.write(src, 2, src.length - 2);
        return Files.write(jpeg, out.toByteArray());
    }

    @Test
    void cmykJpegsThatJavasOwnReaderRefusesNowLoadInTheirColours() throws Exception {
        // Java's reader handles plain Adobe CMYK, but gives up on a profile that does not fit the data ("Unsupported
        // Image Type") and on a broken profile sequence; these were skipped before the TwelveMonkeys plugin.
        Path mismatched = TestImages.withIccProfile(TestImages.adobeCmykJpeg(dir.resolve("a-rgb-profile.jpg"), 16, 16,
                DatasetLoaderWebAndCmykTest::quadrantInk, false),
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        Path broken = withInconsistentIccChunks(TestImages.adobeCmykJpeg(dir.resolve("b-bad-chunks.jpg"), 16, 16,
                DatasetLoaderWebAndCmykTest::quadrantInk, true), TestImages.cmykProfile());
        assertJdkRefuses(mismatched);
        assertJdkRefuses(broken);

        LoadedDataset ds = load(dir, rgb());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertCmykQuadrants(ds, 0, "CMYK with an RGB profile");
        assertCmykQuadrants(ds, 1, "YCCK with broken profile chunks");
        // the ignored profiles are worth a line in the report
        assertEquals(2, ds.report().warnings().size(), ds.report().toText());
    }

    @Test
    void cmykAndYcckJpegsComeOutInTheirRgbColours() throws Exception {
        TestImages.adobeCmykJpeg(dir.resolve("a-cmyk.jpg"), 16, 16, DatasetLoaderWebAndCmykTest::quadrantInk, false);
        TestImages.adobeCmykJpeg(dir.resolve("b-ycck.jpg"), 16, 16, DatasetLoaderWebAndCmykTest::quadrantInk, true);
        TestImages.withIccProfile(TestImages.adobeCmykJpeg(dir.resolve("c-cmyk-profile.jpg"), 16, 16,
                DatasetLoaderWebAndCmykTest::quadrantInk, false), TestImages.cmykProfile());
        TestImages.withIccProfile(TestImages.adobeCmykJpeg(dir.resolve("d-ycck-profile.jpg"), 16, 16,
                DatasetLoaderWebAndCmykTest::quadrantInk, true), TestImages.cmykProfile());
        LoadedDataset ds = load(dir, rgb());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertEquals(4, ds.count());
        assertCmykQuadrants(ds, 0, "CMYK");
        assertCmykQuadrants(ds, 1, "YCCK");
        assertCmykQuadrants(ds, 2, "CMYK with ICC profile");
        assertCmykQuadrants(ds, 3, "YCCK with ICC profile");
        // how the plugin converts colours is routine, not a warning for the report
        assertTrue(ds.report().warnings().isEmpty(), ds.report().toText());
    }

    @Test
    void cmykJpegStillHonoursExifOrientation() throws Exception {
        // 64×32, left half red ink, right half cyan ink; orientation 6 (rotate 90° clockwise): left half on top.
        Path rotated = TestImages.adobeCmykJpeg(dir.resolve("rotated.jpg"), 64, 32,
                (x, y) -> x < 32 ? RED_INK : CYAN_INK, false);
        TestImages.withExifOrientation(rotated, 6, false);
        TestImages.adobeCmykJpeg(dir.resolve("upright.jpg"), 64, 32, (x, y) -> x < 32 ? RED_INK : CYAN_INK, false);
        LoadedDataset ds = load(dir, rgb().withFitMode(FitMode.PAD));
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertColour(0xFF0000, rgbAt(ds, 0, 16, 4), 40, "top");
        assertColour(0x00FFFF, rgbAt(ds, 0, 16, 28), 40, "bottom");
        assertColour(0xFF0000, rgbAt(ds, 1, 2, 16), 40, "upright: left");
        assertColour(0x00FFFF, rgbAt(ds, 1, 30, 16), 40, "upright: right");
    }

    @Test
    void lossyAndLosslessWebpDecode() throws Exception {
        fixture("quadrants-lossy.webp");
        fixture("quadrants-lossless.webp");
        LoadedDataset ds = load(dir, rgb());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertEquals(2, ds.count());
        for (int i = 0; i < 2; i++) {
            String what = i == 0 ? "lossless" : "lossy"; // sorted by name
            int tolerance = i == 0 ? 1 : 40;
            assertColour(0xFF0000, rgbAt(ds, i, 8, 8), tolerance, what + " red");
            assertColour(0x00FF00, rgbAt(ds, i, 24, 8), tolerance, what + " green");
            assertColour(0x0000FF, rgbAt(ds, i, 8, 24), tolerance, what + " blue");
            assertColour(0xFFFFFF, rgbAt(ds, i, 24, 24), tolerance, what + " white");
        }
    }

    @Test
    void webpAlphaIsCompositedOnTheBackground() throws Exception {
        fixture("half-clear-lossless.webp");
        fixture("half-clear-lossy.webp");
        LoadedDataset white = load(dir, rgb());
        LoadedDataset black = load(dir, rgb().withBackground(AlphaBackground.BLACK));
        for (int i = 0; i < 2; i++) {
            assertColour(0xFF0000, rgbAt(white, i, 4, 16), 40, "opaque half, image " + i);
            assertColour(0xFFFFFF, rgbAt(white, i, 28, 16), 2, "clear half on white, image " + i);
            assertColour(0x000000, rgbAt(black, i, 28, 16), 2, "clear half on black, image " + i);
        }
    }

    @Test
    void aTruncatedWebpIsSkippedWithItsReason() throws Exception {
        fixture("quadrants-lossy.webp");
        fixture("quadrants-lossless.webp");
        Path cut = fixture("half-clear-lossy.webp");
        TestImages.truncate(cut, 0.5);
        LoadedDataset ds = load(dir, rgb());
        assertEquals(2, ds.count(), ds.report().toText());
        assertEquals(1, ds.report().skipped().size(), ds.report().toText());
        SkippedFile skipped = ds.report().skipped().get(0);
        assertEquals(cut.getFileName(), skipped.path().getFileName());
        assertTrue(skipped.reason().startsWith("damaged WebP"), skipped.reason());
    }

    @Test
    void aFolderOfWebpAndCmykFilesLoadsWithNothingSkipped() throws Exception {
        Path folder = dir.resolve("downloaded");
        Files.createDirectories(folder);
        for (String name : new String[] {"quadrants-lossy.webp", "quadrants-lossless.webp", "half-clear-lossy.webp",
                "half-clear-lossless.webp"}) {
            Files.move(fixture(name), folder.resolve(name));
        }
        TestImages.adobeCmykJpeg(folder.resolve("poster-cmyk.jpg"), 40, 30, (x, y) -> RED_INK, false);
        TestImages.adobeCmykJpeg(folder.resolve("poster-ycck.jpeg"), 30, 40, (x, y) -> CYAN_INK, true);
        TestImages.write(folder.resolve("photo.jpg"), TestImages.solid(20, 20, 0x0000FF), "jpg");

        LoadedDataset ds = load(folder, PrepareOptions.defaults());
        assertEquals(7, ds.report().foundCount(), ds.report().toText());
        assertEquals(7, ds.count(), ds.report().toText());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
        assertTrue(ds.report().warnings().isEmpty(), ds.report().toText());
        assertEquals(new ImageShape(3, 32, 32), ds.shape());
        // sorted: half-clear-lossless, half-clear-lossy, photo, poster-cmyk, poster-ycck, quadrants-...
        assertColour(0x0000FF, rgbAt(ds, 2, 16, 16), 10, "RGB JPEG");
        assertColour(0xFF0000, rgbAt(ds, 3, 16, 16), 40, "CMYK poster");
        assertColour(0x00FFFF, rgbAt(ds, 4, 16, 16), 40, "YCCK poster");
    }
}
