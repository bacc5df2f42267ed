package org.ganstudio.cli;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.session.DatasetReferences;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.Presets;
import org.ganstudio.model.UpdateOrder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code train}: trains on a dataset without a window, writing progress to the terminal,
 * {@code metrics.csv}, sample grids as PNG and an experiment file (the app opens it too).
 */
final class TrainCommand {

    static final String HELP = """
            gan-studio train --dataset DIR|IDX --out DIR [options]

              --dataset PATH          image folder (recursive) or MNIST-format IDX file (.gz too)
              --out DIR               where metrics.csv, samples/ and experiment.ganstudio go
              --config FILE           experiment configuration (JSON); default: the reference DCGAN
              --steps N               steps to train in this run (default 1000)
              --seed S                random seed (default 42, or the config's)
              --batch N               batch size (default 64, or the config's)
              --size 28|32|64         image size the data is prepared at (default 32)
              --channels auto|grayscale|rgb    (default auto)
              --loss minimax|non-saturating|least-squares|hinge
              --order simultaneous|sequential  update order
              --sample-every N        write a sample grid every N steps (default 100)
              --checkpoint-every N    save the experiment every N steps (default 500)
              --resume FILE           continue a saved experiment (its config is used)
            """ + CliDevice.HELP_LINE + """

            Ctrl-C saves the experiment before exiting.
            """;

    private final CliArgs args;
    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        this.args = new CliArgs("train", raw, Set.of("dataset", "out", "config", "steps", "seed", "batch", "size",
                "channels", "loss", "order", "sample-every", "checkpoint-every", "resume", CliDevice.OPTION), Set.of());
        this.out = out;
        this.err = err;
    }

    int run() throws CliException, IOException {
        CliDevice.select(args, err);
        Path datasetPath = Path.of(args.required("dataset"));
        Path outDir = Path.of(args.required("out"));
        int steps = args.integer("steps", 1000, 1, 100_000_000);
        int sampleEvery = args.integer("sample-every", 100, 1, 100_000_000);
        int checkpointEvery = args.integer("checkpoint-every", 500, 1, 100_000_000);
        ExperimentFile.Contents resume = null;
        if (args.has("resume")) {
            Path f = args.existingFile("resume");
            try {
                resume = ExperimentFile.read(f);
            } catch (IOException e) {
                throw new CliException("--resume: " + e.getMessage());
            }
        }
        PrepareOptions options = PrepareOptions.defaults();
        if (resume != null && resume.dataset() != null) {
            options = DatasetReferences.options(resume.dataset());
        }
        if (args.has("size")) {
            int size = args.integer("size", 32, 1, 4096);
            if (!PrepareOptions.SUPPORTED_SIZES.contains(size)) {
                throw new CliException("--size must be one of " + PrepareOptions.SUPPORTED_SIZES + ", got " + size);
            }
            options = options.withImageSize(size);
        }
        if (args.has("channels")) {
            options = options.withChannelMode(args.choice("channels", ChannelMode.class, ChannelMode.AUTO));
        }

        OutputFolder.prepare(outDir);   // refuse an unusable --out before loading or training anything
        LoadedDataset data = loadDataset(datasetPath, options);
        ExperimentConfig config = configFor(data, resume);
        CliDevice.report(err);
        return new HeadlessTraining(out, err).run(new HeadlessTraining.Plan(data, config,
                resume == null ? null : args.existingFile("resume"), outDir, steps, sampleEvery, checkpointEvery));
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
            for (String o : List.of("config", "seed", "batch", "loss", "order")) {
                if (args.has(o)) {
                    throw new CliException("--" + o + " cannot change a resumed experiment (it keeps its config)");
                }
            }
            c = resume.config();
        } else if (args.has("config")) {
            Path f = args.existingFile("config");
            try {
                c = ConfigJson.read(f);
            } catch (IOException e) {
                throw new CliException("--config: cannot read " + f + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliException("--config: " + e.getMessage());
            }
        } else {
            c = Presets.reference(data.shape());
        }
        if (!c.imageShape().equals(data.shape())) {
            throw new CliException("the configuration is for " + c.imageShape() + " images but the dataset was "
                    + "prepared as " + data.shape() + " (use --size/--channels, or another config)");
        }
        if (args.has("seed")) {
            c = c.withSeed(args.longValue("seed", c.seed()));
        }
        if (args.has("batch")) {
            c = c.withBatchSize(args.integer("batch", c.batchSize(), 2, 1024));
        }
        if (args.has("loss")) {
            c = c.withLoss(args.choice("loss", LossKind.class, c.loss()));
        }
        if (args.has("order")) {
            c = c.withUpdateOrder(args.choice("order", UpdateOrder.class, c.updateOrder()));
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
