package org.ganstudio.engine.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.QualityFigures;
import org.junit.jupiter.api.Test;

/** The same feature space on the other shipped dataset: gray 28×28 garments. */
class QualityOnFashionTest {

    @Test
    void realAgainstRealIsNearZeroAndBlurredOrSaltedGarmentsScoreWorse() throws Exception {
        LoadedDataset fashion = new DatasetLoader().load(Path.of("datasets/fashion-mnist-small"),
                PrepareOptions.defaults().withImageSize(28), null, null);
        ImageShape shape = fashion.shape();
        int half = 500;
        int[] order = QualityReference.subset(fashion.count(), 2 * half, 7);
        float[] a = new float[half * shape.size()];
        float[] b = new float[half * shape.size()];
        for (int i = 0; i < half; i++) {
            fashion.copyImage(order[i], a, i * shape.size());
            fashion.copyImage(order[half + i], b, i * shape.size());
        }
        QualityReference ref = QualityReference.of(new FeatureNetwork(), a, shape, half);
        QualityFigures real = ref.measure(0, b, half, b, 64);
        // a 3×3 box blur inside the border, and salt noise on 5 % of the pixels
        float[] blurred = b.clone();
        int w = shape.width();
        for (int p = 0; p < half; p++) {
            int base = p * shape.size();
            for (int y = 1; y < w - 1; y++) {
                for (int x = 1; x < w - 1; x++) {
                    float s = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            s += b[base + (y + dy) * w + x + dx];
                        }
                    }
                    blurred[base + y * w + x] = s / 9;
                }
            }
        }
        float[] salted = b.clone();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < salted.length; i++) {
            if (rng.nextDouble() < 0.05) {
                salted[i] = 1;
            }
        }
        QualityFigures blur = ref.measure(0, blurred, half, blurred, 64);
        QualityFigures salt = ref.measure(0, salted, half, salted, 64);
        System.out.println("fashion real " + real + "\nblurred " + blur + "\nsalted " + salt);
        assertTrue(real.fid() < 0.25 * blur.fid(), real.fid() + " vs blurred " + blur.fid());
        assertTrue(real.fid() < 0.25 * salt.fid(), real.fid() + " vs salted " + salt.fid());
        assertTrue(real.precision() > 0.8 && real.recall() > 0.8, real.toString());
        assertTrue(Math.abs(real.kid()) < real.kidStd(), real.kid() + " ± " + real.kidStd());
    }
}
