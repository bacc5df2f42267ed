package org.ganstudio.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.Activation;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;

/** Calibration: trains a setting and prints the health figures every 50 steps and every alarm (not a test). */
public final class HealthProbe {

    static ExperimentConfig small(int channels, int size, double gLr, double dLr, double dropout) {
        int start = size / 4;
        GeneratorSpec g = new GeneratorSpec(start, 32, true, Activation.LEAKY_RELU, 0.2, Upsampling.TRANSPOSED_CONV,
                List.of(new BlockSpec(16, 3, 2, true, Activation.LEAKY_RELU, 0.2, 0)), 3, 2);
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(16, 3, 2, false, Activation.LEAKY_RELU, 0.2, dropout),
                new BlockSpec(32, 3, 2, false, Activation.LEAKY_RELU, 0.2, dropout)));
        return new ExperimentConfig(new ImageShape(channels, size, size), 16, g, d, LossKind.NON_SATURATING,
                OptimizerSpec.adam(gLr, 0.5), OptimizerSpec.adam(dLr, 0.5), 1, 0, 32, 3, UpdateOrder.SIMULTANEOUS);
    }

    static LoadedDataset load(String name, int size, int max) throws Exception {
        return new DatasetLoader().load(Path.of("datasets/" + name), PrepareOptions.defaults().withImageSize(size)
                .withMaxImages(max), null, () -> false);
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        int steps = Integer.parseInt(args[1]);
        LoadedDataset data;
        ExperimentConfig c;
        switch (which) {
            case "default" -> { data = load("shapes", 32, 100000); c = small(3, 32, 2e-3, 2e-3, 0); }
            case "defaultf" -> { data = load("fashion-mnist-small", 28, 100000); c = small(1, 28, 2e-3, 2e-3, 0); }
            case "strong" -> { data = load("fashion-mnist-small", 28, 100000); c = small(1, 28, 1e-5, 2e-3, 0).withDiscriminatorSteps(3); }
            case "collapse" -> { data = load("fashion-mnist-small", 28, 100000); c = small(1, 28, 2e-2, 1e-4, 0); }
            case "osc" -> { data = load("fashion-mnist-small", 28, 100000); c = small(1, 28, 1e-2, 1e-2, 0); }
            case "overfit" -> { data = load("fashion-mnist-small", 28, Integer.parseInt(System.getProperty("max", "80"))); c = small(1, 28, 2e-3, 2e-3, 0).withDiscriminatorSteps(Integer.getInteger("dsteps", 5)); }
            case "explode" -> {
                data = load("fashion-mnist-small", 28, 100000);
                OptimizerSpec sgd = new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, Double.parseDouble(System.getProperty("lr", "0.01")), 0.5, 0.999, 0.9, 1e-8);
                c = small(1, 28, 2e-3, 2e-3, 0).withLoss(LossKind.LEAST_SQUARES);
                c = c.withOptimizers(c.generatorOptimizer(), sgd);
            }
            default -> throw new IllegalArgumentException(which);
        }
        if (args.length > 2) {
            c = c.withLoss(LossKind.valueOf(args[2]));
        }
        TrainingRun run = new TrainingRun(c, data, null);
        long t0 = System.nanoTime();
        double diag = 0, stepMs = 0;
        for (int i = 0; i < steps; i++) {
            TrainingRun.StepResult r = run.step(TrainingControl.StepKind.BOTH);
            if (r instanceof TrainingRun.StepResult.Kept k) {
                stepMs += k.metrics().stepMillis();
                diag += run.trainer().lastDiagnostics().millis();
            }
            if (i % 50 == 0) {
                run.drawGrid();
            }
            for (Alarm a : run.drainAlarms()) {
                System.out.println(a.cliLine());
            }
            if (r instanceof TrainingRun.StepResult.Diverged) {
                System.out.println("diverged at " + i);
                break;
            }
            MetricsView m = run.history().view();
            if ((i + 1) % 50 == 0) {
                int n = m.size() - 1;
                System.out.printf(Locale.ROOT, "%4d dL %.2f gL %.2f dx %.2f dgz %.2f accR %.2f accF %.2f sat %.2f dNorm %.3g gNorm %.3g dUp %.2g gUp %.2g held %.2f train %.2f div %.2f%n",
                        m.step(n) + 1, avg(m, 0), avg(m, 1), avg(m, 2), avg(m, 3), avg(m, 7), avg(m, 8), avg(m, 9),
                        avg(m, 4), avg(m, 5), avg(m, 10), avg(m, 11), avg(m, 12), avg(m, 13), avg(m, 14));
            }
        }
        System.out.printf(Locale.ROOT, "wall %.1f s, steps %.1f ms total %.0f, diagnostics %.1f ms (%.2f %%)%n",
                (System.nanoTime() - t0) / 1e9, stepMs / steps, stepMs, diag, 100 * diag / stepMs);
    }

    static double avg(MetricsView m, int col) {
        double s = 0;
        int k = 0;
        for (int i = Math.max(0, m.size() - 50); i < m.size(); i++) {
            double v = m.value(col, i);
            if (Double.isFinite(v)) {
                s += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }
}
