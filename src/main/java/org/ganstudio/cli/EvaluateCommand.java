package org.ganstudio.cli;

import org.ganstudio.model.QualityFigures;
import org.ganstudio.session.CheckpointEvaluation;
import org.ganstudio.session.SessionException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code evaluate}: scores a saved experiment's generator against real images and prints {@code name: value}. */
final class EvaluateCommand {

    static final String HELP = """
            gan-studio evaluate --checkpoint FILE [--dataset DIR] [--samples 512] [--seed S] [--device auto|cpu|gpu]

            Draws --samples images (at least 50) and compares them with the real images of --dataset (default:
            the dataset the experiment was trained on), in the fixed random-feature space described in README
            ("Quality"). Lower fid and kid are better; precision (fidelity) and recall (variety) run from 0 to 1;
            grid_diversity is about 1 when the fixed-noise grid is as varied as real images. The numbers compare
            runs on the same dataset only.
            """;

    private final CliArgs args;
    private final PrintStream out;
    private final PrintStream err;

    EvaluateCommand(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        this.args = new CliArgs("evaluate", raw, Set.of("checkpoint", "dataset", "samples", "seed", CliDevice.OPTION),
                Set.of());
        this.out = out;
        this.err = err;
    }

    int run() throws CliException {
        CliDevice.select(args, err);
        Path file = args.existingFile("checkpoint");
        Path dataset = args.has("dataset") ? Path.of(args.required("dataset")) : null;
        if (dataset != null && !Files.isDirectory(dataset) && !Files.isRegularFile(dataset)) {
            throw new CliException("--dataset: " + dataset + " does not exist");
        }
        int samples = args.integer("samples", 512, 0, 20_000);
        long seed = args.longValue("seed", 1);
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
