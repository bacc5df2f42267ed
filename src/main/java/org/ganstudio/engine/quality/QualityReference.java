package org.ganstudio.engine.quality;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.QualityFigures;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the quality metrics need from the real images, computed once per dataset: the features of a fixed, seeded
 * subset of up to {@value #MAX_IMAGES} images, standardised per feature (so that every feature weighs alike and
 * the polynomial kernel sees values of order one), their Gaussian with its covariance's square root, their k-NN
 * radii and their mean pairwise distance. {@link #measure} then scores a batch of generated images against it.
 */
public final class QualityReference {

    /** Fewer images than this give metrics dominated by sampling noise; both sides need it. */
    public static final int MIN_IMAGES = 50;
    public static final int MAX_IMAGES = 1000;
    /** Neighbours for precision, recall, density and coverage (Naeem et al. recommend 5). */
    public static final int K = 5;
    static final int KID_SUBSETS = 20;
    static final int KID_SUBSET_SIZE = 100;
    private static final int PAIRWISE_ROWS = 256;
    private static final long SUBSET_SEED = 0x51_AB_1EL;

    private final FeatureNetwork network;
    private final ImageShape shape;
    private final double[] shift;
    private final double[] scale;
    private final double[][] real;
    private final FrechetDistance.Gaussian gaussian;
    private final double[][] sqrtCovariance;
    private final double realPairwise;
    private final Map<Integer, double[]> radiiBySize = new HashMap<>();

    private QualityReference(FeatureNetwork network, ImageShape shape, double[][] raw) {
        this.network = network;
        this.shape = shape;
        int d = raw[0].length;
        shift = new double[d];
        scale = new double[d];
        FrechetDistance.Gaussian rawStats = FrechetDistance.Gaussian.of(raw);
        double[] std = new double[d];
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(rawStats.covariance()[j][j]);
        }
        double[] sorted = std.clone();
        java.util.Arrays.sort(sorted);
        // a nearly constant feature must not dominate: no feature is scaled up more than 10x the typical one
        double floor = Math.max(1e-12, 0.1 * sorted[d / 2]);
        for (int j = 0; j < d; j++) {
            shift[j] = rawStats.mean()[j];
            scale[j] = 1 / Math.max(std[j], floor);
        }
        real = standardise(raw);
        gaussian = FrechetDistance.Gaussian.of(real);
        sqrtCovariance = SymmetricEigen.sqrtPsd(gaussian.covariance());
        double[][] some = java.util.Arrays.copyOf(real, Math.min(PAIRWISE_ROWS, real.length));
        realPairwise = FeatureDistances.meanPairwise(some);
    }

    /**
     * The reference of {@code count} real images (CHW each, [-1, 1]): all of them up to {@value #MAX_IMAGES},
     * else a seeded subset of that many.
     */
    public static QualityReference of(FeatureNetwork network, float[] pixels, ImageShape shape, int count)
            throws QualityInputException {
        String why = FeatureNetwork.unsupported(shape);
        if (why != null) {
            throw new QualityInputException(QualityInputException.Kind.IMAGE_TOO_SMALL, why);
        }
        if (count < MIN_IMAGES) {
            throw new QualityInputException(QualityInputException.Kind.TOO_FEW_IMAGES, "Quality needs at least "
                    + MIN_IMAGES + " real images to compare with; this dataset has " + count + ".");
        }
        int[] chosen = subset(count, Math.min(MAX_IMAGES, count), SUBSET_SEED);
        float[] picked = new float[chosen.length * shape.size()];
        for (int i = 0; i < chosen.length; i++) {
            System.arraycopy(pixels, chosen[i] * shape.size(), picked, i * shape.size(), shape.size());
        }
        return new QualityReference(network, shape, network.features(picked, shape, chosen.length));
    }

    /** {@code m} distinct indices of {@code [0, n)} in a seeded random order (all of them, shuffled, when m = n). */
    static int[] subset(int n, int m, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, m);
    }

    private double typicalNeighbour = -1;

    /** Median distance of a reference image to its nearest other reference image: a scale for neighbour distances. */
    public double typicalNeighbourDistance() {
        if (typicalNeighbour < 0) {
            double[] d = FeatureDistances.kthNeighbourSquared(real, 1);
            java.util.Arrays.sort(d);
            typicalNeighbour = Math.sqrt(d[d.length / 2]);
        }
        return typicalNeighbour;
    }

    public ImageShape shape() {
        return shape;
    }

    /** Real images in the reference. */
    public int size() {
        return real.length;
    }

    /** Standardised features of {@code count} images of this reference's shape. */
    public double[][] features(float[] pixels, int count) {
        return standardise(network.features(pixels, shape, count));
    }

    private double[][] standardise(double[][] raw) {
        double[][] out = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            double[] r = raw[i];
            double[] o = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                o[j] = (r[j] - shift[j]) * scale[j];
            }
            out[i] = o;
        }
        return out;
    }

    /**
     * Scores {@code count} generated images and the fixed-noise grid's {@code gridCount} images against the real
     * ones.
     */
    public QualityFigures measure(long step, float[] generated, int count, float[] grid, int gridCount)
            throws QualityInputException {
        long t0 = System.nanoTime();
        if (count < MIN_IMAGES) {
            throw new QualityInputException(QualityInputException.Kind.TOO_FEW_SAMPLES, "Quality needs at least "
                    + MIN_IMAGES + " generated samples; " + count + " were asked for.");
        }
        double[][] fake = features(generated, count);
        double[][] gridFeatures = gridCount >= 2 ? features(grid, gridCount) : null;
        return measureFeatures(step, fake, gridFeatures, t0);
    }

    QualityFigures measureFeatures(long step, double[][] fake, double[][] gridFeatures, long startNanos) {
        double fid = FrechetDistance.between(gaussian, sqrtCovariance, FrechetDistance.Gaussian.of(fake));
        KernelDistance.Estimate kid = KernelDistance.between(real, fake, KID_SUBSETS, KID_SUBSET_SIZE, SUBSET_SEED);
        int m = Math.min(real.length, fake.length);
        double[][] realPart = java.util.Arrays.copyOf(real, m);
        double[][] fakePart = java.util.Arrays.copyOf(fake, m);
        double[] radii = radiiBySize.computeIfAbsent(m, n -> FeatureDistances.kthNeighbourSquared(realPart, K));
        FeatureDistances.Manifold mf = FeatureDistances.manifold(realPart, radii, fakePart, K);
        double diversity = gridFeatures == null ? 0 : FeatureDistances.meanPairwise(gridFeatures) / realPairwise;
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new QualityFigures(step, fid, kid.mean(), kid.std(), mf.precision(), mf.recall(), mf.density(),
                mf.coverage(), diversity, fake.length, millis);
    }
}
