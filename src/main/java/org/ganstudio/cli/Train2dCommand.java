package org.ganstudio.cli;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.dataset.plane.PointCsv;
import org.ganstudio.imaging.PlanePlot;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.MlpSpec;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;
import org.ganstudio.model.plane.PlaneView;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingSession;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code train2d}: trains a 2-D experiment headless through the session's loop, prints quality and modes covered,
 * and writes plots (real vs generated points over D's heatmap) as PNG plus the quality history as CSV.
 */
final class Train2dCommand {

    private final Train2dOptions args;
    private final PrintStream out;

    Train2dCommand(Train2dOptions options, PrintStream out) {
        this.args = options;
        this.out = out;
    }

    int run() throws CliException, IOException, InterruptedException {
        PlaneDistribution data = dataset(args.dataset());
        Path dir = args.out();
        PlaneConfig config = config();
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new CliException(String.join("; ", problems));
        }
        int steps = args.steps();
        int plotEvery = args.plotEvery();
        OutputFolder.prepare(dir);
        long t0 = System.nanoTime();
        try (TrainingSession session = new TrainingSession()) {
            session.newPlaneExperiment(config, data);
            SessionSnapshot s = null;
            for (long target = Math.min(plotEvery, steps); ; target = Math.min(target + plotEvery, steps)) {
                session.setStopAt(target);
                session.start();
                s = awaitStop(session, target);
                if (s.state() == SessionState.DIVERGED) {
                    out.println(s.message());
                    return Cli.DIVERGED;
                }
                PlaneView v = s.plane();
                PlaneQuality q = v.latestQuality();
                out.println(describe(v.step(), q));
                String name = target == steps ? "plane-final.png" : String.format("plane-%07d.png", target);
                PlanePlot.writePng(dir.resolve(name), v, 640, data.id() + "  step " + v.step());
                if (target >= steps) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            writeQuality(dir.resolve("quality.csv"), s.plane().quality());
            writeMetrics(dir.resolve("metrics.csv"), s);
            out.printf(Locale.ROOT, "trained %d steps in %.1f s (%.0f steps/s including views); wrote %s%n",
                    steps, seconds, steps / seconds, dir.resolve("plane-final.png"));
            return 0;
        }
    }

    /** Waits until the session has stopped at {@code target} (or diverged). */
    private static SessionSnapshot awaitStop(TrainingSession session, long target) throws InterruptedException {
        while (true) {
            SessionSnapshot s = session.snapshot();
            if (s.state() == SessionState.DIVERGED || (s.state() == SessionState.PAUSED && s.step() >= target)) {
                try {
                    return session.afterQueuedCommands().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
    }

    static String describe(long step, PlaneQuality q) {
        String modes = q.modesCovered() < 0 ? "" : String.format(Locale.ROOT,
                "  modes covered %d/%d  near modes %.0f%%", q.modesCovered(), q.modeCount(), 100 * q.nearModes());
        return String.format(Locale.ROOT, "step %d  KL %.3f  JS %.3f%s", step, q.kl(), q.js(), modes);
    }

    private PlaneConfig config() throws CliException {
        PlaneConfig d = PlaneConfig.defaults();
        MlpSpec g = d.generator();
        MlpSpec dis = d.discriminator();
        int layers = args.layers().orElse(g.hiddenLayers());
        int units = args.units().orElse(g.units());
        g = g.withHiddenLayers(layers).withUnits(units);
        dis = dis.withHiddenLayers(layers).withUnits(units);
        double lrG = args.generatorLearningRate().orElse(d.generatorOptimizer().learningRate());
        double lrD = args.discriminatorLearningRate().orElse(d.discriminatorOptimizer().learningRate());
        OptimizerSpec og = d.generatorOptimizer().withLearningRate(lrG);
        OptimizerSpec od = d.discriminatorOptimizer().withLearningRate(lrD);
        return d.withLatentSize(args.latent().orElse(d.latentSize()))
                .withNetworks(g, dis)
                .withLoss(args.loss().orElse(d.loss()))
                .withOptimizers(og, od)
                .withTraining(args.discriminatorSteps().orElse(d.discriminatorSteps()), UpdateOrder.SIMULTANEOUS,
                        args.batch().orElse(d.batchSize()))
                .withSeed(args.seed().orElse(d.seed()));
    }

    static PlaneDistribution dataset(String value) throws CliException {
        var builtIn = BuiltInDistribution.byId(value);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new CliException("--dataset: '" + value + "' is neither a built-in distribution ("
                    + BuiltInDistribution.ids() + ") nor a CSV file");
        }
        try {
            return PointCsv.read(file);
        } catch (PointCsv.BadCsvException e) {
            throw new CliException("--dataset: " + e.getMessage());
        } catch (IOException e) {
            throw new CliException("--dataset: cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void writeQuality(Path file, List<PlaneQuality> quality) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("step,kl,js,modes_covered,mode_count,near_modes\n");
            for (PlaneQuality q : quality) {
                w.write(String.format(Locale.ROOT, "%d,%.6f,%.6f,%d,%d,%.4f%n", q.step(), q.kl(), q.js(),
                        q.modesCovered(), q.modeCount(), q.nearModes()));
            }
        }
    }

    private static void writeMetrics(Path file, SessionSnapshot s) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(MetricsHistory.CSV_HEADER + "\n");
            var m = s.metrics();
            for (int i = 0; i < m.size(); i++) {
                w.write(MetricsHistory.csvLine(m.get(i)) + "\n");
            }
        }
    }
}
