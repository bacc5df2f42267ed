package org.ganstudio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.session.ExperimentSummary;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * Opening an experiment file in three steps: ask the session what the file holds ({@link TrainingControl#inspect}),
 * load its dataset through the dataset feature (progress, report, cancel, shown on the Dataset tab; skipped when
 * that very dataset is loaded already), then open the file on that data. When the file's dataset cannot be had, the
 * dataset loaded in the lab is offered instead.
 */
final class ExperimentOpening {

    /** Failures for which the loaded dataset can stand in. */
    private static final Set<SessionException.Kind> DATASET_FAILURES =
            EnumSet.of(SessionException.Kind.DATASET_UNAVAILABLE, SessionException.Kind.NO_DATASET_REFERENCE);

    /** What an open ends with: the config, the data it runs on, and the file. */
    interface Done {
        void opened(Path file, ExperimentConfig config, DataSelection data);
    }

    private final TrainingControl session;
    private final ExperimentWorkspace workspace;
    private final Supplier<DataSelection> loadedData;
    private final BackgroundRunner runner;
    private final Confirmer confirmer;
    private final Notifier notifier;

    ExperimentOpening(TrainingControl session, ExperimentWorkspace workspace, Supplier<DataSelection> loadedData,
                      BackgroundRunner runner, Confirmer confirmer, Notifier notifier) {
        this.session = Objects.requireNonNull(session, "session");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.loadedData = Objects.requireNonNull(loadedData, "loadedData");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /**
     * Opens {@code file}; {@code finished} runs on the UI thread in every case, {@code done} only on success.
     * Returns false (and does nothing else) when the file does not exist.
     */
    boolean open(Path file, Done done, Runnable finished) {
        if (!Files.isRegularFile(file)) {
            notifier.error(Texts.get("files.open.failed"), Texts.get("files.open.gone", file.toString()));
            return false;
        }
        notifier.info(Texts.get("files.opening", file.getFileName().toString()));
        call(() -> session.inspect(file)).whenComplete((summary, failure) -> runner.runOnUiThread(() -> {
            if (failure != null) {
                fail(file, failure, null, finished, done);
            } else {
                loadDataThenOpen(file, summary, done, finished);
            }
        }));
        return true;
    }

    private void loadDataThenOpen(Path file, ExperimentSummary summary, Done done, Runnable finished) {
        DataSelection loaded = loadedData.get();
        if (summary.dataset() == null) {
            offerLoaded(file, Texts.get("files.open.noDataset", file.getFileName().toString()), done, finished);
            return;
        }
        if (loaded != null && summary.dataset().equals(loaded.reference())) {
            openOn(file, loaded, done, finished);
            return;
        }
        workspace.loadDataset(summary.datasetPath(), summary.datasetOptions())
                .whenComplete((ds, failure) -> runner.runOnUiThread(() -> {
                    if (failure == null) {
                        openOn(file, DataSelection.of(ds), done, finished);
                    } else if (unwrap(failure) instanceof CancellationException) {
                        notifier.info(Texts.get("files.opening.cancelled", file.getFileName().toString()));
                        finished.run();
                    } else {
                        offerLoaded(file, Texts.get("files.open.datasetFailed", file.getFileName().toString(),
                                Failures.reason(failure)), done, finished);
                    }
                }));
    }

    private void openOn(Path file, DataSelection data, Done done, Runnable finished) {
        call(() -> session.open(file, data.dataset())).whenComplete((config, failure) -> runner.runOnUiThread(() -> {
            if (failure != null) {
                fail(file, failure, data, finished, done);
            } else if (config == null) {
                notifier.error(Texts.get("files.open.failed"), Texts.get("files.open.noSettings",
                        file.getFileName().toString()));
                finished.run();
            } else {
                finished.run();
                done.opened(file, config, data);
            }
        }));
    }

    /** A typed dataset failure offers the loaded dataset (unless that is what failed); anything else is shown. */
    private void fail(Path file, Throwable failure, DataSelection tried, Runnable finished, Done done) {
        DataSelection loaded = loadedData.get();
        if (DATASET_FAILURES.contains(Failures.kind(failure)) && loaded != null && loaded != tried) {
            offerLoaded(file, Failures.message(failure, Texts.get("files.open.couldNot", file.getFileName().toString())), done,
                    finished);
            return;
        }
        notifier.error(Texts.get("files.open.failed"),
                Failures.message(failure, Texts.get("files.open.couldNot", file.getFileName().toString())));
        finished.run();
    }

    /** @param problem why the file's own dataset cannot be used, as one complete sentence */
    private void offerLoaded(Path file, String problem, Done done, Runnable finished) {
        DataSelection loaded = loadedData.get();
        if (loaded != null && confirmer.confirm(Texts.get("files.useLoaded.title"), problem + "\n\n"
                + Texts.get("files.useLoaded.question", Integer.toString(loaded.dataset().count()),
                        loaded.dataset().shape().toString()), Texts.get("files.useLoaded.action"))) {
            openOn(file, loaded, done, finished);
            return;
        }
        notifier.error(Texts.get("files.open.failed"), problem);
        finished.run();
    }

    private static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
