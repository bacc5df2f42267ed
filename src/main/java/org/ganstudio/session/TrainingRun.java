package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.BatchSampler;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.DiscriminatorProbe;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.TrainerState;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.HealthReport;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.PixelGradients;
import org.ganstudio.model.Remedy;
import org.ganstudio.session.health.HealthMonitor;
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
    private final BatchSampler sampler;
    private HealthMonitor health = new HealthMonitor();
    private List<Alarm> newAlarms = new ArrayList<>();
    private float[] gridScores = new float[0];
    private long gridScoreStep = -1;
    /** States kept every N steps: the steps a run can branch from, and an alarm's roll-back targets. */
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
        this.sampler = BatchSampler.withHeldOut(data, config.seed());
        this.trainer = new GanTrainer(config, sampler::fillBatch);
        int[] held = sampler.heldOut();
        int n = Math.min(held.length, config.batchSize());
        if (n > 0) {
            trainer.setHeldOut(images(data, sampler.trainingSlice(n)), images(data, java.util.Arrays.copyOf(held, n)), n);
        }
        this.dataset = data;
        this.reference = reference;
        this.gridNoise = GridNoise.all(config);
        this.quality = new QualityTracker(references, data);
    }

    private static float[] images(LoadedDataset data, int[] indices) {
        int size = data.shape().size();
        float[] out = new float[indices.length * size];
        for (int i = 0; i < indices.length; i++) {
            data.copyImage(indices[i], out, i * size);
        }
        return out;
    }

    /** Restores a saved run's networks, optimisers, step, history and alarms into this freshly built one. */
    void restore(ExperimentFile.Contents contents, long savedAt) throws IOException {
        contents.applyTo(trainer);
        history = contents.history();
        health = new HealthMonitor(contents.alarms());
        kept = new KeptStates(kept.every(), KeptStates.DEFAULT_MAX_BYTES);
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
            boolean nan = Double.isNaN(m.dLoss()) || Double.isNaN(m.gLoss());
            newAlarms.add(health.diverged(m.step(), "a loss or gradient became " + (nan ? "NaN" : "infinite")
                    + "; the step was undone and training paused"));
            return new StepResult.Diverged(m, divergenceMessage(m));
        }
        history.add(m, trainer.lastDiagnostics());
        newAlarms.addAll(health.afterStep(history.view(), trainer.config().loss()));
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
        gridScores = DiscriminatorProbe.scores(trainer, img, GridNoise.CELLS);
        gridScoreStep = grid.step();
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

    /** Alarms raised since the last call (the session hands them to its listener). */
    List<Alarm> drainAlarms() {
        if (newAlarms.isEmpty()) {
            return List.of();
        }
        List<Alarm> out = newAlarms;
        newAlarms = new ArrayList<>();
        return out;
    }

    HealthReport health() {
        List<Long> steps = new ArrayList<>();
        for (long k : kept.steps()) {
            steps.add(k);
        }
        return new HealthReport(trainer.lastDiagnostics(), health.alarms(), gridScores, gridScoreStep, steps);
    }

    /**
     * Goes back to the newest kept state at or before {@code step}; returns the step it went back to, or -1 when
     * no kept state is that old (nothing changes then).
     */
    long rollBack(long step) {
        TrainerState target = null;
        for (long k : kept.steps()) {
            if (k <= step) {
                target = kept.at(k);
            }
        }
        if (target == null) {
            return -1;
        }
        target.restoreInto(trainer);
        kept = kept.upTo(target.step());
        history.truncateFrom(target.step());
        health.restart();
        generatorVersion++;
        return target.step();
    }

    /** Applies a remedy that changes the configuration; returns the configuration in use afterwards. */
    ExperimentConfig apply(Remedy r) {
        ExperimentConfig c = trainer.config();
        OptimizerSpec d = c.discriminatorOptimizer().withLearningRate(trainer.discriminatorOptimizer().learningRate());
        OptimizerSpec g = c.generatorOptimizer().withLearningRate(trainer.generatorOptimizer().learningRate());
        ExperimentConfig next = switch (r) {
            case LOWER_D_LEARNING_RATE -> c.withOptimizers(g, d.withLearningRate(d.learningRate() / 2));
            case LOWER_G_LEARNING_RATE -> c.withOptimizers(g.withLearningRate(g.learningRate() / 2), d);
            case D_TO_SGD -> c.withOptimizers(g, new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, d.learningRate(),
                    d.beta1(), d.beta2(), 0.9, d.epsilon()));
            case LABEL_SMOOTHING -> new ExperimentConfig(c.imageShape(), c.latentSize(), c.generator(),
                    c.discriminator(), c.loss(), g, d, c.discriminatorSteps(), 0.1, c.batchSize(), c.seed(),
                    c.updateOrder());
            case LEAST_SQUARES_LOSS -> c.withLoss(LossKind.LEAST_SQUARES).withOptimizers(g, d);
            case ROLL_BACK -> throw new IllegalArgumentException("a roll-back is not a configuration change");
        };
        trainer.reconfigure(next.withDiscriminatorSteps(trainer.discriminatorSteps()));
        health.restart();
        return trainer.config();
    }

    /** "Where D wants G to change" for grid cell {@code cell} and for a real training image. */
    PixelGradients pixelGradients(int cell) {
        if (cell < 0 || cell >= GridNoise.CELLS) {
            throw new IllegalArgumentException("grid cell must be 0 to " + (GridNoise.CELLS - 1) + ", was " + cell);
        }
        ImageShape shape = trainer.config().imageShape();
        float[] fake = trainer.generate(GridNoise.cell(trainer.config(), cell), 1);
        int[] slice = sampler.trainingSlice(cell + 1);
        float[] real = images(dataset, new int[]{slice[slice.length - 1]});
        float[] scores = DiscriminatorProbe.scores(trainer, concat(fake, real), 2);
        long step = trainer.completedSteps();
        return new PixelGradients(step, cell, ImageBatch.fromTanh(step, 0, shape, 1, fake),
                DiscriminatorProbe.pixelGradient(trainer, fake), scores[0],
                ImageBatch.fromTanh(step, 0, shape, 1, real), DiscriminatorProbe.pixelGradient(trainer, real), scores[1]);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
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
        ExperimentFile.save(target, trainer, history, reference, health.alarms(), quality.history());
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
