package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.engine.GeneratorReplica;
import org.ganstudio.engine.GeneratorReplica.Weights;

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
    private GeneratorReplica replica;
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
        if (replica == null || !replica.config().sameArchitecture(w.config())) {
            replica = new GeneratorReplica(w.config());
            applied = null;
        }
        int expected = r.count() * w.config().latentSize();
        if (r.count() < 1 || r.latents().length != expected) {
            problems.accept("Latent request ignored: expected " + expected + " values, got " + r.latents().length);
            return;
        }
        if (applied != w) {
            replica.load(w);
            applied = w;
        }
        results.accept(ImageBatch.fromTanh(w.step(), r.tag(), w.config().imageShape(), r.count(),
                replica.generate(r.latents(), r.count())));
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
