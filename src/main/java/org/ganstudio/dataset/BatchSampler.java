package org.ganstudio.dataset;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws training batches from a {@link LoadedDataset} as a pure function of (seed, step): the sample at global
 * position {@code p = step × batchSize + j} is image {@code perm(e)[p mod count]} of epoch {@code e = p / count},
 * where {@code perm(e)} is a Fisher–Yates shuffle seeded from (seed, e). So a run resumed at any step sees exactly
 * the batches it would have seen, every image appears once per epoch, and a batch may straddle two epochs.
 *
 * <p>A sampler may hold a few images out ({@link #withHeldOut}): a fixed, seeded choice that never appears in a batch,
 * so D's score on them can be compared with its score on images it trains on. The permutation then runs over the
 * remaining images only.
 *
 * <p>Thread-safe. The last permutation is cached only to save work; results never depend on call order.
 */
public final class BatchSampler {

    /** Share of the images held out, and the most held out (a small fixed slice is enough to compare scores). */
    public static final double HELD_OUT_SHARE = 0.05;
    public static final int MAX_HELD_OUT = 256;
    /** Fewer held-out images than this give a score too noisy to compare: none are held out then. */
    public static final int MIN_HELD_OUT = 4;

    private final LoadedDataset dataset;
    private final long seed;
    /** Indices of the images batches draw from, or null for all of them. */
    private final int[] pool;
    private final int[] heldOut;
    private volatile Permutation cached;

    public BatchSampler(LoadedDataset dataset, long seed) {
        this(dataset, seed, 0);
    }

    private BatchSampler(LoadedDataset dataset, long seed, int heldOutCount) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.seed = seed;
        if (heldOutCount == 0) {
            pool = null;
            heldOut = new int[0];
        } else {
            int count = dataset.count();
            int[] order = shuffled(count, new SplittableRandom(mix(seed, -1)));
            heldOut = java.util.Arrays.copyOf(order, heldOutCount);
            java.util.Arrays.sort(heldOut);
            boolean[] out = new boolean[count];
            for (int i : heldOut) {
                out[i] = true;
            }
            pool = new int[count - heldOutCount];
            for (int i = 0, j = 0; i < count; i++) {
                if (!out[i]) {
                    pool[j++] = i;
                }
            }
        }
    }

    /**
     * A sampler that keeps {@link #heldOutCount(int)} images out of every batch: min(5 %, 256) of them, none for
     * fewer than {@value #MIN_HELD_OUT} (a folder under 80 images).
     */
    public static BatchSampler withHeldOut(LoadedDataset dataset, long seed) {
        return new BatchSampler(dataset, seed, heldOutCount(dataset.count()));
    }

    public static int heldOutCount(int images) {
        int n = Math.min(MAX_HELD_OUT, (int) (images * HELD_OUT_SHARE));
        return n < MIN_HELD_OUT ? 0 : n;
    }

    /** The held-out images' indices in the dataset, ascending (empty when none are held out). */
    public int[] heldOut() {
        return heldOut.clone();
    }

    /** The first {@code n} images batches draw from (a fixed slice of training images), as indices. */
    public int[] trainingSlice(int n) {
        int[] s = new int[Math.min(n, trainingCount())];
        for (int i = 0; i < s.length; i++) {
            s[i] = pool == null ? i : pool[i];
        }
        return s;
    }

    private int trainingCount() {
        return pool == null ? dataset.count() : pool.length;
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
        int count = trainingCount();
        long epoch = position / count;
        int within = (int) (position % count);
        int k = permutation(epoch)[within];
        return pool == null ? k : pool[k];
    }

    /** The epoch that batch {@code step} starts in. */
    public long epochOf(long step, int batchSize) {
        checkArgs(step, batchSize);
        return step * batchSize / trainingCount();
    }

    private int[] permutation(long epoch) {
        Permutation p = cached;
        if (p != null && p.epoch == epoch) {
            return p.order;
        }
        int[] order = shuffled(trainingCount(), new SplittableRandom(mix(seed, epoch)));
        cached = new Permutation(epoch, order);
        return order;
    }

    private static int[] shuffled(int count, SplittableRandom random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
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
