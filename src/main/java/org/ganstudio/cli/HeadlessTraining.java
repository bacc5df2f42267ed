package org.ganstudio.cli;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.StepDiagnostics;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.session.DatasetReferences;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.RunListener;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingSession;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives the one training loop ({@link TrainingSession}) without a window: the same steps, grids, divergence
 * handling and checkpoints as the app, written to an output folder — {@code metrics.csv} (a line per step),
 * {@code quality.csv} (a line per quality measurement), {@code samples/step-NNNNNNN.png},
 * {@code experiment.ganstudio} — with progress on the terminal.
 */
final class HeadlessTraining {

    /**
     * What to train and where to write it. {@code resume} is null for a new run. When {@code seconds} is not empty
     * the run is measured in seconds of training time instead of {@code steps}: it pauses at each, saves
     * {@code experiment-<S>s.ganstudio} and stops at the last.
     */
    record Plan(LoadedDataset data, ExperimentConfig config, Path resume, Path outDir, long steps, int sampleEvery,
                int checkpointEvery, double[] seconds) {

        Plan(LoadedDataset data, ExperimentConfig config, Path resume, Path outDir, long steps, int sampleEvery,
             int checkpointEvery) {
            this(data, config, resume, outDir, steps, sampleEvery, checkpointEvery, new double[0]);
        }

        boolean bySeconds() {
            return seconds.length > 0;
        }
    }

    /** How the run ended, as the main thread learns it. */
    private enum End { TARGET_REACHED, DIVERGED, FAILED, INTERRUPTED }

    /** How the run ended and the session's sentence about it (null when interrupted). */
    private record Ending(End end, String message) {
    }

    private static final long PRINT_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final PrintStream err;

    HeadlessTraining(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Plan plan) throws CliException, IOException {
        Path outDir = plan.outDir();
        Path experiment = OutputFolder.prepare(outDir);
        Files.writeString(outDir.resolve("config.json"), ConfigJson.toJson(plan.config()));
        if (!plan.data().report().skipped().isEmpty()) {
            Path report = outDir.resolve("dataset-report.txt");
            plan.data().report().writeTo(report);
            err.println(plan.data().report().skipped().size() + " files skipped; see " + report);
        }
        Path metrics = outDir.resolve("metrics.csv");
        Path samples = outDir.resolve("samples");
        CompletableFuture<Ending> ended = new CompletableFuture<>();
        try (BufferedWriter csv = Files.newBufferedWriter(metrics, StandardCharsets.UTF_8);
             QualityCsv quality = new QualityCsv(outDir.resolve("quality.csv"), out);
             Progress progress = new Progress(csv, quality, samples, ended);
             TrainingSession session = new TrainingSession(progress)) {
            SessionSnapshot start = begin(session, plan);
            long first = start.step();
            long target = plan.bySeconds() ? 0 : first + plan.steps();
            progress.history = start.metrics();
            progress.target = target;
            progress.session = session;
            progress.seconds = plan.seconds();
            progress.startedNanos = System.nanoTime();
            progress.firstStep = first;
            out.printf(Locale.ROOT, "training %s on %d images (%s) from step %d %s; output in %s%n",
                    describe(plan.config()), plan.data().count(), plan.data().shape(), first,
                    plan.bySeconds() ? "for " + secondsList(plan.seconds()) + " s of training" : "to " + target, outDir);

            CountDownLatch saved = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                // Ctrl-C: stop after the current step, let the main thread save, then let the JVM exit
                session.pause();
                ended.complete(new Ending(End.INTERRUPTED, null));
                awaitQuietly(saved);
            }, "train-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                session.setSampleInterval(plan.sampleEvery());
                session.setCheckpoint(experiment, plan.checkpointEvery());
                if (!plan.bySeconds()) {
                    session.setStopAt(target);
                }
                session.start();
                if (plan.bySeconds()) {
                    trainBySeconds(session, plan, progress, ended);
                }
                Ending ending = ended.join();
                End end = ending.end();
                progress.flush();
                out.println(quality.summary(progress.stepMillis));
                out.printf(Locale.ROOT, "health diagnostics took %.1f ms of %.1f s of training (%.2f %%)%n",
                        progress.diagnosticsMillis, progress.stepMillis / 1000,
                        100 * progress.diagnosticsMillis / Math.max(1e-9, progress.stepMillis));
                int exit = switch (end) {
                    case TARGET_REACHED, INTERRUPTED -> 0;
                    case DIVERGED -> {
                        err.println(ending.message() + " The last good state is saved.");
                        yield Cli.DIVERGED;
                    }
                    case FAILED -> {
                        err.println(ending.message());
                        yield 1;
                    }
                };
                long step = saveFinal(session, experiment);
                Path last = samples.resolve(gridName(progress.lastGridStep));
                if (Files.exists(last)) {
                    Files.copy(last, samples.resolve("latest.png"), StandardCopyOption.REPLACE_EXISTING);
                }
                out.printf(Locale.ROOT, "%s at step %d: %s%n", end == End.INTERRUPTED ? "interrupted; saved" : "saved",
                        step, experiment);
                return exit;
            } finally {
                saved.countDown();
                if (!ended.isDone() || ended.join().end() != End.INTERRUPTED) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException e) {
                        // already shutting down
                    }
                }
            }
        }
    }

    /**
     * Waits for each of the plan's seconds of training: the loop pauses itself there ({@link Progress#stepped}), the
     * run is saved as {@code experiment-<S>s.ganstudio} and goes on; after the last, the run has reached its target.
     * Returns early when the run ends otherwise (divergence, failure, Ctrl-C).
     */
    private void trainBySeconds(TrainingSession session, Plan plan, Progress progress,
                                CompletableFuture<Ending> ended) throws CliException, IOException {
        double[] seconds = plan.seconds();
        for (int i = 0; i < seconds.length; i++) {
            Long step = null;
            try {
                while (step == null && !ended.isDone()) {
                    step = progress.reached.poll(200, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("interrupted while training");
            }
            if (step == null) {
                return;
            }
            Path file = plan.outDir().resolve(checkpointName(seconds[i]));
            try {
                session.save(file).get();
            } catch (ExecutionException e) {
                throw new IOException(SessionException.of(e).getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while saving " + file, e);
            }
            out.printf(Locale.ROOT, "train_s: %s steps: %d checkpoint: %s%n", secondsList(new double[]{seconds[i]}),
                    step, file);
            if (i == seconds.length - 1) {
                ended.complete(new Ending(End.TARGET_REACHED, null));
            } else {
                session.start();
            }
        }
    }

    /** {@code experiment-60s.ganstudio}, {@code experiment-2.5s.ganstudio}. */
    static String checkpointName(double seconds) {
        return "experiment-" + secondsList(new double[]{seconds}) + "s.ganstudio";
    }

    private static String secondsList(double[] seconds) {
        StringBuilder b = new StringBuilder();
        for (double s : seconds) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s));
        }
        return b.toString();
    }

    /** Builds or restores the run and waits until the session shows it. */
    private static SessionSnapshot begin(TrainingSession session, Plan plan) throws CliException {
        try {
            if (plan.resume() != null) {
                session.open(plan.resume(), plan.data()).get();
            } else {
                session.newExperiment(plan.config(), plan.data(), DatasetReferences.of(plan.data()));
                session.afterQueuedCommands().get();
            }
        } catch (ExecutionException e) {
            throw new CliException("--resume: " + SessionException.of(e).getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted before training started");
        }
        SessionSnapshot s = session.snapshot();
        if (s.config() == null) {
            throw new CliException(s.message() == null ? "the run could not be built" : s.message());
        }
        return s;
    }

    private static long saveFinal(TrainingSession session, Path experiment) throws IOException {
        try {
            session.save(experiment).get();
        } catch (ExecutionException e) {
            throw new IOException(SessionException.of(e).getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving " + experiment, e);
        }
        return session.snapshot().step();
    }

    /**
     * The header (with one gradient-norm column per layer, named after {@code d}'s layers) and the lines of a resumed
     * run's history; diagnostics the history does not keep (per-layer norms) are NaN there.
     */
    private static void writeHeaderAndHistory(BufferedWriter csv, MetricsView history, StepDiagnostics d)
            throws IOException {
        csv.write(StepDiagnostics.csvHeader(d.dLayers(), d.gLayers()));
        csv.newLine();
        for (int i = 0; i < history.size(); i++) {
            StepDiagnostics old = new StepDiagnostics(history.value(MetricsView.D_ACC_REAL, i),
                    history.value(MetricsView.D_ACC_FAKE, i), history.value(MetricsView.D_SATURATED, i),
                    history.value(MetricsView.D_UPDATE_RATIO, i), history.value(MetricsView.G_UPDATE_RATIO, i),
                    history.value(MetricsView.D_HELD_OUT, i), history.value(MetricsView.D_TRAIN_SLICE, i),
                    history.value(MetricsView.FAKE_DIVERSITY, i), 0, new double[0], new double[0], List.of(),
                    List.of());
            csv.write(MetricsHistory.csvLine(history.get(i)) + "," + old.csvFields(d.dLayers().size(),
                    d.gLayers().size()));
            csv.newLine();
        }
    }

    static String gridName(long step) {
        return String.format(Locale.ROOT, "step-%07d.png", step);
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
            return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + "m";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The loop's events, on the engine thread: a CSV line per step, a PNG per grid, a progress line a second. */
    private final class Progress implements RunListener, AutoCloseable {
        private final BufferedWriter csv;
        private final QualityCsv quality;
        volatile double stepMillis;
        private final Path samples;
        private final CompletableFuture<Ending> ended;
        volatile long target;
        volatile TrainingSession session;
        volatile double[] seconds = new double[0];
        /** Steps at which the seconds of training were reached, for the main thread. */
        final BlockingQueue<Long> reached = new LinkedBlockingQueue<>();
        private int nextSeconds;
        volatile long firstStep;
        volatile long startedNanos;
        volatile long lastGridStep;
        /** A resumed run's history, written under the header at the first step (when the layers are known). */
        volatile MetricsView history = MetricsView.EMPTY;
        private boolean headerWritten;
        private int dLayers;
        private int gLayers;
        private long lastPrint;
        volatile double diagnosticsMillis;

        Progress(BufferedWriter csv, QualityCsv quality, Path samples, CompletableFuture<Ending> ended) {
            this.csv = csv;
            this.quality = quality;
            this.samples = samples;
            this.ended = ended;
        }

        @Override
        public void stepped(StepMetrics m, StepDiagnostics d) {
            stepMillis += m.stepMillis();
            diagnosticsMillis += d.millis();
            try {
                if (!headerWritten) {
                    headerWritten = true;
                    dLayers = d.dLayers().size();
                    gLayers = d.gLayers().size();
                    writeHeaderAndHistory(csv, history, d);
                }
                csv.write(MetricsHistory.csvLine(m) + "," + d.csvFields(dLayers, gLayers));
                csv.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long now = System.nanoTime();
            long done = m.step() + 1;   // metrics number steps from 0
            if (nextSeconds < seconds.length && stepMillis >= seconds[nextSeconds] * 1000) {
                nextSeconds++;
                session.pause();   // queued: it runs before the next step
                reached.add(done);
            }
            if (seconds.length > 0 && now - lastPrint > PRINT_INTERVAL_NANOS) {
                lastPrint = now;
                out.printf(Locale.ROOT, "step %d  D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f  trained %.1f/%s s%n",
                        done, m.dLoss(), m.gLoss(), m.dReal(), m.dFake(), stepMillis / 1000,
                        secondsList(new double[]{seconds[seconds.length - 1]}));
            }
            if (target > 0 && (now - lastPrint > PRINT_INTERVAL_NANOS || done == target)) {
                lastPrint = now;
                double perStep = (now - startedNanos) / 1e9 / Math.max(1, done - firstStep);
                out.printf(Locale.ROOT, "step %d/%d  D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f  "
                                + "%.2f steps/s  ETA %s%n", done, target, m.dLoss(), m.gLoss(), m.dReal(), m.dFake(),
                        1 / perStep, duration((long) (perStep * (target - done))));
            }
        }

        @Override
        public void gridDrawn(ImageBatch grid) {
            try {
                ImageFiles.writeGridPng(samples.resolve(gridName(grid.step())), grid);
                lastGridStep = grid.step();
                csv.flush();   // a follower (--follow) sees the lines up to each grid, not only at checkpoints
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void quality(org.ganstudio.model.QualityFigures q) {
            quality.write(q);
        }

        @Override
        public void alarm(Alarm a) {
            out.println(a.cliLine());
            // the same line in the output folder, where a follower (--follow) reads the alarms
            try {
                Files.writeString(samples.resolveSibling("alarms.txt"), a.cliLine() + System.lineSeparator(),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                err.println("could not write alarms.txt: " + e.getMessage());
            }
        }

        @Override
        public void saved(Path file, long step) {
            flush();
        }

        @Override
        public void stopped(Stop reason, long step, String message) {
            ended.complete(new Ending(switch (reason) {
                case TARGET_REACHED -> End.TARGET_REACHED;
                case DIVERGED -> End.DIVERGED;
                case FAILED -> End.FAILED;
            }, message));
        }

        void flush() {
            try {
                if (!headerWritten) {
                    headerWritten = true;
                    writeHeaderAndHistory(csv, history, StepDiagnostics.NONE);
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
