package org.ganstudio.session;

import org.ganstudio.dataset.BatchSampler;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepMetrics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A training session on its own engine thread, which owns every ND4J object. Commands are queued
 * to it; after each change it publishes an immutable {@link SessionSnapshot} that any thread can
 * read with {@link #snapshot()} (newest wins, nothing blocks).
 */
public final class TrainingSession implements TrainingControl {

    /** Seed offset of the sample grid's fixed noise (the UI derives grid cells' latents the same way). */
    public static final long GRID_NOISE_SALT = 0x5A4D4C45L;
    public static final int GRID_SIZE = 64;
    static final int MAX_GRIDS = 200;
    private static final long PUBLISH_INTERVAL_NANOS = 33_000_000L;
    private static final long EXPLORER_IDLE_NANOS = 5_000_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<SessionSnapshot> latest = new AtomicReference<>(SessionSnapshot.empty());
    private final AtomicReference<ImageBatch> latentResult = new AtomicReference<>();
    private final AtomicReference<LatentRenderer.Request> lastLatent = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final LatentRenderer renderer;
    private final Thread engine;
    /** When the latent explorer last asked for images; while it is in use the renderer gets fresh weights. */
    private volatile long lastLatentRequest = Long.MIN_VALUE / 2;
    private volatile boolean closing;

    // engine-thread state
    private GanTrainer trainer;
    private MetricsHistory history = new MetricsHistory();
    private LoadedDataset dataset;
    private DatasetReference reference;
    private Path file;
    private SessionState state = SessionState.EMPTY;
    private String message;
    private int sampleInterval = 50;
    private List<ImageBatch> grids = List.of();
    private float[] gridNoise;
    private long lastPublish;
    private double stepsPerSecond;

    public TrainingSession() {
        renderer = new LatentRenderer(
                b -> {
                    latentResult.set(b);
                    latest.updateAndGet(s -> s.withLatent(latentResult.get(), versions.incrementAndGet()));
                },
                m -> latest.updateAndGet(s -> s.withMessage(m, versions.incrementAndGet())));
        engine = new Thread(this::run, "gan-engine");
        engine.setDaemon(true);
        engine.start();
    }

    // ---- commands (any thread) ----

    @Override
    public void newExperiment(ExperimentConfig config, LoadedDataset data, DatasetReference ref) {
        submit(() -> {
            build(config, data, ref, null);
            showGenerator();
        });
    }

    @Override
    public void start() {
        submit(() -> {
            if (trainer != null && state.canTrain()) {
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
            if (trainer != null && state.canTrain()) {
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
            if (trainer != null) {
                build(trainer.config(), dataset, reference, file);
                showGenerator();
                message = "Reset: networks re-initialised from seed " + trainer.config().seed();
            }
        });
    }

    @Override
    public void updateHyperparameters(double generatorLr, double discriminatorLr, int discriminatorSteps) {
        submit(() -> {
            if (trainer != null) {
                trainer.setLearningRates(generatorLr, discriminatorLr);
                trainer.setDiscriminatorSteps(discriminatorSteps);
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
    public void renderLatent(long tag, float[] latents, int count) {
        long now = System.nanoTime();
        boolean wasIdle = now - lastLatentRequest > EXPLORER_IDLE_NANOS;
        lastLatentRequest = now;
        LatentRenderer.Request r = new LatentRenderer.Request(tag, latents.clone(), count);
        lastLatent.set(r);
        if (wasIdle) {
            // the renderer's copy of G may be many steps old: refresh it first (between two steps),
            // then render the newest request with it
            submit(() -> {
                offerWeights();
                renderer.request(lastLatent.get());
            });
        } else {
            renderer.request(r);
        }
    }

    @Override
    public CompletableFuture<Path> save(Path target) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        submit(() -> {
            if (trainer == null) {
                done.completeExceptionally(new IOException("There is no experiment to save yet"));
                return;
            }
            try {
                ExperimentFile.save(target, trainer, history, reference);
                file = target;
                message = "Saved " + target.getFileName() + " at step " + trainer.completedSteps();
                publish(true);
                done.complete(target);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(new IOException("Could not save " + target.getFileName() + ": "
                        + describe(e), e));
            }
        });
        return done;
    }

    @Override
    public CompletableFuture<ExperimentConfig> open(Path source, LoadedDataset datasetOverride) {
        CompletableFuture<ExperimentConfig> done = new CompletableFuture<>();
        submit(() -> {
            SessionState before = state;
            state = SessionState.LOADING;
            publish(true);
            try {
                ExperimentFile.Contents c = ExperimentFile.read(source);
                LoadedDataset data = datasetOverride;
                DatasetReference ref = c.dataset();
                if (data == null) {
                    if (ref == null) {
                        throw new IOException(source.getFileName() + " does not say which dataset it was trained on");
                    }
                    try {
                        data = new DatasetLoader().load(Path.of(ref.path()), DatasetReferences.options(ref), null,
                                () -> closing);
                    } catch (DatasetException e) {
                        throw new IOException("The experiment's dataset " + ref.path() + " cannot be loaded: "
                                + e.getMessage() + ". Choose its folder, then open the experiment again.", e);
                    }
                } else {
                    ref = DatasetReferences.of(data);
                }
                if (!data.shape().equals(c.config().imageShape())) {
                    throw new IOException("The experiment was trained on " + c.config().imageShape()
                            + " images but the dataset gives " + data.shape());
                }
                build(c.config(), data, ref, source);
                c.applyTo(trainer);
                history = c.history();
                showGenerator();
                state = SessionState.PAUSED;
                message = "Opened " + source.getFileName() + " at step " + trainer.completedSteps();
                publish(true);   // before completing: whoever waits on the future sees the opened run
                done.complete(c.config());
            } catch (IOException | RuntimeException e) {
                state = before == SessionState.LOADING ? SessionState.EMPTY : before;
                message = "Could not open " + source.getFileName() + ": " + describe(e);
                publish(true);
                done.completeExceptionally(new IOException(message, e));
            }
        });
        return done;
    }

    @Override
    public SessionSnapshot snapshot() {
        return latest.get();
    }

    @Override
    public void close() {
        closing = true;
        renderer.close();
        engine.interrupt();
        try {
            engine.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Runnable r) {
        if (!closing) {
            commands.add(r);
        }
    }

    // ---- engine thread ----

    private void run() {
        while (!closing) {
            try {
                Runnable cmd = state == SessionState.TRAINING ? commands.poll()
                        : commands.poll(250, TimeUnit.MILLISECONDS);
                while (cmd != null) {
                    try {
                        cmd.run();
                    } catch (RuntimeException e) {
                        message = "Could not do that: " + describe(e);
                    }
                    publish(true);
                    cmd = commands.poll();
                }
                if (state == SessionState.TRAINING) {
                    trainOnce(StepKind.BOTH);
                    if (System.nanoTime() - lastLatentRequest < EXPLORER_IDLE_NANOS) {
                        offerWeights();
                    }
                    if (trainer.completedSteps() % sampleInterval == 0) {
                        renderGrid();
                        publish(true);
                    } else {
                        publish(false);
                    }
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | OutOfMemoryError e) {
                state = trainer == null ? SessionState.EMPTY : SessionState.PAUSED;
                message = "The engine stopped: " + describe(e);
                publish(true);
            }
        }
        state = SessionState.CLOSED;
        publish(true);
    }

    private void build(ExperimentConfig config, LoadedDataset data, DatasetReference ref, Path from) {
        if (!data.shape().equals(config.imageShape())) {
            throw new IllegalArgumentException("the configuration is for " + config.imageShape()
                    + " images but the dataset has " + data.shape());
        }
        BatchSampler sampler = new BatchSampler(data, config.seed());
        trainer = new GanTrainer(config, sampler::fillBatch);
        dataset = data;
        reference = ref;
        file = from;
        history = new MetricsHistory();
        grids = List.of();
        latentResult.set(null);
        gridNoise = LatentNoise.gaussian(config.seed() ^ GRID_NOISE_SALT, GRID_SIZE, config.latentSize());
        state = SessionState.READY;
        message = null;
        stepsPerSecond = 0;
    }

    /** A grid of the generator as it is now, and its weights for the latent renderer. */
    private void showGenerator() {
        renderGrid();
        offerWeights();
    }

    private void trainOnce(StepKind kind) {
        StepMetrics m = switch (kind) {
            case BOTH -> trainer.trainStep();
            case DISCRIMINATOR -> trainer.trainDiscriminatorOnly();
            case GENERATOR -> trainer.trainGeneratorOnly();
        };
        if (trainer.lastStepDiverged()) {
            state = SessionState.DIVERGED;
            stepsPerSecond = 0;
            message = "Training diverged at step " + m.step() + ": a loss or gradient became "
                    + (Double.isNaN(m.dLoss()) || Double.isNaN(m.gLoss()) ? "NaN" : "infinite")
                    + ". The last good state is kept. Try a lower learning rate (e.g. half of it), "
                    + "the least-squares loss, or label smoothing 0.1, then press Start; or Reset.";
            return;
        }
        history.add(m);
        double rate = 1000.0 / Math.max(1e-3, m.stepMillis());
        stepsPerSecond = stepsPerSecond == 0 ? rate : 0.8 * stepsPerSecond + 0.2 * rate;
    }

    private void renderGrid() {
        ImageShape shape = trainer.config().imageShape();
        float[] img = trainer.generate(gridNoise, GRID_SIZE);
        List<ImageBatch> next = new ArrayList<>(grids);
        next.add(ImageBatch.fromTanh(trainer.completedSteps(), 0, shape, GRID_SIZE, img));
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
    }

    /** Hands the renderer a copy of G's current parameters (a few MB; only while the explorer is used). */
    private void offerWeights() {
        if (trainer != null) {
            renderer.offer(new LatentRenderer.Weights(trainer.config(), trainer.completedSteps(),
                    trainer.generator().params().toFloatVector(), trainer.generator().state().toFloatVector()));
        }
    }

    private void publish(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_INTERVAL_NANOS) {
            return;
        }
        lastPublish = now;
        ExperimentConfig config = trainer == null ? null : trainer.config();
        StepMetrics last = history.size() == 0 ? null : history.get(history.size() - 1);
        // a CAS loop with the renderer, which publishes latent images into the same reference
        latest.updateAndGet(prev -> new SessionSnapshot(versions.incrementAndGet(), state, config,
                trainer == null ? 0 : trainer.completedSteps(),
                last, history.view(), state == SessionState.TRAINING ? stepsPerSecond : 0, grids, latentResult.get(),
                message,
                dataset, reference, file,
                trainer == null ? 0 : trainer.generatorOptimizer().learningRate(),
                trainer == null ? 0 : trainer.discriminatorOptimizer().learningRate(),
                trainer == null ? 1 : trainer.discriminatorSteps(), sampleInterval, 0, -1)); // STAND-IN until main
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
