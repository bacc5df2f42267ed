package org.ganstudio.session;

import java.util.SplittableRandom;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.RealAndFake;

/**
 * Draws the images of one "Real or fake?" round on the engine thread: distinct training images picked with the
 * round's seed, and as many fakes from the current generator in inference mode (the network a user would
 * publish) for seeded latent vectors.
 */
final class RealAndFakeDraw {

    /** The most images of each kind a round may ask for. */
    static final int MAX_COUNT = 64;

    private RealAndFakeDraw() {
    }

    static RealAndFake draw(GanTrainer trainer, LoadedDataset data, int count, long seed) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a round has 1 to " + MAX_COUNT + " images of each kind, not " + count);
        }
        int n = Math.min(count, data.count());
        int size = data.shape().size();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] real = new float[n * size];
        for (int i = 0; i < n; i++) {   // the first n of a partial Fisher-Yates shuffle: n distinct images
            int j = i + rng.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            data.copyImage(order[i], real, i * size);
        }
        float[] latent = LatentNoise.gaussian(rng.nextLong(), n, trainer.config().latentSize());
        float[] fake = trainer.generate(latent, n);
        long step = trainer.completedSteps();
        return new RealAndFake(step, ImageBatch.fromTanh(step, 0, data.shape(), n, real),
                ImageBatch.fromTanh(step, 0, data.shape(), n, fake), latent);
    }
}
