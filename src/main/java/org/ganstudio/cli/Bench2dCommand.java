package org.ganstudio.cli;

import org.ganstudio.dataset.plane.BuiltInDistribution;
import org.ganstudio.engine.plane.PlaneTrainer;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingSession;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench2d}: training steps per second of the default 2-D networks on the ring of 8 Gaussians, bare and
 * through the session (which also draws the 2-D view every 50 ms). Prints wall-clock and CPU-time rates: on a
 * shared machine the CPU-time rate says what one free core would do.
 */
final class Bench2dCommand {

    static final String HELP = """
            gan-studio bench2d [--steps N] [--warmup N] [--batch B]

            Times N training steps (default 3000, after 500 warm-up steps) of the default 2-D MLPs at batch B
            (default 256): once on the bare trainer, once through the session loop with its live views.
            """;

    private final CliArgs args;
    private final PrintStream out;

    Bench2dCommand(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        this.args = new CliArgs("bench2d", raw, Set.of("steps", "warmup", "batch"), Set.of());
        this.out = out;
    }

    int run() throws InterruptedException, CliException {
        int steps = args.integer("steps", 3000, 10, 10_000_000);
        int warmup = args.integer("warmup", 500, 0, 1_000_000);
        int batch = args.integer("batch", 256, 2, 4096);
        PlaneConfig config = PlaneConfig.defaults().withTraining(1, UpdateOrder.SIMULTANEOUS, batch);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "2-D bench: G and D %d x %d %s, latent %d, batch %d, %d cores, Java %s%n",
                config.generator().hiddenLayers(), config.generator().units(), config.generator().activation(),
                config.latentSize(), batch, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        PlaneTrainer t = new PlaneTrainer(config, BuiltInDistribution.RING8);
        for (int i = 0; i < warmup; i++) {
            t.trainStep();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            t.trainStep();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "trainer:  %.0f steps/s wall, %.0f steps/s per CPU second (%.3f ms CPU a step)%n",
                steps / wall, steps / cpu, 1000 * cpu / steps);

        try (TrainingSession session = new TrainingSession()) {
            session.newPlaneExperiment(config, BuiltInDistribution.RING8);
            session.setStopAt(warmup);
            session.start();
            await(session, warmup);
            long s0 = System.nanoTime();
            session.setStopAt(warmup + steps);
            session.start();
            await(session, warmup + steps);
            double sw = (System.nanoTime() - s0) / 1e9;
            out.printf(Locale.ROOT, "session:  %.0f steps/s wall, with the 2-D view redrawn every 50 ms%n",
                    steps / sw);
        }
        return 0;
    }

    private static void await(TrainingSession session, long step) throws InterruptedException {
        while (true) {
            SessionSnapshot s = session.snapshot();
            if (s.state() != SessionState.TRAINING && s.step() >= step || s.state() == SessionState.DIVERGED) {
                return;
            }
            Thread.sleep(2);
        }
    }
}
