package org.ganstudio.session;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What the app (and scripts) can ask of a training session. Every call returns at once: work is
 * queued to the session's engine thread and its effects appear in later {@link #snapshot()}s.
 * {@link TrainingSession} is the real one; tests use fakes.
 */
public interface TrainingControl extends AutoCloseable {

    enum StepKind { DISCRIMINATOR, GENERATOR, BOTH }

    /** Builds fresh networks for this config and data (discarding any current run). */
    void newExperiment(ExperimentConfig config, LoadedDataset dataset, DatasetReference reference);

    // ---- 2-D lab ----
    /**
     * Builds a fresh 2-D run (discarding any current run); the snapshot's {@link SessionSnapshot#plane()} then
     * shows it. Start, pause, step, reset, stop-at and the hyperparameter update work on it as on an image run.
     */
    default void newPlaneExperiment(org.ganstudio.model.plane.PlaneConfig config,
                                    org.ganstudio.model.plane.PlaneDistribution data) {
        throw new UnsupportedOperationException("this session does not run 2-D experiments");
    }
    // ---- end 2-D lab ----

    void start();

    void pause();

    /** One manual step while not training. */
    void step(StepKind kind);

    /** Re-initialises the networks from the config's seed; keeps config and data. */
    void reset();

    /** Learning rates and D steps per G step; applied from the next step, even while training. */
    void updateHyperparameters(double generatorLr, double discriminatorLr, int discriminatorSteps);

    /** Refresh the sample grid every {@code steps} steps. */
    void setSampleInterval(int steps);

    /**
     * Training stops by itself exactly when the completed steps reach {@code step} (the state becomes PAUSED and
     * the message says so); 0 means no stop.
     */
    void setStopAt(long step);

    /**
     * Renders {@code count} images from latent vectors ({@code count x latentSize}, row-major) in
     * inference mode; the answer appears as {@link SessionSnapshot#latent()} with this tag. A newer
     * request supersedes an older one still waiting.
     */
    void renderLatent(long tag, float[] latents, int count);

    /**
     * Saves atomically; completes with the path, or exceptionally with a {@link SessionException} whose message
     * is complete (show it as it is).
     */
    CompletableFuture<Path> save(Path file);

    /**
     * Reads what an experiment file says about itself (configuration, step, dataset) without opening it, so its
     * dataset can be loaded first with progress and a report. Fails with a {@link SessionException}.
     */
    CompletableFuture<ExperimentSummary> inspect(Path file);

    /**
     * Opens an experiment file: reloads its dataset from the saved reference (or uses
     * {@code datasetOverride} when not null) and restores the run. Completes with the config, or exceptionally
     * with a {@link SessionException} whose kind says whether another dataset could help.
     */
    CompletableFuture<ExperimentConfig> open(Path file, LoadedDataset datasetOverride);

    SessionSnapshot snapshot();

    /**
     * Lets queued commands finish, then ends the session; later commands are refused (their futures fail with
     * {@link SessionException.Kind#CLOSED}). Never blocks: completes when the engine has ended.
     */
    /**
     * The memorisation check: draws grid cell {@code cell} with the current generator and finds the {@code k}
     * training images nearest to it in the quality feature space, on the engine thread. Fails with a
     * {@link SessionException} saying what is needed when there is no run or quality is unavailable for its data.
     * Controls without an engine (test fakes) need not offer it.
     */
    default CompletableFuture<NearestImages> nearestTrainingImages(int cell, int k) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "this training control does not search training images"));
    }

    // ---- classroom: slow motion and "Real or fake?" (issue 15) ----
    /**
     * One step of {@code kind} while not training, traced: it runs exactly as {@link #step} would (the run goes on
     * as after an ordinary step) and completes with what each stage of it did. Fails with a
     * {@link SessionException} of kind {@link SessionException.Kind#NOT_READY} when there is no image experiment
     * or it is training.
     */
    default CompletableFuture<org.ganstudio.model.StepTrace> traceStep(StepKind kind) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "this training control does not trace steps"));
    }

    /**
     * {@code count} distinct training images and {@code count} images from the current generator (inference
     * mode), picked and drawn from {@code seed}, for one round of "Real or fake?" (at most 64 of each; fewer when
     * the dataset has fewer images). Works while training too (between two steps). Fails with
     * {@link SessionException.Kind#NOT_READY} when there is no image experiment.
     */
    default CompletableFuture<org.ganstudio.model.RealAndFake> realAndFake(int count, long seed) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "this training control does not draw game rounds"));
    }
    // ---- end classroom ----
    /**
     * Applies an alarm's remedy to the running experiment, from the next step: a live configuration change, or a
     * roll-back to the newest state kept at or before {@code since}. Completes with a sentence saying what was done,
     * or exceptionally with a {@link SessionException} whose message says why not.
     */
    default CompletableFuture<String> applyRemedy(org.ganstudio.model.Remedy remedy, long since) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this control applies no remedies"));
    }

    /** "Where D wants G to change" for grid cell {@code cell} and a real image, computed on the engine thread. */
    default CompletableFuture<org.ganstudio.model.PixelGradients> pixelGradients(int cell) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this control computes no gradients"));
    }

    // ---- runs: branches of the first run ----

    /** Keeps a trainer state every {@code steps} steps (the steps a run can branch from). */
    default void setKeepEvery(int steps) {
    }

    /**
     * A new run continuing run {@code runId} from its kept state at {@code step} with {@code settings} (null:
     * unchanged); it becomes the active run. Completes with its id, or with a {@link SessionException}.
     */
    default CompletableFuture<Integer> branch(int runId, long step, ExperimentConfig settings) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this session does not branch"));
    }

    /** Makes another run of the tree the active one. */
    default void switchRun(int runId) {
    }

    /** Shows a followed run's checkpoint in the latent explorer when there is no run here (else ignored). */
    default void viewCheckpoint(Path checkpoint) {
    }

    /** The runs of this session, newest publication. */
    default org.ganstudio.model.RunTree runs() {
        return org.ganstudio.model.RunTree.EMPTY;
    }

    CompletableFuture<Void> closeAsync();

    /** {@link #closeAsync()} and a bounded wait for it; not for the UI thread. */
    @Override
    void close();
}
