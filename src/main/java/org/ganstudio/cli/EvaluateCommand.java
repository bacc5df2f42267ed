package org.ganstudio.cli;

import org.ganstudio.model.QualityFigures;
import org.ganstudio.session.CheckpointEvaluation;
import org.ganstudio.session.SessionException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code evaluate}: scores a saved experiment's generator against real images and prints {@code name: value}. */
final class EvaluateCommand {

    private final EvaluateOptions options;
    private final PrintStream out;
    private final PrintStream err;

    EvaluateCommand(EvaluateOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws CliException {
        CliDevice.select(options.device(), err);
        Path file = options.checkpoint();
        Path dataset = options.dataset().orElse(null);
        if (dataset != null && !Files.isDirectory(dataset) && !Files.isRegularFile(dataset)) {
            throw new CliException("--dataset: " + dataset + " does not exist");
        }
        int samples = options.samples();
        long seed = options.seed();
        CliDevice.report(err);
        CheckpointEvaluation.Result r;
        try {
            r = CheckpointEvaluation.evaluate(file, dataset, samples, seed);
        } catch (SessionException e) {
            throw new CliException(e.getMessage());
        }
        QualityFigures q = r.figures();
        line("checkpoint_step", Long.toString(q.step()));
        line("dataset_images", Integer.toString(r.dataset().count()));
        line("reference_images", Integer.toString(r.referenceImages()));
        line("samples", Integer.toString(q.samples()));
        line("feature_space", "random-conv-240 (fixed seed; not Inception)");
        line("fid", format(q.fid()));
        line("kid", format(q.kid()));
        line("kid_std", format(q.kidStd()));
        line("precision", format(q.precision()));
        line("recall", format(q.recall()));
        line("density", format(q.density()));
        line("coverage", format(q.coverage()));
        line("grid_diversity", format(q.diversity()));
        line("nearest_train_distance", format(r.nearestTrainMedian()));
        line("typical_real_neighbour_distance", format(r.typicalRealDistance()));
        line("evaluation_ms", Long.toString(q.millis()));
        return 0;
    }

    private void line(String name, String value) {
        out.println(name + ": " + value);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
