package org.ganstudio.cli;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.engine.plane.PlaneTrainer;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingSession;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@code bench2d}: training steps per second of the default 2-D networks on the ring of 8 Gaussians, bare and
 * through the session (which also draws the 2-D view every 50 ms). Prints wall-clock and CPU-time rates: on a
 * shared machine the CPU-time rate says what one free core would do.
 */
final class Bench2dCommand {

    private final Bench2dOptions args;
    private final PrintStream out;

    Bench2dCommand(Bench2dOptions options, PrintStream out) {
        this.args = options;
        this.out = out;
    }

    int run() throws InterruptedException, CliException {
        int steps = args.steps();
        int warmup = args.warmup();
        int batch = args.batch();
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
