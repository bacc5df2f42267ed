package org.ganstudio.dataset;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws training batches from a {@link LoadedDataset} as a pure function of (seed, step): the sample at global
 * position {@code p = step × batchSize + j} is image {@code perm(e)[p mod count]} of epoch {@code e = p / count},
 * where {@code perm(e)} is a Fisher–Yates shuffle seeded from (seed, e). So a run resumed at any step sees exactly
 * the batches it would have seen, every image appears once per epoch, and a batch may straddle two epochs.
 *
 * <p>Thread-safe. The last permutation is cached only to save work; results never depend on call order.
 */
public final class BatchSampler {

    private final LoadedDataset dataset;
    private final long seed;
    private volatile Permutation cached;

    public BatchSampler(LoadedDataset dataset, long seed) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.seed = seed;
    }

    public LoadedDataset dataset() {
        return dataset;
    }

    public long seed() {
        return seed;
    }

    /**
     * Copies the {@code batchSize} images of batch {@code step} into {@code out} (NCHW, {@code batchSize ×
     * shape.size()} floats from index 0).
     */
    public void fillBatch(long step, int batchSize, float[] out) {
        checkArgs(step, batchSize);
        int size = dataset.shape().size();
        if (out.length < (long) batchSize * size) {
            throw new IllegalArgumentException("out holds " + out.length + " floats, batch needs "
                    + (long) batchSize * size);
        }
        float[] pixels = dataset.pixels();
        long position = step * batchSize;
        for (int j = 0; j < batchSize; j++) {
            int image = imageAt(position + j);
            System.arraycopy(pixels, image * size, out, j * size, size);
        }
    }

    /** Class labels of batch {@code step} (−1 when the dataset has no classes), matching {@link #fillBatch}. */
    public void fillLabels(long step, int batchSize, int[] out) {
        checkArgs(step, batchSize);
        long position = step * batchSize;
        for (int j = 0; j < batchSize; j++) {
            out[j] = dataset.label(imageAt(position + j));
        }
    }

    /** Index of the image at global sample position {@code position} (0-based over all epochs). */
    public int imageAt(long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, was " + position);
        }
        int count = dataset.count();
        long epoch = position / count;
        int within = (int) (position % count);
        return permutation(epoch)[within];
    }

    /** The epoch that batch {@code step} starts in. */
    public long epochOf(long step, int batchSize) {
        checkArgs(step, batchSize);
        return step * batchSize / dataset.count();
    }

    private int[] permutation(long epoch) {
        Permutation p = cached;
        if (p != null && p.epoch == epoch) {
            return p.order;
        }
        int count = dataset.count();
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(mix(seed, epoch));
        for (int i = count - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        cached = new Permutation(epoch, order);
        return order;
    }

    /**
     * One well-mixed seed per (seed, epoch). SplittableRandom streams of nearby seeds overlap (seed s+γ is seed s
     * shifted by one draw), so the pair is hashed rather than added.
     */
    static long mix(long seed, long epoch) {
        return murmurFinal(seed ^ murmurFinal(epoch + 0x632BE59BD9B4E019L));
    }

    private static long murmurFinal(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static void checkArgs(long step, int batchSize) {
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative, was " + step);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (step > Long.MAX_VALUE / batchSize) {
            throw new IllegalArgumentException("step " + step + " is too large");
        }
    }

    private record Permutation(long epoch, int[] order) {
    }
}
