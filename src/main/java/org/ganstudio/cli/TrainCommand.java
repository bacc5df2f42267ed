package org.ganstudio.cli;

import org.ganstudio.dataset.BatchSampler;
import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.Presets;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.session.DatasetReferences;
import org.ganstudio.session.ImageBatch;
import org.ganstudio.session.TrainingSession;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

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
    private volatile boolean stopRequested;

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

        LoadedDataset data = loadDataset(datasetPath, options);
        ExperimentConfig config = configFor(data, resume);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("config.json"), ConfigJson.toJson(config));
        if (!data.report().skipped().isEmpty()) {
            Path report = outDir.resolve("dataset-report.txt");
            data.report().writeTo(report);
            err.println(data.report().skipped().size() + " files skipped; see " + report);
        }

        CliDevice.report(err);
        GanTrainer trainer = new GanTrainer(config, new BatchSampler(data, config.seed())::fillBatch);
        MetricsHistory history = new MetricsHistory();
        if (resume != null) {
            resume.applyTo(trainer);
            history = resume.history();
        }
        DatasetReference ref = DatasetReferences.of(data);
        Path experiment = outDir.resolve("experiment" + ExperimentFile.EXTENSION);
        Path metrics = outDir.resolve("metrics.csv");
        Files.writeString(metrics, history.toCsv(), StandardCharsets.UTF_8);
        float[] gridNoise = LatentNoise.gaussian(config.seed() ^ TrainingSession.GRID_NOISE_SALT,
                TrainingSession.GRID_SIZE, config.latentSize());

        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested = true;
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "train-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = 0;
        try (BufferedWriter csv = Files.newBufferedWriter(metrics, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            long first = trainer.completedSteps();
            long target = first + steps;
            out.printf(Locale.ROOT, "training %s on %d images (%s) from step %d to %d; output in %s%n",
                    describe(config), data.count(), data.shape(), first, target, outDir);
            writeGrid(trainer, gridNoise, outDir);
            long started = System.nanoTime();
            long lastPrint = 0;
            while (trainer.completedSteps() < target && !stopRequested) {
                StepMetrics m = trainer.trainStep();
                if (trainer.lastStepDiverged()) {
                    err.printf(Locale.ROOT, "training diverged at step %d (D loss %s, G loss %s): the last good state "
                                    + "is saved. Try a lower learning rate, the least-squares loss (--loss least-squares) "
                                    + "or a config with label smoothing.%n", m.step(), m.dLoss(), m.gLoss());
                    exit = Cli.DIVERGED;
                    break;
                }
                history.add(m);
                csv.write(MetricsHistory.csvLine(m));
                csv.newLine();
                long done = trainer.completedSteps();
                if (done % sampleEvery == 0) {
                    writeGrid(trainer, gridNoise, outDir);
                }
                if (done % checkpointEvery == 0) {
                    csv.flush();
                    ExperimentFile.save(experiment, trainer, history, ref);
                }
                long now = System.nanoTime();
                if (now - lastPrint > 1_000_000_000L || done == target) {
                    lastPrint = now;
                    double perStep = (now - started) / 1e9 / (done - first);
                    out.printf(Locale.ROOT, "step %d/%d  D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f  "
                                    + "%.2f steps/s  ETA %s%n", done, target, m.dLoss(), m.gLoss(), m.dReal(), m.dFake(),
                            1 / perStep, duration((long) (perStep * (target - done))));
                }
            }
            csv.flush();
            ExperimentFile.save(experiment, trainer, history, ref);
            writeGrid(trainer, gridNoise, outDir);
            Files.copy(outDir.resolve("samples").resolve(gridName(trainer.completedSteps())),
                    outDir.resolve("samples").resolve("latest.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out.printf("%s at step %d: %s%n", stopRequested ? "interrupted; saved" : "saved", trainer.completedSteps(),
                    experiment);
        } finally {
            finished.countDown();
            if (!stopRequested) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        }
        return exit;
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
            }, () -> stopRequested);
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

    private static String gridName(long step) {
        return String.format(Locale.ROOT, "step-%07d.png", step);
    }

    private static void writeGrid(GanTrainer t, float[] noise, Path outDir) throws IOException {
        float[] img = t.generate(noise, TrainingSession.GRID_SIZE);
        ImageBatch b = ImageBatch.fromTanh(t.completedSteps(), 0, t.config().imageShape(), TrainingSession.GRID_SIZE, img);
        PngGrid.write(b, outDir.resolve("samples").resolve(gridName(t.completedSteps())));
    }

    private static String describe(ExperimentConfig c) {
        return c.loss().name().toLowerCase(Locale.ROOT).replace('_', '-') + " GAN, batch " + c.batchSize()
                + ", " + c.updateOrder().name().toLowerCase(Locale.ROOT) + " updates";
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format("%02d", seconds % 3600 / 60) + "m";
    }
}
