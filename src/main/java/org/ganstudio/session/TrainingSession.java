package org.ganstudio.session;

import org.ganstudio.model.plane.PlaneView;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GeneratorReplica;
import org.ganstudio.engine.quality.QualityInputException;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.StepTrace;
import org.ganstudio.model.RealAndFake;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.model.plane.PlaneConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one training loop, on its own engine thread, which owns every ND4J object of the run. The app and the
 * command line both drive it: commands are queued; after each change it publishes an immutable
 * {@link SessionSnapshot} that any thread can read with {@link #snapshot()} (newest wins, nothing blocks), and a
 * {@link RunListener} hears every step, grid, save and stop on the engine thread.
 */
public final class TrainingSession implements TrainingControl {

    private static final System.Logger LOG = System.getLogger(TrainingSession.class.getName());

    private static final long PUBLISH_INTERVAL_NANOS = 33_000_000L;
    private static final long CLOSE_WAIT_MILLIS = 15_000;

    /** A queued command, and what to do with it if the session closes before it runs. */
    private record Command(Runnable body, Runnable onRefused) {
    }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<SessionSnapshot> latest = new AtomicReference<>(SessionSnapshot.empty());
    private final AtomicReference<ImageBatch> latentResult = new AtomicReference<>();
    private final AtomicReference<LatentRenderer.Request> lastLatent = new AtomicReference<>();
    /** Set by a latent request; the engine then hands the renderer fresh weights once, between two steps. */
    private final AtomicBoolean latentWanted = new AtomicBoolean();
    private final AtomicLong versions = new AtomicLong();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final RunListener listener;
    private final LatentRenderer renderer;
    private final Thread engine;
    private volatile boolean closing;

    // engine-thread state
    private TrainingRun run;
    private Path file;
    /** Written on the engine thread only; read by {@link #renderLatent} to know whether a step will follow. */
    private volatile SessionState state = SessionState.EMPTY;
    private String message;
    private int sampleInterval = 50;
    private long stopAt;
    private Path checkpointFile;
    private int checkpointEvery;
    private long lastPublish;
    private double stepsPerSecond;
    private long offeredVersion = -1;
    private TrainingRun offeredRun;
    private final AtomicLong weightCopies = new AtomicLong();
    private final QualityReferences qualityReferences = new QualityReferences();
    // ---- run tree: the first run and its branches; only the active one holds a trainer ----
    private final java.util.List<RunRecord> tree = new java.util.ArrayList<>();
    private RunRecord active;
    private int nextRunId = 1;
    private int keepEvery = KeptStates.DEFAULT_EVERY;
    private final AtomicReference<RunTree> runTree = new AtomicReference<>(RunTree.EMPTY);
    /** A followed run's checkpoint shown in the latent explorer while no run is here (else null). */
    private ExperimentConfig viewedConfig;
    private long viewedStep;
    // ---- 2-D lab: the session runs either an image run or a 2-D run ----
    private static final long PLANE_VIEW_INTERVAL_NANOS = 50_000_000L;
    private PlaneRun plane;
    private PlaneView planeView;
    private long planeSavedStep = -1;
    private long lastPlaneView;
    // ---- end 2-D lab ----

    public TrainingSession() {
        this(RunListener.NONE);
    }

    public TrainingSession(RunListener listener) {
        this.listener = listener;
        renderer = new LatentRenderer(
                b -> {
                    latentResult.set(b);
                    latest.updateAndGet(s -> s.withLatent(latentResult.get(), versions.incrementAndGet()));
                },
                m -> latest.updateAndGet(s -> s.withMessage(m, versions.incrementAndGet())));
        engine = new Thread(this::loop, "gan-engine");
        engine.setDaemon(true);
        engine.start();
    }

    // ---- commands (any thread) ----

    @Override
    public void newExperiment(ExperimentConfig config, LoadedDataset data, DatasetReference ref) {
        submit(() -> {
            install(new TrainingRun(config, data, ref, qualityReferences), null);
            showGenerator();
        });
    }

    // ---- 2-D lab ----
    /** Builds a fresh 2-D run (discarding any current run, image or 2-D). */
    @Override
    public void newPlaneExperiment(PlaneConfig config, PlaneDistribution data) {
        submit(() -> {
            installPlane(new PlaneRun(config, data));
            showGenerator();
        });
    }

    private void installPlane(PlaneRun next) {
        install(null, null);
        plane = next;
        planeSavedStep = -1;
    }

    private void savePlane(Path target, CompletableFuture<Path> done) {
        try {
            plane.save(target);
            file = target;
            planeSavedStep = plane.completedSteps();
            message = "Saved " + target.getFileName() + " at step " + plane.completedSteps();
            listener.saved(target, plane.completedSteps());
            publish(true);
            done.complete(target);
        } catch (IOException | RuntimeException e) {
            SessionException failure = new SessionException(SessionException.Kind.SAVE_FAILED,
                    "Could not save " + target.getFileName() + ": " + describe(e), e);
            message = failure.getMessage();
            publish(true);
            done.completeExceptionally(failure);
        }
    }

    /** Opens a {@code .gan2d} file; completes with a null image config (the snapshot's plane view shows it). */
    private void openPlane(Path source, CompletableFuture<ExperimentConfig> done) {
        try {
            org.ganstudio.engine.plane.PlaneFile.Contents c = org.ganstudio.engine.plane.PlaneFile.read(source);
            PlaneRun opened = new PlaneRun(c.config(), c.distribution());
            opened.restore(c);
            installPlane(opened);
            file = source;
            planeSavedStep = opened.completedSteps();
            state = SessionState.PAUSED;
            message = "Opened " + source.getFileName() + " at step " + opened.completedSteps();
            publish(true);
            done.complete(null);
        } catch (IOException | RuntimeException e) {
            SessionException failure = unreadable(source, e);
            message = failure.getMessage();
            publish(true);
            done.completeExceptionally(failure);
        }
    }

    private long completedSteps() {
        return plane != null ? plane.completedSteps() : run == null ? 0 : run.completedSteps();
    }

    private boolean hasRun() {
        return run != null || plane != null;
    }
    // ---- end 2-D lab ----

    @Override
    public void start() {
        submit(() -> {
            if (hasRun() && state.canTrain()) {
                if (stopAt > 0 && completedSteps() >= stopAt) {
                    message = "Already at step " + completedSteps() + "; raise or clear \"stop at\" to go on.";
                    return;
                }
                state = SessionState.TRAINING;
                message = null;
            }
        });
    }

    @Override
    public void pause() {
        submit(() -> {
            if (state == SessionState.TRAINING) {
                state = SessionState.PAUSED;
                stepsPerSecond = 0;
            }
        });
    }

    @Override
    public void step(StepKind kind) {
        submit(() -> {
            if (hasRun() && state.canTrain()) {
                trainOnce(kind);
                if (state != SessionState.DIVERGED) {
                    state = SessionState.PAUSED;
                }
                showGenerator();
            }
        });
    }

    @Override
    public void reset() {
        submit(() -> {
            if (plane != null) {   // 2-D lab
                installPlane(new PlaneRun(plane.config(), plane.data()));
                showGenerator();
                message = "Reset: networks re-initialised from seed " + plane.config().seed();
            } else if (run != null) {
                install(new TrainingRun(run.config(), run.dataset(), run.reference(), qualityReferences), file);
                showGenerator();
                message = "Reset: networks re-initialised from seed " + run.config().seed();
            }
        });
    }

    @Override
    public void updateHyperparameters(double generatorLr, double discriminatorLr, int discriminatorSteps) {
        submit(() -> {
            if (plane != null) {   // 2-D lab
                plane.trainer().setLearningRates(generatorLr, discriminatorLr);
                plane.trainer().setDiscriminatorSteps(discriminatorSteps);
            } else if (run != null) {
                run.trainer().setLearningRates(generatorLr, discriminatorLr);
                run.trainer().setDiscriminatorSteps(discriminatorSteps);
            }
        });
    }

    @Override
    public void setSampleInterval(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("sample interval must be at least 1 step");
        }
        submit(() -> sampleInterval = steps);
    }

    @Override
    public void setStopAt(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("stop step must be 0 (none) or positive");
        }
        submit(() -> stopAt = step);
    }

    /**
     * Saves the run to {@code target} after every {@code everySteps} completed steps while training (0: never).
     * A failed checkpoint pauses training with the reason.
     */
    public void setCheckpoint(Path target, int everySteps) {
        if (everySteps < 0) {
            throw new IllegalArgumentException("checkpoint interval must be 0 (none) or positive");
        }
        submit(() -> {
            checkpointFile = target;
            checkpointEvery = everySteps;
        });
    }

    @Override
    public void renderLatent(long tag, float[] latents, int count) {
        LatentRenderer.Request r = new LatentRenderer.Request(tag, latents.clone(), count);
        lastLatent.set(r);
        // answered at once with the weights the renderer has; fresher weights follow between two steps
        renderer.request(r);
        if (!latentWanted.getAndSet(true) && state != SessionState.TRAINING) {
            // no step will come soon to pick the flag up: refresh now
            submit(this::refreshLatent);
        }
    }

    @Override
    public CompletableFuture<Path> save(Path target) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        submit(() -> {
            if (plane != null) {   // 2-D lab
                savePlane(target, done);
                return;
            }
            if (run == null) {
                done.completeExceptionally(new SessionException(SessionException.Kind.NOTHING_TO_SAVE,
                        "There is no experiment to save yet."));
                return;
            }
            try {
                saveTo(target);
                message = "Saved " + target.getFileName() + " at step " + run.completedSteps();
                publish(true);
                done.complete(target);
            } catch (SessionException e) {
                LOG.log(System.Logger.Level.WARNING, "saving " + target + " failed", e);
                message = e.getMessage();
                publish(true);
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    @Override
    public CompletableFuture<ExperimentSummary> inspect(Path source) {
        CompletableFuture<ExperimentSummary> done = new CompletableFuture<>();
        submit(() -> {
            try {
                ExperimentFile.Contents c = read(source);
                done.complete(new ExperimentSummary(source, c.config(), c.step(), c.dataset()));
            } catch (SessionException e) {
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    @Override
    public CompletableFuture<ExperimentConfig> open(Path source, LoadedDataset datasetOverride) {
        CompletableFuture<ExperimentConfig> done = new CompletableFuture<>();
        submit(() -> {
            if (org.ganstudio.engine.plane.PlaneFile.isPlaneFile(source)) {   // 2-D lab
                openPlane(source, done);
                return;
            }
            SessionState before = state;
            state = SessionState.LOADING;
            publish(true);
            try {
                ExperimentFile.Contents c = read(source);
                LoadedDataset data = datasetOverride != null ? datasetOverride : loadDatasetOf(source, c);
                DatasetReference ref = datasetOverride != null ? DatasetReferences.of(datasetOverride) : c.dataset();
                if (!data.shape().equals(c.config().imageShape())) {
                    throw new SessionException(SessionException.Kind.SHAPE_MISMATCH, "Could not open "
                            + source.getFileName() + ": it was trained on " + c.config().imageShape()
                            + " images but the dataset gives " + data.shape() + ".");
                }
                TrainingRun opened = new TrainingRun(c.config(), data, ref, qualityReferences);
                try {
                    opened.restore(c, c.step());
                } catch (IOException | RuntimeException e) {
                    throw unreadable(source, e);
                }
                install(opened, source);
                showGenerator();
                state = SessionState.PAUSED;
                message = "Opened " + source.getFileName() + " at step " + run.completedSteps();
                publish(true);   // before completing: whoever waits on the future sees the opened run
                done.complete(c.config());
            } catch (SessionException e) {
                LOG.log(System.Logger.Level.WARNING, "opening " + source + " failed", e);
                state = before == SessionState.LOADING ? SessionState.EMPTY : before;
                message = e.getMessage();
                publish(true);
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    @Override
    public CompletableFuture<NearestImages> nearestTrainingImages(int cell, int k) {
        CompletableFuture<NearestImages> done = new CompletableFuture<>();
        submit(() -> {
            if (run == null) {
                done.completeExceptionally(new SessionException(SessionException.Kind.QUALITY_UNAVAILABLE,
                        "There is no experiment yet: load a dataset and create one first."));
                return;
            }
            try {
                done.complete(run.nearestTrainingImages(cell, k));
            } catch (QualityInputException e) {
                done.completeExceptionally(new SessionException(SessionException.Kind.QUALITY_UNAVAILABLE,
                        e.getMessage(), e));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    // ---- classroom (issue 15) ----
    @Override
    public CompletableFuture<StepTrace> traceStep(StepKind kind) {
        CompletableFuture<StepTrace> done = new CompletableFuture<>();
        submit(() -> {
            if (run == null || !state.canTrain()) {
                done.completeExceptionally(notReady(run == null
                        ? "There is no image experiment to step yet: load a dataset and create one first."
                        : "Pause training first: a step in slow motion runs while training is paused."));
                return;
            }
            run.trainer().traceNextStep();
            try {
                trainOnce(kind);
            } catch (RuntimeException | OutOfMemoryError e) {
                run.trainer().takeTrace();
                done.completeExceptionally(e);
                throw e;
            }
            StepTrace trace = run.trainer().takeTrace();
            if (state != SessionState.DIVERGED) {
                state = SessionState.PAUSED;
            }
            showGenerator();
            publish(true);   // before completing: whoever waits sees the step in the snapshot
            done.complete(trace);
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    @Override
    public CompletableFuture<RealAndFake> realAndFake(int count, long seed) {
        CompletableFuture<RealAndFake> done = new CompletableFuture<>();
        submit(() -> {
            if (run == null) {
                done.completeExceptionally(notReady(
                        "There is no image experiment yet: load a dataset and create one first."));
                return;
            }
            try {
                done.complete(RealAndFakeDraw.draw(run.trainer(), run.dataset(), count, seed));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    private static SessionException notReady(String message) {
        return new SessionException(SessionException.Kind.NOT_READY, message);
    }
    // ---- end classroom ----

    /**
     * Completes, with the snapshot of that moment, once every command queued before this call has run (for a
     * driver that must wait for, say, {@link #newExperiment} before it goes on).
     */
    public CompletableFuture<SessionSnapshot> afterQueuedCommands() {
        CompletableFuture<SessionSnapshot> done = new CompletableFuture<>();
        submit(() -> {
            publish(true);
            done.complete(latest.get());
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    /** How often G's weights were copied for the latent renderer (each copy is a few MB). */
    long weightCopies() {
        return weightCopies.get();
    }

    @Override
    public SessionSnapshot snapshot() {
        return latest.get();
    }

    /**
     * Runs what is already queued (a last save, say), then ends the engine thread; commands submitted after this
     * are refused. Never blocks the caller: the future completes when the engine thread has ended.
     */
    @Override
    public CompletableFuture<Void> closeAsync() {
        synchronized (commands) {
            if (!closing) {
                closing = true;
                commands.add(new Command(() -> { }, () -> { }));   // wakes an idle loop
            }
        }
        return ended;
    }

    /** Closes and waits (bounded) for the engine thread; not for the UI thread: use {@link #closeAsync()}. */
    @Override
    public void close() {
        try {
            closeAsync().get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            engine.interrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the engine ended with an error; it published the reason
        }
    }

    private void submit(Runnable body) {
        submit(body, () -> { });
    }

    private void submit(Runnable body, Runnable onRefused) {
        synchronized (commands) {
            if (closing) {
                onRefused.run();
                return;
            }
            commands.add(new Command(body, onRefused));
        }
    }

    private static SessionException closed() {
        return new SessionException(SessionException.Kind.CLOSED, "The training session is closed.");
    }

    // ---- run tree ----

    /** A run of the tree; while another run is active it waits as a continuation (plain arrays, no trainer). */
    private static final class RunRecord {
        final int id;
        final int parentId;
        final long parentStep;
        TrainingRun.Continuation parked;
        ExperimentConfig config;
        Path file;
        long savedStep = -1;

        RunRecord(int id, int parentId, long parentStep) {
            this.id = id;
            this.parentId = parentId;
            this.parentStep = parentStep;
        }
    }

    /**
     * Keeps the trainer state every {@code steps} steps from now on, in every run of this session (the branch
     * points; each state costs {@link #runs()}' {@code keptBytes} / kept count, bounded per run).
     */
    @Override
    public void setKeepEvery(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("keep a state every 1 or more steps");
        }
        submit(() -> {
            keepEvery = steps;
            if (run != null) {
                run.kept().setEvery(steps);
            }
            for (RunRecord r : tree) {
                if (r.parked != null) {
                    r.parked.kept().setEvery(steps);
                }
            }
        });
    }

    /**
     * A new run that continues run {@code runId} from exactly its state at {@code step} (which must be kept, or be
     * that run's current step), with {@code settings} (same networks; null: change nothing). The new run becomes the
     * active one, paused; the other runs wait and can be switched back to. Completes with the new run's id.
     */
    @Override
    public CompletableFuture<Integer> branch(int runId, long step, ExperimentConfig settings) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        submit(() -> {
            try {
                done.complete(branchNow(runId, step, settings));
            } catch (SessionException e) {
                message = e.getMessage();
                done.completeExceptionally(e);
            }
            publish(true);
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    private int branchNow(int runId, long step, ExperimentConfig settings) throws SessionException {
        RunRecord from = record(runId);
        TrainingRun.Continuation whole = from == active ? run.continuation() : from.parked;
        TrainingRun.Continuation c = whole.at(step);
        if (c == null) {
            throw new SessionException(SessionException.Kind.NO_KEPT_STATE, "Run " + runId + " kept no state at step "
                    + step + "; branch at a kept step (every " + whole.kept().every() + " steps).");
        }
        ExperimentConfig cfg = settings == null ? c.state().config() : settings;
        if (!cfg.sameArchitecture(c.state().config())) {
            throw new SessionException(SessionException.Kind.INVALID_BRANCH, "A branch keeps the networks of its "
                    + "parent; change learning rates, loss, optimisers, batch or seed instead.");
        }
        List<ExperimentConfig.Problem> problems = cfg.validate();
        if (!problems.isEmpty()) {
            throw new SessionException(SessionException.Kind.INVALID_BRANCH, "Cannot branch: " + problems.get(0));
        }
        TrainingRun next = new TrainingRun(cfg, run.dataset(), run.reference(), qualityReferences);
        next.continueFrom(c);
        if (settings != null) {
            next.trainer().setLearningRates(settings.generatorOptimizer().learningRate(),
                    settings.discriminatorOptimizer().learningRate());
            next.trainer().setDiscriminatorSteps(settings.discriminatorSteps());
        }
        next.kept().setEvery(keepEvery);
        park();
        RunRecord rec = new RunRecord(nextRunId++, runId, step);
        tree.add(rec);
        active = rec;
        activate(next, null);
        state = SessionState.PAUSED;
        showGenerator();
        message = "Run " + rec.id + " branched from run " + runId + " at step " + step + ".";
        return rec.id;
    }

    /** Makes run {@code runId} the active one (paused), where it stopped; the active one waits. */
    @Override
    public void switchRun(int runId) {
        submit(() -> {
            RunRecord to;
            try {
                to = record(runId);
            } catch (SessionException e) {
                message = e.getMessage();
                return;
            }
            if (to == active) {
                return;
            }
            TrainingRun.Continuation c = to.parked;
            TrainingRun next = new TrainingRun(to.config, run.dataset(), run.reference(), qualityReferences);
            next.continueFrom(c);
            next.setSavedStep(to.savedStep);
            park();
            to.parked = null;
            active = to;
            activate(next, to.file);
            state = SessionState.PAUSED;
            showGenerator();
            message = "Switched to run " + runId + " at step " + next.completedSteps() + ".";
        });
    }

    /**
     * Shows the generator of {@code checkpoint} (a followed run's newest) in the latent explorer, when this session
     * has no run of its own: a run here is never replaced by following another. The snapshot then carries the
     * checkpoint's config and step, and nothing can be trained.
     */
    @Override
    public void viewCheckpoint(Path checkpoint) {
        submit(() -> {
            if (run != null || plane != null) {
                return;
            }
            try {
                ExperimentFile.Contents c = read(checkpoint);
                renderer.offer(GeneratorReplica.weightsOf(c));
                viewedConfig = c.config();
                viewedStep = c.step();
                state = SessionState.READY;
                latentResult.set(null);
                LatentRenderer.Request r = lastLatent.get();
                if (r != null) {
                    renderer.request(r);
                }
            } catch (SessionException | java.io.IOException e) {
                message = e.getMessage();
            }
        });
    }

    /** The session's runs as they were at the last publication (newest wins; any thread). */
    @Override
    public RunTree runs() {
        return runTree.get();
    }

    private RunRecord record(int id) throws SessionException {
        for (RunRecord r : tree) {
            if (r.id == id) {
                return r;
            }
        }
        throw new SessionException(SessionException.Kind.INVALID_BRANCH, "There is no run " + id + ".");
    }

    /** Turns the active run into a waiting one (its trainer is dropped; its state stays as arrays). */
    private void park() {
        if (active == null || run == null) {
            return;
        }
        active.parked = run.continuation();
        active.config = run.config();
        active.file = file;
        active.savedStep = run.savedStep();
        stepsPerSecond = 0;
    }

    private void publishTree() {
        if (run == null || active == null) {
            runTree.set(RunTree.EMPTY);
            return;
        }
        List<RunInfo> infos = new java.util.ArrayList<>();
        for (RunRecord r : tree) {
            if (r == active) {
                KeptStates k = run.kept();
                infos.add(new RunInfo(r.id, r.parentId, r.parentStep, liveConfig(run), run.completedSteps(), true,
                        k.steps(), k.every(), k.bytes(), run.history().view(), run.grids(), run.quality(), file));
            } else if (r.parked != null) {
                TrainingRun.Continuation c = r.parked;
                infos.add(new RunInfo(r.id, r.parentId, r.parentStep, c.state().liveConfig(), c.state().step(), false,
                        c.kept().steps(), c.kept().every(), c.kept().bytes(), c.history().view(), c.grids(),
                        c.quality(), r.file));
            }
        }
        runTree.set(new RunTree(versions.incrementAndGet(), infos));
    }

    private static ExperimentConfig liveConfig(TrainingRun r) {
        ExperimentConfig c = r.config();
        return c.withOptimizers(c.generatorOptimizer().withLearningRate(r.trainer().generatorOptimizer().learningRate()),
                        c.discriminatorOptimizer().withLearningRate(r.trainer().discriminatorOptimizer().learningRate()))
                .withDiscriminatorSteps(r.trainer().discriminatorSteps());
    }

    // ---- engine thread ----

    private void loop() {
        try {
            while (true) {
                Command cmd = state == SessionState.TRAINING ? commands.poll() : commands.poll(250, TimeUnit.MILLISECONDS);
                while (cmd != null) {
                    runCommand(cmd);
                    cmd = commands.poll();
                }
                if (closing && commands.isEmpty()) {
                    break;
                }
                if (state == SessionState.TRAINING) {
                    trainingStep();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renderer.close();
            for (Command c; (c = commands.poll()) != null; ) {
                c.onRefused().run();
            }
            state = SessionState.CLOSED;
            publish(true);
            ended.complete(null);
        }
    }

    private void runCommand(Command cmd) {
        try {
            cmd.body().run();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.WARNING, "a session command failed", e);
            message = "Could not do that: " + describe(e);
        }
        publish(true);
    }

    private void trainingStep() {
        try {
            trainOnce(StepKind.BOTH);
            if (latentWanted.get()) {
                refreshLatent();
            }
            if (state != SessionState.TRAINING) {
                return;
            }
            long done = completedSteps();
            boolean atTarget = stopAt > 0 && done >= stopAt;
            if (run != null && checkpointFile != null && checkpointEvery > 0 && done % checkpointEvery == 0) {
                saveTo(checkpointFile);
            }
            if (run != null && (done % sampleInterval == 0 || atTarget)) {
                listener.gridDrawn(run.drawGrid());
                measureQualityIfDue();
            }
            if (atTarget) {
                state = SessionState.PAUSED;
                stepsPerSecond = 0;
                message = "Stopped at step " + done + ", as asked.";
                listener.stopped(RunListener.Stop.TARGET_REACHED, done, message);
                publish(true);
                return;
            }
            publish(done % sampleInterval == 0);
        } catch (SessionException e) {
            state = SessionState.PAUSED;
            stepsPerSecond = 0;
            message = e.getMessage() + " Training is paused.";
            listener.stopped(RunListener.Stop.FAILED, completedSteps(), message);
            publish(true);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "the engine stopped", e);
            state = hasRun() ? SessionState.PAUSED : SessionState.EMPTY;
            stepsPerSecond = 0;
            message = "The engine stopped: " + describe(e);
            listener.stopped(RunListener.Stop.FAILED, completedSteps(), message);
            publish(true);
        }
    }

    private void install(TrainingRun next, Path from) {
        viewedConfig = null;
        tree.clear();
        active = null;
        nextRunId = 1;
        if (next != null) {
            next.kept().setEvery(keepEvery);
            active = new RunRecord(nextRunId++, 0, -1);
            tree.add(active);
        }
        activate(next, from);
    }

    /** Makes {@code next} the run the session trains and shows, leaving the run tree as it is. */
    private void activate(TrainingRun next, Path from) {
        run = next;
        plane = null;   // 2-D lab
        planeView = null;
        file = from;
        latentResult.set(null);
        state = SessionState.READY;
        message = null;
        stepsPerSecond = 0;
    }

    /** A quality measurement when the time budget allows one (grid steps only, so figures land on round steps). */
    private void measureQualityIfDue() {
        if (run.qualityDue()) {
            QualityFigures q = run.measureQuality();
            if (q != null) {
                listener.quality(q);
            }
        }
    }

    /** A grid of the generator as it is now, and its weights for the latent renderer. */
    private void showGenerator() {
        if (plane != null) {   // 2-D lab: the next publication draws a fresh view
            lastPlaneView = 0;
            planeView = null;
            return;
        }
        listener.gridDrawn(run.drawGrid());
        refreshLatent();
    }

    private void trainOnce(StepKind kind) {
        TrainingRun.StepResult r = plane != null ? plane.step(kind) : run.step(kind);
        if (r instanceof TrainingRun.StepResult.Diverged d) {
            tellAlarms();
            state = SessionState.DIVERGED;
            stepsPerSecond = 0;
            message = d.message();
            listener.stopped(RunListener.Stop.DIVERGED, completedSteps(), message);
            publish(true);
            return;
        }
        StepMetrics m = ((TrainingRun.StepResult.Kept) r).metrics();
        tellAlarms();
        double rate = 1000.0 / Math.max(1e-3, m.stepMillis());
        stepsPerSecond = stepsPerSecond == 0 ? rate : 0.8 * stepsPerSecond + 0.2 * rate;
        listener.stepped(m, plane == null && run != null ? run.trainer().lastDiagnostics()
                : org.ganstudio.model.StepDiagnostics.NONE);
    }

    private void tellAlarms() {
        if (run != null) {
            for (org.ganstudio.model.Alarm a : run.drainAlarms()) {
                listener.alarm(a);
            }
        }
    }

    @Override
    public CompletableFuture<String> applyRemedy(org.ganstudio.model.Remedy remedy, long since) {
        CompletableFuture<String> done = new CompletableFuture<>();
        submit(() -> {
            if (run == null) {
                done.completeExceptionally(new SessionException(SessionException.Kind.REMEDY_UNAVAILABLE,
                        "There is no experiment to change."));
                return;
            }
            String said;
            if (remedy == org.ganstudio.model.Remedy.ROLL_BACK) {
                long to = run.rollBack(since);
                if (to < 0) {
                    SessionException e = new SessionException(SessionException.Kind.REMEDY_UNAVAILABLE,
                            "No state from before step " + since + " is kept in memory (states are kept every "
                                    + run.kept().every() + " steps; the oldest are thinned out as memory fills).");
                    message = e.getMessage();
                    done.completeExceptionally(e);
                    return;
                }
                if (state == SessionState.DIVERGED) {
                    state = SessionState.PAUSED;
                }
                showGenerator();
                said = "Rolled back to step " + to + ".";
            } else {
                ExperimentConfig c;
                try {
                    c = run.apply(remedy);
                } catch (IllegalArgumentException e) {
                    message = "Could not change that: " + describe(e);
                    done.completeExceptionally(new SessionException(SessionException.Kind.REMEDY_UNAVAILABLE,
                            message, e));
                    return;
                }
                if (state == SessionState.DIVERGED) {
                    state = SessionState.PAUSED;
                }
                said = switch (remedy) {
                    case LOWER_D_LEARNING_RATE -> "D's learning rate is now "
                            + run.trainer().discriminatorOptimizer().learningRate() + ".";
                    case LOWER_G_LEARNING_RATE -> "G's learning rate is now "
                            + run.trainer().generatorOptimizer().learningRate() + ".";
                    case D_TO_SGD -> "D now trains with SGD (momentum 0.9) at learning rate "
                            + c.discriminatorOptimizer().learningRate() + ".";
                    case LABEL_SMOOTHING -> "Label smoothing is now " + c.labelSmoothing() + ".";
                    case LEAST_SQUARES_LOSS -> "The loss is now least squares.";
                    case ROLL_BACK -> throw new IllegalStateException();
                };
            }
            message = said;
            publish(true);
            done.complete(said);
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    @Override
    public CompletableFuture<org.ganstudio.model.PixelGradients> pixelGradients(int cell) {
        CompletableFuture<org.ganstudio.model.PixelGradients> done = new CompletableFuture<>();
        submit(() -> {
            if (run == null) {
                done.completeExceptionally(new SessionException(SessionException.Kind.QUALITY_UNAVAILABLE,
                        "There is no experiment yet: load a dataset and create one first."));
                return;
            }
            try {
                done.complete(run.pixelGradients(cell));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, () -> done.completeExceptionally(closed()));
        return done;
    }

    /**
     * Hands the renderer a copy of G's parameters (a few MB) if they changed since the last copy, then re-renders
     * the newest latent request with them. Runs only when a latent request asked for it: an open explorer that
     * asks nothing costs the training loop nothing.
     */
    private void refreshLatent() {
        latentWanted.set(false);
        if (run == null) {
            return;
        }
        if (offeredRun != run || offeredVersion != run.generatorVersion()) {
            offeredRun = run;
            offeredVersion = run.generatorVersion();
            renderer.offer(GeneratorReplica.copyOf(run.trainer()));
            weightCopies.incrementAndGet();
            LatentRenderer.Request r = lastLatent.get();
            if (r != null) {
                renderer.request(r);
            }
        }
    }

    private void saveTo(Path target) throws SessionException {
        try {
            run.save(target);
        } catch (IOException | RuntimeException e) {
            throw new SessionException(SessionException.Kind.SAVE_FAILED,
                    "Could not save " + target.getFileName() + ": " + describe(e), e);
        }
        file = target;
        listener.saved(target, run.completedSteps());
    }

    private static ExperimentFile.Contents read(Path source) throws SessionException {
        try {
            return ExperimentFile.read(source);
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    private static SessionException unreadable(Path source, Exception e) {
        return new SessionException(SessionException.Kind.FILE_UNREADABLE,
                "Could not open " + source.getFileName() + ": " + describe(e), e);
    }

    private LoadedDataset loadDatasetOf(Path source, ExperimentFile.Contents c) throws SessionException {
        DatasetReference ref = c.dataset();
        if (ref == null) {
            throw new SessionException(SessionException.Kind.NO_DATASET_REFERENCE, "Could not open "
                    + source.getFileName() + ": it does not say which dataset it was trained on. Choose the dataset, "
                    + "then open the experiment again.");
        }
        try {
            return new DatasetLoader().load(Path.of(ref.path()), DatasetReferences.options(ref), null, () -> closing);
        } catch (DatasetException e) {
            throw new SessionException(SessionException.Kind.DATASET_UNAVAILABLE, "Could not open "
                    + source.getFileName() + ": its dataset " + ref.path() + " cannot be loaded (" + e.getMessage()
                    + "). Choose its folder, then open the experiment again.", e);
        }
    }

    private void publish(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_INTERVAL_NANOS) {
            return;
        }
        lastPublish = now;
        publishTree();
        if (plane != null) {   // 2-D lab
            publishPlane(now, force);
            return;
        }
        TrainingRun r = run;
        ExperimentConfig config = r == null ? viewedConfig : r.config();
        MetricsView metrics = r == null ? MetricsView.EMPTY : r.history().view();
        StepMetrics last = r == null || r.history().size() == 0 ? null : r.history().get(r.history().size() - 1);
        List<ImageBatch> grids = r == null ? List.of() : r.grids();
        // a CAS loop with the renderer, which publishes latent images into the same reference
        long viewed = viewedStep;
        latest.updateAndGet(prev -> new SessionSnapshot(versions.incrementAndGet(), state, config,
                r == null ? (config == null ? 0 : viewed) : r.completedSteps(),
                last, metrics, state == SessionState.TRAINING ? stepsPerSecond : 0, grids, latentResult.get(),
                message,
                r == null ? null : r.dataset(), r == null ? null : r.reference(), file,
                r == null ? 0 : r.trainer().generatorOptimizer().learningRate(),
                r == null ? 0 : r.trainer().discriminatorOptimizer().learningRate(),
                r == null ? 1 : r.trainer().discriminatorSteps(), sampleInterval, stopAt,
                r == null ? -1 : r.savedStep(), r == null ? QualityHistory.EMPTY : r.quality(), null,
                r == null ? org.ganstudio.model.HealthReport.EMPTY : r.health()));
    }

    // ---- 2-D lab ----
    /** The 2-D run's snapshot; its view is redrawn at most every 50 ms of training (always when forced). */
    private void publishPlane(long now, boolean force) {
        PlaneRun p = plane;
        if (planeView == null || force || now - lastPlaneView >= PLANE_VIEW_INTERVAL_NANOS) {
            planeView = p.view();
            lastPlaneView = now;
        }
        PlaneView view = planeView;
        MetricsView metrics = p.history().view();
        StepMetrics last = p.history().size() == 0 ? null : p.history().get(p.history().size() - 1);
        latest.updateAndGet(prev -> new SessionSnapshot(versions.incrementAndGet(), state, null, p.completedSteps(),
                last, metrics, state == SessionState.TRAINING ? stepsPerSecond : 0, List.of(), null, message,
                null, null, file, p.trainer().generatorLearningRate(), p.trainer().discriminatorLearningRate(),
                p.trainer().discriminatorSteps(), sampleInterval, stopAt, planeSavedStep, QualityHistory.EMPTY, view));
    }
    // ---- end 2-D lab ----

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
