package org.ganstudio.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.session.ExperimentSummary;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;

/**
 * A session without an engine: records every call, changes state at once like a well-behaved session would, and
 * lets tests publish snapshots and fake training progress. Thread-safe enough for TestFX (calls come from the FX
 * thread; the test thread may publish).
 */
public final class FakeTrainingControl implements TrainingControl {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** Answer {@link #renderLatent} at once with images computed from the vectors. */
    public volatile boolean answerLatent = true;
    /** When set, save, open and inspect fail with a {@link SessionException} with this (complete) message. */
    public volatile String failure;
    /** The kind of that failure; SAVE_FAILED for saves when null. */
    public volatile SessionException.Kind failureKind;
    /** What {@link #inspect} reports as the file's dataset (null: the file has no dataset reference). */
    public volatile DatasetReference referenceToOpen = new DatasetReference("/data/saved-shapes",
            java.util.Map.of("imageSize", "32"));
    /** When set, closeAsync returns this future, so tests can see the close still under way. */
    public volatile CompletableFuture<Void> pendingClose;
    private volatile boolean closed;
    /** What {@link #open} restores; default: the last built config. */
    public volatile ExperimentConfig configToOpen;
    public volatile LoadedDataset datasetToOpen;
    public volatile long stepToOpen = 0;
    /** When set, save returns this (incomplete) future, so tests can complete it later. */
    public volatile CompletableFuture<Path> pendingSave;

    private volatile SessionSnapshot snapshot = SessionSnapshot.empty();
    private MetricsHistory history = new MetricsHistory();
    private final List<ImageBatch> grids = new ArrayList<>();

    @Override
    public synchronized void newExperiment(ExperimentConfig config, LoadedDataset dataset, DatasetReference reference) {
        calls.add("newExperiment");
        history = new MetricsHistory();
        grids.clear();
        publish(b -> b.state(SessionState.READY).config(config).step(0).dataset(dataset).datasetReference(reference)
                .metrics(history).grids(List.of()).latent(null).message(null)
                .learningRates(config.generatorOptimizer().learningRate(), config.discriminatorOptimizer().learningRate())
                .discriminatorSteps(config.discriminatorSteps()));
    }

    @Override
    public synchronized void start() {
        calls.add("start");
        if (snapshot.config() != null) {
            publish(b -> b.state(SessionState.TRAINING).message(null));
        }
    }

    @Override
    public synchronized void pause() {
        calls.add("pause");
        if (snapshot.state() == SessionState.TRAINING) {
            publish(b -> b.state(SessionState.PAUSED).stepsPerSecond(0));
        }
    }

    @Override
    public synchronized void step(StepKind kind) {
        calls.add("step " + kind);
        train(1);
        if (snapshot.state() == SessionState.READY) {
            publish(b -> b.state(SessionState.PAUSED));
        }
    }

    @Override
    public synchronized void reset() {
        calls.add("reset");
        history = new MetricsHistory();
        grids.clear();
        publish(b -> b.state(SessionState.READY).step(0).metrics(history).grids(List.of()));
    }

    @Override
    public synchronized void updateHyperparameters(double generatorLr, double discriminatorLr, int discriminatorSteps) {
        calls.add("updateHyperparameters " + generatorLr + " " + discriminatorLr + " " + discriminatorSteps);
        publish(b -> b.learningRates(generatorLr, discriminatorLr).discriminatorSteps(discriminatorSteps));
    }

    @Override
    public synchronized void setSampleInterval(int steps) {
        calls.add("setSampleInterval " + steps);
        publish(b -> b.sampleInterval(steps));
    }

    @Override
    public synchronized void renderLatent(long tag, float[] latents, int count) {
        calls.add("renderLatent " + tag + " " + count);
        ExperimentConfig c = snapshot.config();
        if (!answerLatent || c == null) {
            return;
        }
        ImageBatch batch = FakeImages.fromLatents(snapshot.step(), tag, c, latents, count);
        publish(b -> b.latent(batch));
    }

    @Override
    public synchronized CompletableFuture<Path> save(Path file) {
        calls.add("save " + file.getFileName());
        if (closed) {
            return refused();
        }
        if (failure != null) {
            return CompletableFuture.failedFuture(new SessionException(
                    failureKind != null ? failureKind : SessionException.Kind.SAVE_FAILED, failure));
        }
        if (pendingSave != null) {
            pendingSaveFile = file;
            return pendingSave;
        }
        long at = snapshot.step();
        publish(b -> b.file(file).savedStep(at));
        return CompletableFuture.completedFuture(file);
    }

    private Path pendingSaveFile;

    /** The engine gets to the pending save now: it saves at the current step, publishes, then completes it. */
    public synchronized void finishPendingSave() {
        long at = snapshot.step();
        Path file = pendingSaveFile;
        publish(b -> b.file(file).savedStep(at));
        CompletableFuture<Path> f = pendingSave;
        pendingSave = null;
        f.complete(file);
    }

    @Override
    public synchronized void setStopAt(long step) {
        calls.add("setStopAt " + step);
        publish(b -> b.stopAt(step));
    }

    @Override
    public synchronized CompletableFuture<ExperimentSummary> inspect(Path file) {
        calls.add("inspect " + file.getFileName());
        if (closed) {
            return refused();
        }
        if (failure != null) {
            return CompletableFuture.failedFuture(new SessionException(
                    failureKind != null ? failureKind : SessionException.Kind.FILE_UNREADABLE, failure));
        }
        ExperimentConfig c = configToOpen != null ? configToOpen : snapshot.config();
        return CompletableFuture.completedFuture(new ExperimentSummary(file, c, stepToOpen, referenceToOpen));
    }

    @Override
    public synchronized CompletableFuture<Void> closeAsync() {
        calls.add("closeAsync");
        closed = true;
        publish(b -> b.state(SessionState.CLOSED));
        return pendingClose != null ? pendingClose : CompletableFuture.completedFuture(null);
    }

    private static <T> CompletableFuture<T> refused() {
        return CompletableFuture.failedFuture(new SessionException(SessionException.Kind.CLOSED,
                "The session is closed."));
    }

    @Override
    public synchronized CompletableFuture<ExperimentConfig> open(Path file, LoadedDataset datasetOverride) {
        calls.add("open " + file.getFileName() + (datasetOverride == null ? "" : " with " + datasetOverride.count() + " images"));
        if (closed) {
            return refused();
        }
        if (failure != null) {
            return CompletableFuture.failedFuture(new SessionException(
                    failureKind != null ? failureKind : SessionException.Kind.FILE_UNREADABLE, failure));
        }
        ExperimentConfig c = configToOpen != null ? configToOpen : snapshot.config();
        LoadedDataset ds = datasetOverride != null ? datasetOverride : datasetToOpen != null ? datasetToOpen : snapshot.dataset();
        history = new MetricsHistory();
        grids.clear();
        publish(b -> b.state(SessionState.PAUSED).config(c).dataset(ds).step(0).metrics(history).grids(List.of())
                .file(file).learningRates(c.generatorOptimizer().learningRate(), c.discriminatorOptimizer().learningRate())
                .discriminatorSteps(c.discriminatorSteps()));
        train(stepToOpen);
        long opened = snapshot.step();
        publish(b -> b.state(SessionState.PAUSED).savedStep(opened));
        return CompletableFuture.completedFuture(c);
    }

    @Override
    public SessionSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public synchronized void close() {
        calls.add("close");
        publish(b -> b.state(SessionState.CLOSED));
    }

    // ---- for tests ----

    /** Publishes a changed copy of the current snapshot with the next version. */
    public synchronized void publish(java.util.function.UnaryOperator<SnapshotBuilder> change) {
        SnapshotBuilder b = change.apply(new SnapshotBuilder(snapshot));
        snapshot = b.version(snapshot.version() + 1).build();
    }

    /** Fakes {@code steps} training steps: smooth synthetic metrics and a grid every sample interval. */
    public synchronized void train(long steps) {
        ExperimentConfig c = snapshot.config();
        if (c == null) {
            throw new IllegalStateException("no experiment");
        }
        long step = snapshot.step();
        int every = Math.max(1, snapshot.sampleInterval());
        long stopAt = snapshot.stopAt();
        boolean stopped = false;
        for (long i = 0; i < steps; i++) {
            if (stopAt > 0 && step >= stopAt && snapshot.state() == SessionState.TRAINING) {
                stopped = true;
                break;
            }
            step++;
            history.add(syntheticMetrics(step));
            if (step % every == 0 || grids.isEmpty()) {
                grids.add(FakeImages.grid(step, c));
            }
        }
        long done = step;
        List<ImageBatch> g = List.copyOf(grids);
        publish(b -> b.step(done).metrics(history).grids(g).stepsPerSecond(snapshot.state() == SessionState.TRAINING ? 120 : 0)
                .last(history.size() > 0 ? history.get(history.size() - 1) : null));
        if (stopped || (stopAt > 0 && done == stopAt && snapshot.state() == SessionState.TRAINING)) {
            publish(b -> b.state(SessionState.PAUSED).stepsPerSecond(0).message("Reached the stop step " + stopAt));
        }
    }

    public static StepMetrics syntheticMetrics(long step) {
        double t = step / 500.0;
        double noise = Math.sin(step * 12.9898) * 0.15;
        return new StepMetrics(step, 1.38 - 0.4 * (1 - Math.exp(-t)) + noise, 0.7 + 0.8 * (1 - Math.exp(-t)) - noise,
                0.5 + 0.25 * (1 - Math.exp(-t)) + noise / 3, 0.5 - 0.2 * (1 - Math.exp(-t)) - noise / 3,
                1 + noise, 1 - noise, 8);
    }

    /** Calls that start with {@code prefix}. */
    public List<String> callsStartingWith(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
