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
     * Renders {@code count} images from latent vectors ({@code count x latentSize}, row-major) in
     * inference mode; the answer appears as {@link SessionSnapshot#latent()} with this tag. A newer
     * request supersedes an older one still waiting.
     */
    void renderLatent(long tag, float[] latents, int count);

    /** Saves atomically; completes with the path, or exceptionally with a user-readable message. */
    CompletableFuture<Path> save(Path file);

    /**
     * Opens an experiment file: reloads its dataset from the saved reference (or uses
     * {@code datasetOverride} when not null) and restores the run. Completes with the config.
     */
    CompletableFuture<ExperimentConfig> open(Path file, LoadedDataset datasetOverride);

    SessionSnapshot snapshot();

    // STAND-IN defaults for the lead's session API (replaced by main's version on merge)

    /** Stop training exactly when completed steps reach {@code step} (state becomes PAUSED); 0 = no stop. */
    default void setStopAt(long step) {
        throw new UnsupportedOperationException("setStopAt");
    }

    /** Reads what an experiment file holds about itself without opening it. */
    default CompletableFuture<ExperimentSummary> inspect(Path file) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("inspect"));
    }

    /** Closes without blocking the caller: completes when the engine thread has ended. */
    default CompletableFuture<Void> closeAsync() {
        close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    void close();
}
