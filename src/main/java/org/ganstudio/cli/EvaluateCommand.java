package org.ganstudio.cli;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.imaging.GridPng;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.session.CheckpointEvaluation;
import org.ganstudio.session.SessionException;

import java.io.IOException;
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
        Path dataset = options.dataset().orElse(null);
        if (dataset != null && !Files.isDirectory(dataset) && !Files.isRegularFile(dataset)) {
            throw new CliException("--dataset: " + dataset + " does not exist");
        }
        CliDevice.report(err);
        CheckpointEvaluation.Result r;
        try {
            if (options.images().isPresent()) {
                r = evaluatePicture(options.images().get(), dataset);
            } else {
                r = CheckpointEvaluation.evaluate(options.checkpoint(), dataset, options.samples(), options.seed());
            }
        } catch (SessionException e) {
            throw new CliException(e.getMessage());
        }
        QualityFigures q = r.figures();
        if (options.images().isEmpty()) {
            line("checkpoint_step", Long.toString(q.step()));
        }
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

    private CheckpointEvaluation.Result evaluatePicture(Path picture, Path dataset)
            throws CliException, SessionException {
        ArgbRaster raster;
        try {
            raster = GridPng.read(picture);
        } catch (IOException e) {
            throw new CliException("--images: " + e.getMessage());
        }
        int columns = options.columns();
        int side;
        try {
            side = GridPng.tileSide(raster, columns);
        } catch (IOException e) {
            throw new CliException("--images: " + picture.getFileName() + ": " + e.getMessage() + " (see --columns)");
        }
        if (!PrepareOptions.SUPPORTED_SIZES.contains(side)) {
            throw new CliException("--images: its tiles are " + side + " pixels wide; quality is measured at "
                    + PrepareOptions.SUPPORTED_SIZES + " pixels (check --columns)");
        }
        LoadedDataset data;
        try {
            data = new DatasetLoader().load(dataset, PrepareOptions.defaults().withImageSize(side), null, null);
        } catch (DatasetException e) {
            throw new CliException("--dataset: " + e.getMessage());
        }
        float[] tiles;
        try {
            tiles = GridPng.tiles(raster, columns, data.shape().channels());
        } catch (IOException e) {
            throw new CliException("--images: " + picture.getFileName() + ": " + e.getMessage());
        }
        int count = tiles.length / data.shape().size();
        line("images", Integer.toString(count));
        return CheckpointEvaluation.evaluateImages(data, tiles, count);
    }

    private void line(String name, String value) {
        out.println(name + ": " + value);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
