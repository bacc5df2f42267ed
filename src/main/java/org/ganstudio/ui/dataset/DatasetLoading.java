package org.ganstudio.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadCancelledException;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Texts;

/**
 * One dataset load at a time in the background, with progress and cancel, writing the report of each attempt. A
 * newer load supersedes an older one, whose answer is then dropped (and its future cancelled).
 */
final class DatasetLoading {

    private static final System.Logger LOG = System.getLogger(DatasetLoading.class.getName());

    static final String REPORT_FILE_NAME = "dataset-report.txt";

    /** How a load ended: the dataset or an error, the report written (may be null) and the preview. */
    record Outcome(LoadedDataset dataset, Path report, List<PreviewImage> preview, String error, boolean cancelled) {
    }

    private final DatasetLoader loader;
    private final BackgroundRunner runner;
    private final Path reportDirectory;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private int generation;
    private CompletableFuture<LoadedDataset> pending;

    DatasetLoading(DatasetLoader loader, BackgroundRunner runner, Path reportDirectory) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.reportDirectory = Objects.requireNonNull(reportDirectory, "reportDirectory");
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Loads {@code source}; {@code finish} gets the outcome on the UI thread. The returned future completes after
     * {@code finish} with the dataset, or exceptionally (with a {@link CancellationException} when cancelled or
     * superseded).
     */
    CompletableFuture<LoadedDataset> load(Path source, PrepareOptions options, Consumer<Outcome> finish) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        int mine = ++generation;
        if (pending != null) {
            pending.completeExceptionally(new CancellationException("superseded by a newer load"));
        }
        CompletableFuture<LoadedDataset> result = new CompletableFuture<>();
        pending = result;
        loading.set(true);
        progress.set(DatasetViewModel.INDETERMINATE);
        runner.run(() -> inBackground(source, options, cancel, mine),
                outcome -> end(outcome, mine, finish, result),
                failure -> end(new Outcome(null, null, List.of(), Texts.get("dataset.loadFailed", String.valueOf(failure)), false),
                        mine, finish, result));
        return result;
    }

    /** Asks a running load to stop; it ends with the message "Loading cancelled". */
    void cancel() {
        cancelFlag.set(true);
    }

    /** Runs on a worker thread: touches no property, publishes progress through the runner. */
    private Outcome inBackground(Path source, PrepareOptions options, AtomicBoolean cancel, int mine) {
        try {
            LoadedDataset ds = loader.load(source, options, (done, total) -> {
                double value = total == 0 ? DatasetViewModel.INDETERMINATE : (double) done / total;
                runner.runOnUiThread(() -> {
                    if (mine == generation && loading.get()) {
                        progress.set(value);
                    }
                });
            }, cancel::get);
            return new Outcome(ds, writeReport(ds.report()), PreviewImage.sample(ds, DatasetViewModel.PREVIEW_LIMIT),
                    null, false);
        } catch (DatasetException e) {
            Path report = e.report().map(this::writeReport).orElse(null);
            return new Outcome(null, report, List.of(), DatasetMessages.localize(e.getMessage()),
                    e instanceof LoadCancelledException);
        }
    }

    private void end(Outcome outcome, int mine, Consumer<Outcome> finish, CompletableFuture<LoadedDataset> result) {
        if (mine != generation) {
            return;
        }
        pending = null;
        loading.set(false);
        progress.set(outcome.error() != null ? 0 : 1);
        finish.accept(outcome);
        if (outcome.error() == null) {
            result.complete(outcome.dataset());
        } else if (outcome.cancelled()) {
            result.completeExceptionally(new CancellationException(outcome.error()));
        } else {
            result.completeExceptionally(new DatasetException(outcome.error()));
        }
    }

    private Path writeReport(org.ganstudio.dataset.LoadReport report) {
        Path file = reportDirectory.resolve(REPORT_FILE_NAME);
        try {
            report.writeTo(file);
            return file;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the dataset report " + file, e);
            return null; // the report is a convenience; loading itself succeeded or failed on its own terms
        }
    }
}
