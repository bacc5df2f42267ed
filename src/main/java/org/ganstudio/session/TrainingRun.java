package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.BatchSampler;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.TrainerState;
import org.ganstudio.engine.QualityEntry;
import org.ganstudio.engine.quality.QualityInputException;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.StepMetrics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of training, single-threaded and headless: the trainer, its metric history, its sample grids and what
 * a step means (figures kept, divergence refused and explained). The session drives it on its engine thread for
 * the app and the command line alike; nothing here knows about threads or windows.
 */
final class TrainingRun {

    static final int MAX_GRIDS = 200;

    /** What one step did. */
    sealed interface StepResult {
        record Kept(StepMetrics metrics) implements StepResult {
        }

        /** The step produced a non-finite value and was not applied; {@code message} says what to try. */
        record Diverged(StepMetrics metrics, String message) implements StepResult {
        }
    }

    private final GanTrainer trainer;
    private final LoadedDataset dataset;
    private final DatasetReference reference;
    private final float[] gridNoise;
    private MetricsHistory history = new MetricsHistory();
    private List<ImageBatch> grids = List.of();
    private long savedStep = -1;
    /** Changes whenever the generator's parameters may have changed (steps, restores). */
    private long generatorVersion;
    private final QualityTracker quality;
    private KeptStates kept = new KeptStates(KeptStates.DEFAULT_EVERY, KeptStates.DEFAULT_MAX_BYTES);

    TrainingRun(ExperimentConfig config, LoadedDataset data, DatasetReference reference) {
        this(config, data, reference, new QualityReferences());
    }

    /** @param references the real-image side of the quality metrics, shared by the runs of one session */
    TrainingRun(ExperimentConfig config, LoadedDataset data, DatasetReference reference,
                QualityReferences references) {
        if (!data.shape().equals(config.imageShape())) {
            throw new IllegalArgumentException("the configuration is for " + config.imageShape()
                    + " images but the dataset has " + data.shape());
        }
        this.trainer = new GanTrainer(config, new BatchSampler(data, config.seed())::fillBatch);
        this.dataset = data;
        this.reference = reference;
        this.gridNoise = GridNoise.all(config);
        this.quality = new QualityTracker(references, data);
    }

    /** Restores a saved run's networks, optimisers, step and history into this freshly built one. */
    void restore(ExperimentFile.Contents contents, long savedAt) throws IOException {
        contents.applyTo(trainer);
        history = contents.history();
        if (contents.file() != null) {
            quality.restore(QualityEntry.read(contents.file()));
        }
        savedStep = savedAt;
        generatorVersion++;
    }

    StepResult step(TrainingControl.StepKind kind) {
        kept.offer(trainer);   // the state before this step: the run can branch here
        StepMetrics m = switch (kind) {
            case BOTH -> trainer.trainStep();
            case DISCRIMINATOR -> trainer.trainDiscriminatorOnly();
            case GENERATOR -> trainer.trainGeneratorOnly();
        };
        if (trainer.lastStepDiverged()) {
            return new StepResult.Diverged(m, divergenceMessage(m));
        }
        history.add(m);
        quality.trained(m.stepMillis());
        generatorVersion++;
        return new StepResult.Kept(m);
    }

    static String divergenceMessage(StepMetrics m) {
        boolean nan = Double.isNaN(m.dLoss()) || Double.isNaN(m.gLoss());
        return "Training diverged at step " + m.step() + ": a loss or gradient became " + (nan ? "NaN" : "infinite")
                + ". The last good state is kept. Try a lower learning rate (e.g. half of it), "
                + "the least-squares loss, or label smoothing 0.1.";
    }

    /** Draws the generator's images for the fixed grid noise and keeps them in the (bounded) timeline. */
    ImageBatch drawGrid() {
        float[] img = trainer.generate(gridNoise, GridNoise.CELLS);
        ImageBatch grid = ImageBatch.fromTanh(trainer.completedSteps(), 0, trainer.config().imageShape(),
                GridNoise.CELLS, img);
        List<ImageBatch> next = new ArrayList<>(grids);
        next.add(grid);
        if (next.size() > MAX_GRIDS) {
            // keep the first and newest, thin the rest evenly: the timeline keeps its whole span
            List<ImageBatch> thinned = new ArrayList<>();
            for (int i = 0; i < next.size() - 1; i += 2) {
                thinned.add(next.get(i));
            }
            thinned.add(next.get(next.size() - 1));
            next = thinned;
        }
        grids = List.copyOf(next);
        return grid;
    }

    /** Whether a quality measurement fits the time budget now (and quality is available for this dataset). */
    boolean qualityDue() {
        return quality.due();
    }

    /** Measures the generator's quality now; null when unavailable ({@link #quality()} then says why). */
    QualityFigures measureQuality() {
        return quality.measure(trainer, gridNoise);
    }

    QualityHistory quality() {
        return quality.history();
    }

    QualityTracker qualityTracker() {
        return quality;
    }

    NearestImages nearestTrainingImages(int cell, int k) throws QualityInputException {
        return quality.nearest(trainer, cell, k);
    }

    /** This run as it is now: its state taken now, its history, grids, quality and kept states. */
    Continuation continuation() {
        return new Continuation(TrainerState.capture(trainer), history.copy(), grids, quality.history(),
                kept.upTo(Long.MAX_VALUE));
    }

    /** A run's state and what it showed, to rebuild the run in a fresh trainer (see {@link #continueFrom}). */
    record Continuation(TrainerState state, MetricsHistory history, List<ImageBatch> grids, QualityHistory quality,
                        KeptStates kept) {

        /**
         * The run as it was at {@code step}: the state kept there, history, grids and quality up to there; null
         * when no state is kept at that step.
         */
        Continuation at(long step) {
            TrainerState s = step == state.step() ? state : kept.at(step);
            if (s == null) {
                return null;
            }
            MetricsHistory h = history.copy();
            h.truncateFrom(step);
            List<ImageBatch> g = grids.stream().filter(b -> b.step() <= step).toList();
            QualityHistory q = new QualityHistory(quality.points().stream().filter(f -> f.step() <= step).toList(),
                    quality.unavailable());
            KeptStates k = kept.upTo(step);
            k.put(s);
            return new Continuation(s, h, g, q, k);
        }
    }

    /** Puts a continuation into this freshly built run (its config may differ in settings, not in networks). */
    void continueFrom(Continuation c) {
        c.state().applyTo(trainer);
        history = c.history();
        grids = List.copyOf(c.grids());
        quality.restore(c.quality());
        kept = c.kept();
        generatorVersion++;
    }

    KeptStates kept() {
        return kept;
    }

    void setSavedStep(long step) {
        savedStep = step;
    }

    void save(Path target) throws IOException {
        ExperimentFile.save(target, trainer, history, reference, quality.history());
        savedStep = trainer.completedSteps();
    }

    GanTrainer trainer() {
        return trainer;
    }

    ExperimentConfig config() {
        return trainer.config();
    }

    long completedSteps() {
        return trainer.completedSteps();
    }

    MetricsHistory history() {
        return history;
    }

    List<ImageBatch> grids() {
        return grids;
    }

    LoadedDataset dataset() {
        return dataset;
    }

    DatasetReference reference() {
        return reference;
    }

    long savedStep() {
        return savedStep;
    }

    long generatorVersion() {
        return generatorVersion;
    }
}
