package org.ganstudio.cli;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.session.DatasetReferences;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code train}: trains on a dataset without a window, writing progress to the terminal,
 * {@code metrics.csv}, sample grids as PNG and an experiment file (the app opens it too).
 */
final class TrainCommand {

    private final TrainOptions options;
    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(TrainOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws CliException, IOException {
        CliDevice.select(options.device(), err);
        Path datasetPath = options.dataset();
        Path outDir = options.out();
        int steps = options.steps();
        int sampleEvery = options.sampleEvery();
        int checkpointEvery = options.checkpointEvery();
        ExperimentFile.Contents resume = null;
        if (options.resume().isPresent()) {
            Path f = options.resume().get();
            try {
                resume = ExperimentFile.read(f);
            } catch (IOException e) {
                throw new CliException("--resume: " + e.getMessage());
            }
        }
        PrepareOptions prepare = PrepareOptions.defaults();
        if (resume != null && resume.dataset() != null) {
            prepare = DatasetReferences.options(resume.dataset());
        }
        if (options.size().isPresent()) {
            prepare = prepare.withImageSize(options.size().getAsInt());
        }
        if (options.channels().isPresent()) {
            prepare = prepare.withChannelMode(options.channels().get());
        }

        OutputFolder.prepare(outDir);   // refuse an unusable --out before loading or training anything
        LoadedDataset data = loadDataset(datasetPath, prepare);
        ExperimentConfig config = configFor(data, resume);
        CliDevice.report(err);
        return new HeadlessTraining(out, err).run(new HeadlessTraining.Plan(data, config,
                options.resume().orElse(null), outDir, steps, sampleEvery, checkpointEvery, options.seconds()));
    }

    private LoadedDataset loadDataset(Path path, PrepareOptions options) throws CliException {
        try {
            long[] lastPrint = {0};
            return new DatasetLoader().load(path, options, (done, total) -> {
                long now = System.nanoTime();
                if (total > 0 && (now - lastPrint[0] > 500_000_000L || done == total)) {
                    lastPrint[0] = now;
                    err.printf("loading %s: %d/%d files\r", path.getFileName(), done, total);
                    if (done == total) {
                        err.println();
                    }
                }
            }, () -> false);
        } catch (DatasetException e) {
            throw new CliException(e.getMessage());
        }
    }

    private ExperimentConfig configFor(LoadedDataset data, ExperimentFile.Contents resume) throws CliException {
        ExperimentConfig c;
        if (resume != null) {
            // TrainOptions.validate: no option changes a resumed experiment's config
            c = resume.config();
        } else if (options.config().isPresent()) {
            Path f = options.config().get();
            try {
                c = ConfigJson.read(f);
            } catch (IOException e) {
                throw new CliException("--config: cannot read " + f + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliException("--config: " + e.getMessage());
            }
        } else {
            c = options.preset().config(data.shape());
            out.println("preset: " + options.preset().id() + " (" + options.preset().description() + ")");
        }
        if (!c.imageShape().equals(data.shape())) {
            throw new CliException("the configuration is for " + c.imageShape() + " images but the dataset was "
                    + "prepared as " + data.shape() + " (use --size/--channels, or another config)");
        }
        if (options.seed().isPresent()) {
            c = c.withSeed(options.seed().getAsLong());
        }
        if (options.batch().isPresent()) {
            c = c.withBatchSize(options.batch().getAsInt());
        }
        if (options.loss().isPresent()) {
            c = c.withLoss(options.loss().get());
        }
        if (options.order().isPresent()) {
            c = c.withUpdateOrder(options.order().get());
        }
        var problems = c.validate();
        if (!problems.isEmpty()) {
            throw new CliException("invalid configuration: " + problems.get(0));
        }
        if (c.batchSize() > data.count()) {
            err.println("note: batch size " + c.batchSize() + " is larger than the dataset (" + data.count()
                    + " images); images repeat within a batch");
        }
        return c;
    }
}
