package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes, the cap, the memory budget, estimates, progress and cancellation. */
class DatasetLoaderFolderTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(2);

    private void images(Path folder, int n, int firstValue) throws Exception {
        for (int i = 0; i < n; i++) {
            TestImages.gray8Png(folder.resolve(String.format("img%03d.png", i)), 12, 12, firstValue + i);
        }
    }

    @Test
    void classSubfoldersGiveNamesLabelsAndCounts() throws Exception {
        images(dir.resolve("cat"), 3, 10);
        images(dir.resolve("dog"), 2, 100);
        images(dir.resolve("emu").resolve("deeper"), 1, 200);
        LoadedDataset ds = loader.load(dir, PrepareOptions.defaults(), ProgressListener.NONE, () -> false);
        assertEquals(List.of("cat", "dog", "emu"), ds.classNames());
        assertEquals(Map.of("cat", 3, "dog", 2, "emu", 1), ds.report().classCounts());
        assertEquals(6, ds.count());
        int size = ds.shape().size();
        for (int i = 0; i < ds.count(); i++) {
            int value = Math.round((ds.pixels()[i * size] + 1) * 127.5f);
            int expectedLabel = value >= 200 ? 2 : value >= 100 ? 1 : 0;
            assertEquals(expectedLabel, ds.label(i), "image " + i + " with value " + value);
        }
        assertTrue(ds.report().toText().contains("  dog: 2"));
    }

    @Test
    void imagesBesideSubfoldersMeanNoClasses() throws Exception {
        images(dir.resolve("a"), 2, 10);
        images(dir.resolve("b"), 2, 10);
        images(dir, 1, 10);
        LoadedDataset ds = loader.load(dir, PrepareOptions.defaults(), ProgressListener.NONE, () -> false);
        assertFalse(ds.hasClasses());
        assertEquals(-1, ds.label(0));
        assertTrue(ds.report().classCounts().isEmpty());
    }

    @Test
    void capSamplesEvenlyAndReportsWhatWasLeftOut() throws Exception {
        images(dir, 12, 0);
        PrepareOptions options = PrepareOptions.defaults().withMaxImages(5);
        LoadedDataset ds = loader.load(dir, options, ProgressListener.NONE, () -> false);
        assertEquals(5, ds.count());
        assertEquals(12, ds.report().foundCount());
        assertEquals(7, ds.report().leftOutByCap());
        assertTrue(ds.report().toText().contains("Left out by cap: 7 (cap is 5)"), ds.report().toText());
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(Math.round((ds.pixels()[i * ds.shape().size()] + 1) * 127.5f));
        }
        assertEquals(List.of(0, 2, 4, 7, 9), values, "indices i × 12 / 5");
        assertEquals(5, loader.estimate(dir, options).toLoad());
    }

    @Test
    void overBudgetIsRefusedBeforeDecodingWithTheNumbers() throws Exception {
        images(dir, 4, 0);
        PrepareOptions options = PrepareOptions.defaults().withChannelMode(ChannelMode.RGB).withImageSize(64)
                .withMemoryBudget(100_000);
        DatasetException e = assertThrows(DatasetException.class,
                () -> loader.load(dir, options, ProgressListener.NONE, () -> false));
        assertEquals("Loading 4 images at 64×64 RGB needs 192.0 KB, budget is 97.7 KB; lower the image size or the cap",
                e.getMessage());
        DatasetEstimate estimate = loader.estimate(dir, options);
        assertTrue(estimate.exceedsBudget());
        assertEquals(4 * 3 * 64 * 64 * 4L, estimate.maxBytes());
    }

    @Test
    void autoModeIsCheckedAgainstTheBudgetOnceColourIsKnown() throws Exception {
        TestImages.png(dir.resolve("a.png"), TestImages.solid(8, 8, 0xFF0000));
        TestImages.png(dir.resolve("b.png"), TestImages.solid(8, 8, 0x00FF00));
        PrepareOptions options = PrepareOptions.defaults().withImageSize(28).withMemoryBudget(2 * 28 * 28 * 4 * 2);
        DatasetEstimate estimate = loader.estimate(dir, options);
        assertFalse(estimate.exceedsBudget(), "grayscale would fit");
        DatasetException e = assertThrows(DatasetException.class,
                () -> loader.load(dir, options, ProgressListener.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("Loading 2 images at 28×28 RGB needs 18.4 KB"), e.getMessage());
    }

    @Test
    void estimateCountsWithoutDecoding() throws Exception {
        images(dir.resolve("x"), 3, 0);
        java.nio.file.Files.writeString(dir.resolve("x").resolve("broken.png"), "text");
        DatasetEstimate e = loader.estimate(dir, PrepareOptions.defaults());
        assertEquals(4, e.found());
        assertEquals(SourceKind.IMAGE_FOLDER, e.kind());
        assertEquals(1, e.minChannels());
        assertEquals(3, e.maxChannels());
        assertEquals("4 image files found; needs 16.0 KB as 32×32 grayscale or 48.0 KB as RGB", e.summary());
    }

    @Test
    void progressRisesToTheTotal() throws Exception {
        images(dir, 30, 0);
        List<int[]> calls = new ArrayList<>();
        loader.load(dir, PrepareOptions.defaults(), (done, total) -> calls.add(new int[] {done, total}), () -> false);
        int[] last = calls.get(calls.size() - 1);
        assertEquals(30, last[0]);
        assertEquals(30, last[1]);
        int previous = 0;
        for (int[] c : calls) {
            assertTrue(c[0] >= previous, "progress went backwards");
            previous = c[0];
        }
    }

    @Test
    void cancelledBeforeStart() throws Exception {
        images(dir, 3, 0);
        LoadCancelledException e = assertThrows(LoadCancelledException.class,
                () -> loader.load(dir, PrepareOptions.defaults(), ProgressListener.NONE, () -> true));
        assertEquals("Loading cancelled", e.getMessage());
    }

    @Test
    void cancelledWhileDecoding() throws Exception {
        images(dir, 40, 0);
        AtomicInteger polls = new AtomicInteger();
        // Becomes true after a few checks, i.e. between files during decoding.
        assertThrows(LoadCancelledException.class, () -> loader.load(dir, PrepareOptions.defaults(),
                ProgressListener.NONE, () -> polls.incrementAndGet() > 6));
    }
}
