package org.ganstudio.session;

import org.ganstudio.engine.NetworkFactory;
import org.ganstudio.engine.nn.InferenceNetwork;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.ExperimentConfig;
import org.nd4j.linalg.factory.Nd4j;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Renders latent vectors on its own thread, with its own copy of the generator, so the latent
 * slider answers in milliseconds even while a training step is running on the engine thread. The
 * engine hands it plain-array copies of G's parameters ({@link #offer}); this thread owns every ND4J
 * object it touches. A newer request replaces an older one still waiting.
 */
final class LatentRenderer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LatentRenderer.class.getName());

    /** G's parameters and batch-norm statistics at one step, as plain arrays. */
    record Weights(ExperimentConfig config, long step, float[] params, float[] state) {
    }

    record Request(long tag, float[] latents, int count) {
    }

    private final AtomicReference<Weights> weights = new AtomicReference<>();
    private final AtomicReference<Request> request = new AtomicReference<>();
    private final Semaphore wake = new Semaphore(0);
    private final Consumer<ImageBatch> results;
    private final Consumer<String> problems;
    private final Thread thread;
    private volatile boolean closing;

    // render-thread state
    private ExperimentConfig config;
    private Network generator;
    private InferenceNetwork inference;
    private Weights applied;

    LatentRenderer(Consumer<ImageBatch> results, Consumer<String> problems) {
        this.results = results;
        this.problems = problems;
        thread = new Thread(this::run, "latent-render");
        thread.setDaemon(true);
        thread.start();
    }

    void offer(Weights w) {
        weights.set(w);
        wake.release();
    }

    void request(Request r) {
        request.set(r);
        wake.release();
    }

    private void run() {
        while (!closing) {
            try {
                wake.acquire();
                wake.drainPermits();
                Request r = request.get();
                Weights w = weights.get();
                if (r == null || w == null) {
                    continue;
                }
                if (!request.compareAndSet(r, null)) {
                    wake.release();   // a newer request arrived meanwhile: serve that one
                    continue;
                }
                render(r, w);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.log(System.Logger.Level.WARNING, "latent rendering failed", e);
                problems.accept("Could not render the latent images: " + e.getMessage());
            }
        }
    }

    private void render(Request r, Weights w) {
        if (config == null || !config.sameArchitecture(w.config())) {
            config = w.config();
            generator = NetworkFactory.generator(config);
            inference = null;
            applied = null;
        }
        int expected = r.count() * config.latentSize();
        if (r.count() < 1 || r.latents().length != expected) {
            problems.accept("Latent request ignored: expected " + expected + " values, got " + r.latents().length);
            return;
        }
        if (applied != w) {
            generator.params().assign(Nd4j.createFromArray(w.params()));
            generator.state().assign(Nd4j.createFromArray(w.state()));
            if (inference == null) {
                inference = InferenceNetwork.of(generator);
            } else {
                inference.refresh();
            }
            applied = w;
        }
        results.accept(ImageBatch.fromTanh(w.step(), r.tag(), config.imageShape(), r.count(),
                inference.forward(r.latents(), r.count())));
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
