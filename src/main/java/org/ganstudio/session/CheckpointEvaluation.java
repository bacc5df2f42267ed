package org.ganstudio.session;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.quality.FeatureNetwork;
import org.ganstudio.engine.quality.QualityInputException;
import org.ganstudio.engine.quality.QualityReference;
import org.ganstudio.engine.quality.TrainingImageIndex;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.QualityFigures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Scores a saved experiment's generator against a dataset with the same metrics the training loop takes, on the
 * calling thread (a headless command; the app measures inside the session). Fails with a {@link SessionException}
 * whose message says what is needed.
 */
public final class CheckpointEvaluation {

    /** Generated samples checked against the training images for the memorisation summary. */
    static final int MEMORISATION_PROBES = 200;

    /**
     * @param figures             the quality figures (step = the checkpoint's step)
     * @param dataset             the real images scored against
     * @param referenceImages     how many of them the reference statistics use
     * @param nearestTrainMedian  median feature distance of a generated sample to its nearest training image
     * @param typicalRealDistance median distance of a real image to its nearest other real image: a ratio
     *                            {@code nearestTrainMedian / typicalRealDistance} well below 1 hints at copies
     */
    public record Result(QualityFigures figures, LoadedDataset dataset, int referenceImages,
                         double nearestTrainMedian, double typicalRealDistance) {
    }

    private CheckpointEvaluation() {
    }

    /**
     * @param datasetDir the real images; null for the dataset the experiment names
     * @param samples    generated images to score (at least {@link QualityReference#MIN_IMAGES})
     * @param seed       seeds the latent vectors
     */
    public static Result evaluate(Path checkpoint, Path datasetDir, int samples, long seed) throws SessionException {
        if (samples < QualityReference.MIN_IMAGES) {
            throw unavailable("Quality needs at least " + QualityReference.MIN_IMAGES + " generated samples; "
                    + samples + " were asked for.");
        }
        ExperimentFile.Contents c;
        try {
            c = ExperimentFile.read(checkpoint);
        } catch (IOException | RuntimeException e) {
            throw new SessionException(SessionException.Kind.FILE_UNREADABLE, "Could not open "
                    + checkpoint.getFileName() + ": " + e.getMessage(), e);
        }
        ExperimentConfig config = c.config();
        LoadedDataset data = load(checkpoint, c.dataset(), datasetDir, config);
        if (!data.shape().equals(config.imageShape())) {
            throw new SessionException(SessionException.Kind.SHAPE_MISMATCH, "The experiment makes "
                    + config.imageShape() + " images but the dataset gives " + data.shape() + ".");
        }
        GanTrainer trainer = new GanTrainer(config, (index, batch, px) -> {
            throw new IllegalStateException("evaluation does not train");
        });
        try {
            c.applyTo(trainer);
        } catch (IOException e) {
            throw new SessionException(SessionException.Kind.FILE_UNREADABLE, "Could not open "
                    + checkpoint.getFileName() + ": " + e.getMessage(), e);
        }
        float[] images = generate(trainer, LatentNoise.gaussian(seed, samples, config.latentSize()), samples);
        float[] grid = trainer.generate(GridNoise.all(config), GridNoise.CELLS);
        return score(data, trainer.completedSteps(), images, samples, grid, GridNoise.CELLS);
    }

    /**
     * Scores images made elsewhere (tiles of a picture, e.g. another program's samples) against {@code data} with
     * the same metrics and feature space as {@link #evaluate}; the first {@link GridNoise#CELLS} stand in for the
     * fixed-noise grid. The step of the figures is 0.
     *
     * @param images {@code count} images of the dataset's shape, NCHW in [-1, 1]
     */
    public static Result evaluateImages(LoadedDataset data, float[] images, int count) throws SessionException {
        if (count < QualityReference.MIN_IMAGES) {
            throw unavailable("Quality needs at least " + QualityReference.MIN_IMAGES + " generated images; the "
                    + "picture holds " + count + ".");
        }
        int size = data.shape().size();
        if ((long) count * size != images.length) {
            throw new IllegalArgumentException(images.length + " floats for " + count + " images of " + data.shape());
        }
        int cells = Math.min(GridNoise.CELLS, count);
        return score(data, 0, images, count, Arrays.copyOf(images, cells * size), cells);
    }

    /** The figures of {@code count} generated images (and a grid of them) against {@code data}, and the copy check. */
    private static Result score(LoadedDataset data, long step, float[] images, int count, float[] grid, int gridCount)
            throws SessionException {
        try {
            QualityReference ref = QualityReference.of(new FeatureNetwork(), data.pixels(), data.shape(),
                    data.count());
            QualityFigures q = ref.measure(step, images, count, grid, gridCount);
            TrainingImageIndex index = new TrainingImageIndex(ref, data.pixels(), data.count());
            return new Result(q, data, ref.size(), nearestMedian(index, images, count, data.shape().size()),
                    ref.typicalNeighbourDistance());
        } catch (QualityInputException e) {
            throw unavailable(e.getMessage());
        }
    }

    private static double nearestMedian(TrainingImageIndex index, float[] images, int count, int size) {
        int probes = Math.min(MEMORISATION_PROBES, count);
        double[] nearest = new double[probes];
        for (int i = 0; i < probes; i++) {
            nearest[i] = index.nearest(Arrays.copyOfRange(images, i * size, (i + 1) * size), 1).distances()[0];
        }
        Arrays.sort(nearest);
        return nearest[probes / 2];
    }

    private static float[] generate(GanTrainer trainer, float[] latents, int count) {
        int z = trainer.config().latentSize();
        int size = trainer.config().imageShape().size();
        float[] out = new float[count * size];
        for (int first = 0; first < count; first += GridNoise.CELLS) {
            int n = Math.min(GridNoise.CELLS, count - first);
            float[] part = trainer.generate(Arrays.copyOfRange(latents, first * z, (first + n) * z), n);
            System.arraycopy(part, 0, out, first * size, part.length);
        }
        return out;
    }

    private static LoadedDataset load(Path checkpoint, DatasetReference ref, Path dir, ExperimentConfig config)
            throws SessionException {
        if (dir == null && ref == null) {
            throw new SessionException(SessionException.Kind.NO_DATASET_REFERENCE, checkpoint.getFileName()
                    + " does not say which dataset it was trained on; give the images with --dataset DIR.");
        }
        Path folder = dir != null ? dir : Path.of(ref.path());
        PrepareOptions options = ref != null ? DatasetReferences.options(ref)
                : PrepareOptions.defaults().withImageSize(config.imageShape().height());
        try {
            return new DatasetLoader().load(folder, options, null, null);
        } catch (DatasetException e) {
            throw new SessionException(SessionException.Kind.DATASET_UNAVAILABLE, "The dataset " + folder
                    + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static SessionException unavailable(String message) {
        return new SessionException(SessionException.Kind.QUALITY_UNAVAILABLE, message);
    }
}
