package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.quality.QualityInputException;
import org.ganstudio.engine.quality.QualityReference;
import org.ganstudio.engine.quality.TrainingImageIndex;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;

/**
 * One run's quality measurements: when the loop may take one ({@link QualityCadence}, at most
 * {@value #BUDGET_PERCENT} % of training time), taking it (the same {@value #SAMPLES} latent vectors every time, so
 * successive figures differ by the generator, not by the draw), its history, and the nearest-neighbour check.
 */
final class QualityTracker {

    /** A multiple of the grid's 64, so generation reuses the grid's buffers. */
    static final int SAMPLES = 8 * GridNoise.CELLS;
    static final int BUDGET_PERCENT = 10;
    /** Seeds the measurement's latent vectors; any constant, different from the grid's. */
    static final long LATENT_SEED = 0x0A11_7EE5L;

    private final QualityReferences references;
    private final LoadedDataset dataset;
    private final QualityCadence cadence = new QualityCadence(BUDGET_PERCENT / 100.0);
    private QualityHistory history = QualityHistory.EMPTY;
    private float[] latents;

    QualityTracker(QualityReferences references, LoadedDataset dataset) {
        this.references = references;
        this.dataset = dataset;
    }

    void trained(double stepMillis) {
        cadence.trained((long) (stepMillis * 1_000_000));
    }

    boolean due() {
        return history.unavailable() == null && cadence.due();
    }

    /**
     * Measures {@code trainer}'s generator now; null when quality is unavailable for this dataset (the history then
     * says why).
     */
    QualityFigures measure(GanTrainer trainer, float[] gridNoise) {
        QualityReference ref;
        try {
            ref = references.referenceFor(dataset);
        } catch (QualityInputException e) {
            history = history.unavailable(e.getMessage());
            return null;
        }
        long t0 = System.nanoTime();
        int z = trainer.config().latentSize();
        if (latents == null) {
            latents = LatentNoise.gaussian(LATENT_SEED, SAMPLES, z);
        }
        float[] images = new float[SAMPLES * dataset.shape().size()];
        int chunk = GridNoise.CELLS;
        for (int first = 0; first < SAMPLES; first += chunk) {
            float[] part = trainer.generate(java.util.Arrays.copyOfRange(latents, first * z, (first + chunk) * z), chunk);
            System.arraycopy(part, 0, images, first * dataset.shape().size(), part.length);
        }
        float[] grid = trainer.generate(gridNoise, GridNoise.CELLS);
        QualityFigures q;
        try {
            q = ref.measure(trainer.completedSteps(), images, SAMPLES, grid, GridNoise.CELLS);
        } catch (QualityInputException e) {
            history = history.unavailable(e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            // non-finite figures (a generator gone wrong): no point rather than a NaN on the chart
            cadence.spent(System.nanoTime() - t0);
            return null;
        }
        long spent = System.nanoTime() - t0;
        cadence.spent(spent);
        q = new QualityFigures(q.step(), q.fid(), q.kid(), q.kidStd(), q.precision(), q.recall(), q.density(),
                q.coverage(), q.diversity(), q.samples(), spent / 1_000_000);
        history = history.with(q);
        return q;
    }

    NearestImages nearest(GanTrainer trainer, int cell, int k) throws QualityInputException {
        if (cell < 0 || cell >= GridNoise.CELLS) {
            throw new IllegalArgumentException("grid cell must be 0 to " + (GridNoise.CELLS - 1) + ", was " + cell);
        }
        TrainingImageIndex index = references.indexFor(dataset);
        float[] image = trainer.generate(GridNoise.cell(trainer.config(), cell), 1);
        TrainingImageIndex.Neighbours n = index.nearest(image, k);
        int size = dataset.shape().size();
        float[] px = new float[n.indices().length * size];
        for (int i = 0; i < n.indices().length; i++) {
            dataset.copyImage(n.indices()[i], px, i * size);
        }
        long step = trainer.completedSteps();
        return new NearestImages(step, cell, ImageBatch.fromTanh(step, 0, dataset.shape(), 1, image),
                ImageBatch.fromTanh(step, 0, dataset.shape(), n.indices().length, px), n.indices(), n.distances(),
                references.referenceFor(dataset).typicalNeighbourDistance(), index.size());
    }

    void restore(QualityHistory saved) {
        history = saved == null ? QualityHistory.EMPTY : saved;
    }

    QualityHistory history() {
        return history;
    }

    QualityCadence cadence() {
        return cadence;
    }

    long referenceMillis() {
        return references.referenceMillis();
    }
}
