package org.ganstudio.engine.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.QualityFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics on the shipped shapes dataset. Ranking checkpoints of a real run would need minutes of training in
 * a test, so the ranking is checked on real images corrupted step by step (noise, blur), which a person orders
 * without hesitation.
 */
class QualityOnImagesTest {

    private static final int HALF = 500;
    private static LoadedDataset shapes;
    private static ImageShape shape;
    private static float[] partA;
    private static float[] partB;
    private static FeatureNetwork network;
    private static QualityReference reference;

    @BeforeAll
    static void load() throws Exception {
        shapes = new DatasetLoader().load(Path.of("datasets/shapes"), PrepareOptions.defaults(), null, null);
        shape = shapes.shape();
        // the folder is sorted by class: split a shuffled order so both halves hold every shape
        int[] order = QualityReference.subset(shapes.count(), 2 * HALF, 99);
        partA = new float[HALF * shape.size()];
        partB = new float[HALF * shape.size()];
        for (int i = 0; i < HALF; i++) {
            shapes.copyImage(order[i], partA, i * shape.size());
            shapes.copyImage(order[HALF + i], partB, i * shape.size());
        }
        network = new FeatureNetwork();
        reference = QualityReference.of(network, partA, shape, HALF);
    }

    private static QualityFigures score(float[] images) throws QualityInputException {
        return reference.measure(0, images, HALF, java.util.Arrays.copyOf(images, 64 * shape.size()), 64);
    }

    @Test
    void realAgainstRealIsNearZeroAndNoiseIsFar() throws Exception {
        QualityFigures real = score(partB);
        float[] noise = new float[partB.length];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        QualityFigures fake = score(noise);
        System.out.println("real vs real: " + real + "\nnoise vs real: " + fake);
        assertTrue(real.fid() < 0.05 * fake.fid(), "real " + real.fid() + " vs noise " + fake.fid());
        assertTrue(Math.abs(real.kid()) < 0.02 * fake.kid(), "real " + real.kid() + " vs noise " + fake.kid());
        assertTrue(real.precision() > 0.8 && real.recall() > 0.8, real.toString());
        assertTrue(fake.precision() < 0.05 && fake.recall() < 0.05, fake.toString());
        assertTrue(real.diversity() > 0.8 && real.diversity() < 1.25, "real grid is as varied as real data");
    }

    @Test
    void kidOfTwoRealSamplesIsZeroWithinItsSpread() throws Exception {
        QualityFigures real = score(partB);
        // the subsets overlap, so their spread overstates the mean's standard error: within one spread is strict
        assertTrue(Math.abs(real.kid()) < real.kidStd(), real.kid() + " ± " + real.kidStd());
    }

    @Test
    void ranksProgressivelyCorruptedImagesInOrder() throws Exception {
        double[] noiseLevels = {0, 0.05, 0.15, 0.4};
        double[] fid = new double[noiseLevels.length];
        for (int i = 0; i < noiseLevels.length; i++) {
            fid[i] = score(noisy(partB, noiseLevels[i], 5)).fid();
        }
        int[] blurRadii = {0, 1, 2, 4};
        double[] blurFid = new double[blurRadii.length];
        double[] blurKid = new double[blurRadii.length];
        for (int i = 0; i < blurRadii.length; i++) {
            QualityFigures q = score(blurred(partB, blurRadii[i]));
            blurFid[i] = q.fid();
            blurKid[i] = q.kid();
        }
        System.out.printf(Locale.ROOT, "fid by noise %s: %s%nfid by blur %s: %s%nkid by blur: %s%n",
                java.util.Arrays.toString(noiseLevels), java.util.Arrays.toString(fid),
                java.util.Arrays.toString(blurRadii), java.util.Arrays.toString(blurFid),
                java.util.Arrays.toString(blurKid));
        for (int i = 1; i < fid.length; i++) {
            assertTrue(fid[i] > fid[i - 1], "more noise scores worse at level " + i);
            assertTrue(blurFid[i] > blurFid[i - 1], "more blur scores worse at radius " + blurRadii[i]);
            assertTrue(blurKid[i] > blurKid[i - 1], "KID agrees on blur radius " + blurRadii[i]);
        }
    }

    @Test
    void featuresAreTheSameFromEveryNewNetwork() {
        double[][] a = network.features(partA, shape, 3);
        double[][] b = new FeatureNetwork().features(partA, shape, 3);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        assertEquals(FeatureNetwork.FEATURES, a[0].length);
    }

    @Test
    void nearestTrainingImagesOfATrainingImageIncludeItself() {
        TrainingImageIndex index = new TrainingImageIndex(reference, shapes.pixels(), shapes.count());
        assertEquals(shapes.count(), index.size());
        for (int probe : new int[]{0, 700, 1999}) {
            float[] image = new float[shape.size()];
            shapes.copyImage(probe, image, 0);
            TrainingImageIndex.Neighbours n = index.nearest(image, 5);
            assertEquals(5, n.indices().length);
            boolean found = false;
            for (int i : n.indices()) {
                found |= i == probe;
            }
            assertTrue(found, "image " + probe + " among its neighbours " + java.util.Arrays.toString(n.indices()));
            assertTrue(n.distances()[0] < 1e-3, "an exact copy is at distance ~0: " + n.distances()[0]);
            for (int i = 1; i < 5; i++) {
                assertTrue(n.distances()[i] >= n.distances()[i - 1]);
            }
        }
    }

    @Test
    void badInputSaysWhatIsNeeded() {
        QualityInputException few = assertThrows(QualityInputException.class,
                () -> QualityReference.of(network, partA, shape, 10));
        assertEquals(QualityInputException.Kind.TOO_FEW_IMAGES, few.kind());
        assertTrue(few.getMessage().contains("at least " + QualityReference.MIN_IMAGES), few.getMessage());
        QualityInputException none = assertThrows(QualityInputException.class,
                () -> reference.measure(0, new float[0], 0, new float[0], 0));
        assertEquals(QualityInputException.Kind.TOO_FEW_SAMPLES, none.kind());
        ImageShape tiny = new ImageShape(1, 6, 6);
        QualityInputException small = assertThrows(QualityInputException.class,
                () -> QualityReference.of(network, new float[100 * tiny.size()], tiny, 100));
        assertEquals(QualityInputException.Kind.IMAGE_TOO_SMALL, small.kind());
        assertTrue(small.getMessage().contains("8×8"), small.getMessage());
    }

    @Test
    void takesGrayAndLargerImagesThroughTheSameNetwork() {
        ImageShape gray = new ImageShape(1, 28, 28);
        ImageShape big = new ImageShape(3, 96, 64);
        SplittableRandom rng = new SplittableRandom(1);
        float[] g = new float[2 * gray.size()];
        float[] b = new float[2 * big.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) rng.nextDouble();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rng.nextDouble();
        }
        for (double[] row : network.features(g, gray, 2)) {
            assertTrue(java.util.Arrays.stream(row).allMatch(Double::isFinite));
        }
        assertEquals(2, network.features(b, big, 2).length);
    }

    private static float[] noisy(float[] images, double sigma, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] out = images.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.max(-1, Math.min(1, out[i] + sigma * rng.nextGaussian()));
        }
        return out;
    }

    /** Box blur of the given radius per channel plane, edges clamped. */
    private static float[] blurred(float[] images, int radius) {
        if (radius == 0) {
            return images.clone();
        }
        int h = shape.height();
        int w = shape.width();
        float[] out = new float[images.length];
        for (int plane = 0; plane < images.length / (h * w); plane++) {
            int base = plane * h * w;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double s = 0;
                    int n = 0;
                    for (int dy = -radius; dy <= radius; dy++) {
                        for (int dx = -radius; dx <= radius; dx++) {
                            int yy = Math.max(0, Math.min(h - 1, y + dy));
                            int xx = Math.max(0, Math.min(w - 1, x + dx));
                            s += images[base + yy * w + xx];
                            n++;
                        }
                    }
                    out[base + y * w + x] = (float) (s / n);
                }
            }
        }
        return out;
    }
}
