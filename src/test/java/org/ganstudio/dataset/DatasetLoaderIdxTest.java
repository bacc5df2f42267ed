package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ganstudio.model.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX image files, plain and gzip, alone or in a folder, with labels. */
class DatasetLoaderIdxTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(2);

    /** Image i: pixel p = (i × 10 + p) mod 256. */
    private Path images(String name, int count, boolean gzip) throws Exception {
        return TestImages.idxImages(dir.resolve(name), count, 28, 28, (i, p) -> (i * 10 + p) & 0xFF, gzip);
    }

    private LoadedDataset load(Path source, PrepareOptions options) throws DatasetException {
        return loader.load(source, options, ProgressListener.NONE, () -> false);
    }

    @Test
    void plainIdxFileLoadsExactPixels() throws Exception {
        Path f = images("train-images-idx3-ubyte", 5, false);
        LoadedDataset ds = load(f, PrepareOptions.defaults().withImageSize(28));
        assertEquals(new ImageShape(1, 28, 28), ds.shape());
        assertEquals(5, ds.count());
        assertEquals(SourceKind.IDX_FILE, ds.report().kind());
        for (int i = 0; i < 5; i++) {
            for (int p = 0; p < 784; p += 97) {
                float expected = ((i * 10 + p) & 0xFF) / 127.5f - 1f;
                assertEquals(expected, ds.pixels()[i * 784 + p], 1e-6, "image " + i + " pixel " + p);
            }
        }
        assertEquals(-1, ds.label(0));
    }

    @Test
    void gzipIdxWithLabelsGivesClasses() throws Exception {
        Path f = images("train-images-idx3-ubyte.gz", 6, true);
        TestImages.idxLabels(dir.resolve("train-labels-idx1-ubyte.gz"), new int[] {0, 2, 1, 2, 0, 2}, true);
        LoadedDataset ds = load(f, PrepareOptions.defaults());
        assertEquals(new ImageShape(1, 32, 32), ds.shape());
        assertEquals(List.of("0", "1", "2"), ds.classNames());
        assertEquals(2, ds.label(3));
        assertEquals(Map.of("0", 2, "1", 1, "2", 3), ds.report().classCounts());
    }

    @Test
    void folderWithIdxFilesPrefersTrainImages() throws Exception {
        images("t10k-images-idx3-ubyte.gz", 3, true);
        images("train-images-idx3-ubyte.gz", 7, true);
        Files.writeString(dir.resolve("README.txt"), "x");
        LoadedDataset ds = load(dir, PrepareOptions.defaults().withChannelMode(ChannelMode.RGB));
        assertEquals(7, ds.count());
        assertEquals(3, ds.shape().channels());
        assertTrue(ds.report().source().getFileName().toString().startsWith("train-images"));
        DatasetEstimate e = loader.estimate(dir, PrepareOptions.defaults().withImageSize(28));
        assertEquals(7, e.found());
        assertEquals("7 images in IDX file; needs 21.4 KB as 28×28 grayscale", e.summary());
    }

    @Test
    void capAppliesToIdx() throws Exception {
        Path f = images("train-images-idx3-ubyte", 10, false);
        LoadedDataset ds = load(f, PrepareOptions.defaults().withMaxImages(4).withImageSize(28));
        assertEquals(4, ds.count());
        assertEquals(6, ds.report().leftOutByCap());
    }

    @Test
    void truncatedIdxUsesTheCompleteImages() throws Exception {
        Path f = images("train-images-idx3-ubyte", 5, false);
        TestImages.truncate(f, (16 + 3.5 * 784) / (16 + 5 * 784));
        LoadedDataset ds = load(f, PrepareOptions.defaults().withImageSize(28));
        assertEquals(3, ds.count());
        assertTrue(ds.report().skipped().get(0).reason().contains("only 3 are complete"));
    }

    @Test
    void truncatedGzipIdxUsesTheCompleteImages() throws Exception {
        // Pseudo-random pixels, so the compressed stream is long enough to cut in the middle.
        Path f = TestImages.idxImages(dir.resolve("train-images-idx3-ubyte.gz"), 50, 28, 28,
                (i, p) -> (int) (((i * 784L + p) * 2654435761L) >>> 13) & 0xFF, true);
        TestImages.truncate(f, 0.6);
        LoadedDataset ds = load(f, PrepareOptions.defaults().withImageSize(28));
        assertTrue(ds.count() >= 2 && ds.count() < 50, "count " + ds.count());
    }

    @Test
    void wrongTypeIsExplained() throws Exception {
        Path f = dir.resolve("floats-idx3-ubyte");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(f))) {
            out.writeInt(0x00000D03);
            out.writeInt(1);
            out.writeInt(2);
            out.writeInt(2);
            out.write(new byte[16]);
        }
        DatasetException e = assertThrows(DatasetException.class, () -> load(f, PrepareOptions.defaults()));
        assertEquals("IDX file " + f + " holds data of type 0x0D; only unsigned-byte images are supported",
                e.getMessage());
    }

    @Test
    void singleIdxImageIsTooFew() throws Exception {
        Path f = images("train-images-idx3-ubyte", 1, false);
        DatasetException e = assertThrows(DatasetException.class, () -> load(f, PrepareOptions.defaults()));
        assertEquals("Only 1 usable image; at least 2 are needed for a batch", e.getMessage());
    }

    @Test
    void mismatchedLabelFileIsIgnoredWithAWarning() throws Exception {
        Path f = images("train-images-idx3-ubyte", 4, false);
        TestImages.idxLabels(dir.resolve("train-labels-idx1-ubyte"), new int[] {1, 2}, false);
        LoadedDataset ds = load(f, PrepareOptions.defaults());
        assertTrue(ds.classNames().isEmpty());
        assertTrue(ds.report().warnings().get(0).contains("not a label file for these 4 images"));
    }
}
