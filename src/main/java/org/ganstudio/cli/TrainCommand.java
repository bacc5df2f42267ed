package org.ganstudio.cli;

import org.ganstudio.dataset.BatchSampler;
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
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.Presets;
import org.ganstudio.model.StepMetrics;
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
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code train}: trains on a dataset without a window, writing progress to the terminal,
 * {@code metrics.csv}, sample grids as PNG and an experiment file (the app opens it too).
 */
final class TrainCommand {

    private final TrainOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean stopRequested;

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

        LoadedDataset data = loadDataset(datasetPath, prepare);
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
            c = Presets.reference(data.shape());
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
