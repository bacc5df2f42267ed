package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives a specific reason and neither crashes nor hangs the loader. */
class DatasetLoaderBadInputTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(2);
    private final PrepareOptions options = PrepareOptions.defaults();

    private LoadedDataset load(Path source) throws DatasetException {
        return loader.load(source, options, ProgressListener.NONE, () -> false);
    }

    private DatasetException failure(Path source) {
        return assertThrows(DatasetException.class, () -> load(source));
    }

    private static Map<String, String> reasonsByName(LoadReport report) {
        return report.skipped().stream().collect(Collectors.toMap(
                s -> s.path().getFileName().toString(), SkippedFile::reason, (a, b) -> a + " | " + b));
    }

    private void twoGoodImages(Path folder) throws IOException {
        TestImages.png(folder.resolve("good1.png"), TestImages.solid(20, 20, 0x336699));
        TestImages.png(folder.resolve("good2.png"), TestImages.solid(20, 20, 0x996633));
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("nowhere");
        assertEquals("Folder " + missing + " does not exist", failure(missing).getMessage());
    }

    @Test
    void nullSourceAsksToChoose() {
        assertEquals("No dataset folder has been chosen", failure(null).getMessage());
    }

    @Test
    void emptyFolder() {
        assertEquals("Folder " + dir + " is empty", failure(dir).getMessage());
    }

    @Test
    void folderWithoutImagesCountsTheSkippedFiles() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.writeString(dir.resolve("labels.csv"), "a,b");
        Files.writeString(dir.resolve("README"), "x");
        DatasetException e = failure(dir);
        assertEquals("Folder " + dir + " contains no images (3 files skipped: see report)", e.getMessage());
        LoadReport report = e.report().orElseThrow();
        assertEquals("not an image file (.txt)", reasonsByName(report).get("notes.txt"));
        assertEquals("not an image file (no extension)", reasonsByName(report).get("README"));
    }

    @Test
    void folderWhoseImagesAreAllBroken() throws IOException {
        Files.write(dir.resolve("a.png"), new byte[0]);
        Files.writeString(dir.resolve("b.png"), "not really");
        DatasetException e = failure(dir);
        assertEquals("Folder " + dir + " contains no usable images (2 files skipped: see report)", e.getMessage());
    }

    @Test
    void zeroByteFileIsSkipped() throws Exception {
        twoGoodImages(dir);
        Files.write(dir.resolve("empty.png"), new byte[0]);
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        assertEquals("empty file (0 bytes)", reasonsByName(ds.report()).get("empty.png"));
    }

    @Test
    void textFileNamedPngIsSkipped() throws Exception {
        twoGoodImages(dir);
        Files.writeString(dir.resolve("fake.png"), "just some text, not pixels\n", StandardCharsets.UTF_8);
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        assertEquals("named .png but the content is a text file", reasonsByName(ds.report()).get("fake.png"));
    }

    @Test
    void binaryGarbageNamedJpgIsSkipped() throws Exception {
        twoGoodImages(dir);
        Files.write(dir.resolve("noise.jpg"), new byte[] {0, 1, 2, 3, (byte) 200, (byte) 201, 7, 8});
        LoadedDataset ds = load(dir);
        assertEquals("named .jpg but the content is not a PNG, JPEG, WebP, BMP, GIF or TIFF image",
                reasonsByName(ds.report()).get("noise.jpg"));
    }

    @Test
    void truncatedPngIsSkipped() throws Exception {
        twoGoodImages(dir);
        Path p = TestImages.png(dir.resolve("cut.png"), TestImages.rgb(64, 64, (x, y) -> 0xFF000000 | (x * 997 + y * 131)));
        TestImages.truncate(p, 0.5);
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        String reason = reasonsByName(ds.report()).get("cut.png");
        assertTrue(reason.startsWith("damaged or truncated PNG"), reason);
    }

    @Test
    void truncatedJpegIsSkippedNotUsedHalfGray() throws Exception {
        twoGoodImages(dir);
        Path p = TestImages.write(dir.resolve("cut.jpg"),
                TestImages.rgb(200, 200, (x, y) -> 0xFF000000 | (x * 997 + y * 131)), "jpg");
        TestImages.truncate(p, 0.7);
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        String reason = reasonsByName(ds.report()).get("cut.jpg");
        assertTrue(reason.contains("truncated JPEG") || reason.contains("damaged or truncated JPEG"), reason);
    }

    @Test
    void hugeImageIsRefusedFromItsHeaderWithoutDecoding() throws Exception {
        twoGoodImages(dir);
        TestImages.pngHeaderOnly(dir.resolve("huge.png"), 30000, 30000);
        LoadedDataset ds = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(dir));
        assertEquals(2, ds.count());
        assertEquals("image is 30000×30000 pixels, over the limit of 16384×16384 and 100 megapixels",
                reasonsByName(ds.report()).get("huge.png"));
    }

    @Test
    void manyMegapixelsWithinTheSideLimitIsAlsoRefused() throws Exception {
        twoGoodImages(dir);
        TestImages.pngHeaderOnly(dir.resolve("wide.png"), 16000, 7000); // 112 Mpx
        LoadedDataset ds = load(dir);
        assertTrue(reasonsByName(ds.report()).get("wide.png").startsWith("image is 16000×7000 pixels"));
    }

    @Test
    void unreadableFileIsSkipped() throws Exception {
        twoGoodImages(dir);
        Path locked = TestImages.png(dir.resolve("locked.png"), TestImages.solid(8, 8, 0));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        assertEquals("no permission to read the file", reasonsByName(ds.report()).get("locked.png"));
    }

    @Test
    void namedPipeIsSkippedWithoutHanging() throws Exception {
        twoGoodImages(dir);
        Path fifo = dir.resolve("pipe.png");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo not available");
        LoadedDataset ds = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(dir));
        assertEquals(2, ds.count());
        assertEquals("not a regular file (device, pipe or socket)", reasonsByName(ds.report()).get("pipe.png"));
    }

    @Test
    void symlinkLoopIsNotFollowedTwice() throws Exception {
        Path sub = dir.resolve("sub");
        TestImages.png(sub.resolve("a.png"), TestImages.solid(8, 8, 0x112233));
        TestImages.png(dir.resolve("b.png"), TestImages.solid(8, 8, 0x445566));
        Files.createSymbolicLink(sub.resolve("back-to-root"), dir);
        Files.createSymbolicLink(dir.resolve("again"), sub);
        Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        Files.createSymbolicLink(dir.resolve("dangling.png"), dir.resolve("gone.png"));
        LoadedDataset ds = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(dir));
        assertEquals(2, ds.count(), "each real image once");
        Map<String, String> reasons = reasonsByName(ds.report());
        assertTrue(reasons.get("back-to-root").startsWith("link to a folder that is already included"));
        assertTrue(reasons.get("again").startsWith("link to a folder that is already included"));
        assertEquals("symbolic link loop", reasons.get("self"));
        assertEquals("broken symbolic link", reasons.get("dangling.png"));
    }

    @Test
    void linkedFileIsUsedOnce() throws Exception {
        twoGoodImages(dir);
        Files.createSymbolicLink(dir.resolve("link.png"), dir.resolve("good1.png"));
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        assertTrue(reasonsByName(ds.report()).get("link.png").startsWith("same file as"));
    }

    @Test
    void nonAsciiAndSpacesInPaths() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "file names need UTF-8");
        Path folder = dir.resolve("Bilder für Tests — 画像");
        TestImages.png(folder.resolve("ünï cödé 1.png"), TestImages.solid(10, 10, 0xFF0000));
        TestImages.write(folder.resolve("фото 2.jpg"), TestImages.solid(10, 10, 0x00FF00), "jpg");
        LoadedDataset ds = load(folder);
        assertEquals(2, ds.count());
        assertTrue(ds.report().skipped().isEmpty(), ds.report().toText());
    }

    @Test
    void oneImageIsTooFew() throws Exception {
        TestImages.png(dir.resolve("only.png"), TestImages.solid(8, 8, 0));
        Files.writeString(dir.resolve("x.txt"), "x");
        DatasetException e = failure(dir);
        assertEquals("Only 1 usable image; at least 2 are needed for a batch", e.getMessage());
        assertEquals(1, e.report().orElseThrow().usedCount());
    }

    @Test
    void singleImageFileAsSourceAsksForItsFolder() throws Exception {
        Path img = TestImages.png(dir.resolve("one.png"), TestImages.solid(8, 8, 0));
        assertEquals("one.png is a single image; choose the folder that contains your images",
                failure(img).getMessage());
    }

    @Test
    void otherFileAsSource() throws Exception {
        Path txt = Files.writeString(dir.resolve("data.txt"), "hello");
        assertEquals("File " + txt + " is neither an image folder nor an IDX image file", failure(txt).getMessage());
    }

    @Test
    void hiddenFilesAndFoldersAreListed() throws Exception {
        twoGoodImages(dir);
        TestImages.png(dir.resolve(".thumbs").resolve("t.png"), TestImages.solid(8, 8, 0));
        TestImages.png(dir.resolve(".hidden.png"), TestImages.solid(8, 8, 0));
        LoadedDataset ds = load(dir);
        assertEquals(2, ds.count());
        assertEquals("hidden folder, not searched", reasonsByName(ds.report()).get(".thumbs"));
        assertEquals("hidden file", reasonsByName(ds.report()).get(".hidden.png"));
    }

    @Test
    void reportFileListsSkippedFilesWithReasons() throws Exception {
        twoGoodImages(dir);
        Files.write(dir.resolve("empty.png"), new byte[0]);
        LoadedDataset ds = load(dir);
        Path reportFile = dir.resolve("reports").resolve("report.txt");
        ds.report().writeTo(reportFile);
        String text = Files.readString(reportFile);
        assertTrue(text.contains("Images used:     2"), text);
        assertTrue(text.contains("empty.png — empty file (0 bytes)"), text);
        assertFalse(text.contains("Classes"), text);
    }
}
