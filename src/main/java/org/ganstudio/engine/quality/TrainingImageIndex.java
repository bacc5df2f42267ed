package org.ganstudio.engine.quality;

/**
 * Features of the training images for the memorisation check: given an image, which training images are nearest
 * in the quality feature space, and how far. Up to {@value #MAX_IMAGES} images are indexed (a seeded subset of
 * larger datasets: about 1 KB of features per image).
 */
public final class TrainingImageIndex {

    public static final int MAX_IMAGES = 20_000;
    private static final long SUBSET_SEED = 0x1DE_77L;

    /** Dataset indices of the nearest images, nearest first, and their feature distances. */
    public record Neighbours(int[] indices, double[] distances) {
    }

    private final QualityReference reference;
    private final int[] datasetIndex;
    private final float[][] features;

    public TrainingImageIndex(QualityReference reference, float[] pixels, int count) {
        this.reference = reference;
        int size = reference.shape().size();
        datasetIndex = count <= MAX_IMAGES ? identity(count) : QualityReference.subset(count, MAX_IMAGES, SUBSET_SEED);
        features = new float[datasetIndex.length][];
        int chunk = 512;
        float[] buf = new float[chunk * size];
        for (int first = 0; first < datasetIndex.length; first += chunk) {
            int n = Math.min(chunk, datasetIndex.length - first);
            for (int i = 0; i < n; i++) {
                System.arraycopy(pixels, datasetIndex[first + i] * size, buf, i * size, size);
            }
            double[][] f = reference.features(buf, n);
            for (int i = 0; i < n; i++) {
                float[] row = new float[f[i].length];
                for (int j = 0; j < row.length; j++) {
                    row[j] = (float) f[i][j];
                }
                features[first + i] = row;
            }
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Images indexed (all of the dataset up to {@value #MAX_IMAGES}). */
    public int size() {
        return features.length;
    }

    /** The {@code k} indexed training images nearest to {@code image} (one image, CHW, [-1, 1]). */
    public Neighbours nearest(float[] image, int k) {
        double[] query = reference.features(image, 1)[0];
        int n = Math.min(k, features.length);
        double[] d = new double[n];
        int[] rows = FeatureDistances.nearest(query, features, n, d);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = datasetIndex[rows[i]];
        }
        return new Neighbours(idx, d);
    }
}
