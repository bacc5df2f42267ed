package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.ganstudio.model.ImageShape;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    /** {@code count} 1×4×4 images; every pixel of image i is i / 1000 (so the image is recognisable). */
    private static LoadedDataset dataset(int count) {
        ImageShape shape = new ImageShape(1, 4, 4);
        float[] px = new float[count * shape.size()];
        for (int i = 0; i < count; i++) {
            Arrays.fill(px, i * shape.size(), (i + 1) * shape.size(), i / 1000f);
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
        }
        LoadReport report = new LoadReport(Path.of("test"), SourceKind.IMAGE_FOLDER, PrepareOptions.defaults(), shape,
                count, count, 0, List.of(), List.of(), Map.of(), 0);
        return new LoadedDataset(shape, count, px, List.of("a", "b", "c"), labels, report);
    }

    private static int[] batchImages(BatchSampler s, long step, int batch) {
        float[] out = new float[batch * 16];
        s.fillBatch(step, batch, out);
        int[] ids = new int[batch];
        for (int j = 0; j < batch; j++) {
            ids[j] = Math.round(out[j * 16] * 1000);
            for (int k = 1; k < 16; k++) {
                assertEquals(out[j * 16], out[j * 16 + k], "image copied whole");
            }
        }
        return ids;
    }

    @Test
    void sameSeedAndStepGiveTheSameBatchWhateverCameBefore() {
        LoadedDataset ds = dataset(50);
        BatchSampler a = new BatchSampler(ds, 42);
        BatchSampler b = new BatchSampler(ds, 42);
        for (long step = 0; step < 30; step++) {
            batchImages(a, step, 8);
        }
        // b jumps straight to step 23 (a resumed run) and then back.
        assertArrayEquals(batchImages(a, 23, 8), batchImages(b, 23, 8));
        assertArrayEquals(batchImages(a, 2, 8), batchImages(b, 2, 8));
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        LoadedDataset ds = dataset(50);
        assertFalse(Arrays.equals(batchImages(new BatchSampler(ds, 1), 0, 50), batchImages(new BatchSampler(ds, 2), 0, 50)));
    }

    @Test
    void everyImageOncePerEpochAndEpochsDiffer() {
        int count = 37;
        int batch = 5; // does not divide count: batches straddle epochs
        BatchSampler s = new BatchSampler(dataset(count), 7);
        int epochs = 6;
        int[] all = new int[count * epochs];
        int filled = 0;
        for (long step = 0; filled < all.length; step++) {
            for (int id : batchImages(s, step, batch)) {
                if (filled < all.length) {
                    all[filled++] = id;
                }
            }
        }
        int[] previous = null;
        for (int e = 0; e < epochs; e++) {
            int[] epoch = Arrays.copyOfRange(all, e * count, (e + 1) * count);
            int[] sorted = epoch.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < count; i++) {
                assertEquals(i, sorted[i], "epoch " + e + " is a permutation");
            }
            if (previous != null) {
                assertFalse(Arrays.equals(previous, epoch), "epoch " + e + " reshuffled");
            }
            previous = epoch;
        }
    }

    @Test
    void batchAcrossTheEpochBoundaryJoinsBothPermutations() {
        BatchSampler s = new BatchSampler(dataset(10), 3);
        int[] batch = batchImages(s, 2, 4); // positions 8..11: two from epoch 0, two from epoch 1
        assertEquals(s.imageAt(8), batch[0]);
        assertEquals(s.imageAt(9), batch[1]);
        assertEquals(s.imageAt(10), batch[2]);
        assertEquals(s.imageAt(11), batch[3]);
        assertEquals(0, s.epochOf(2, 4));
        assertEquals(1, s.epochOf(3, 4));
    }

    @Test
    void orderIsShuffledNotSequential() {
        int[] ids = batchImages(new BatchSampler(dataset(100), 11), 0, 100);
        int[] sequential = new int[100];
        Arrays.setAll(sequential, i -> i);
        assertNotEquals(Arrays.toString(sequential), Arrays.toString(ids));
    }

    @Test
    void labelsFollowTheImages() {
        BatchSampler s = new BatchSampler(dataset(20), 5);
        int[] ids = batchImages(s, 4, 6);
        int[] labels = new int[6];
        s.fillLabels(4, 6, labels);
        for (int j = 0; j < 6; j++) {
            assertEquals(ids[j] % 3, labels[j]);
        }
    }

    @Test
    void largeStepsWork() {
        BatchSampler s = new BatchSampler(dataset(13), 9);
        long step = 5_000_000_000L;
        assertArrayEquals(batchImages(s, step, 4), batchImages(new BatchSampler(dataset(13), 9), step, 4));
    }

    @Test
    void badArgumentsAreRejected() {
        BatchSampler s = new BatchSampler(dataset(10), 1);
        assertThrows(IllegalArgumentException.class, () -> s.fillBatch(-1, 2, new float[32]));
        assertThrows(IllegalArgumentException.class, () -> s.fillBatch(0, 0, new float[32]));
        assertThrows(IllegalArgumentException.class, () -> s.fillBatch(0, 3, new float[32]));
    }

    @Test
    void seedMixingSpreadsNeighbouringEpochs() {
        // Adjacent (seed, epoch) pairs must not map to related SplittableRandom seeds.
        List<Long> seeds = new java.util.ArrayList<>();
        for (long e = 0; e < 100; e++) {
            seeds.add(BatchSampler.mix(0, e));
            seeds.add(BatchSampler.mix(1, e));
        }
        assertEquals(seeds.size(), new java.util.HashSet<>(seeds).size());
        assertNotEquals(Collections.nCopies(1, BatchSampler.mix(0, 1)), List.of(BatchSampler.mix(1, 0)));
    }
}
