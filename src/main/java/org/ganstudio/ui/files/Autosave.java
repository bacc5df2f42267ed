package org.ganstudio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * Saves unsaved progress to the autosave file every {@link #INTERVAL_NANOS} and on exit. An autosave does not count
 * as saving: the experiment stays unsaved until the user saves it to a file of their own.
 */
final class Autosave {

    static final long INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final TrainingControl session;
    private final ObservableValue<SessionSnapshot> snapshots;
    private final BackgroundRunner runner;
    private final Notifier notifier;
    private final Path file;
    private final LongSupplier nanoClock;
    private final BooleanSupplier progressToKeep;
    private final ReadOnlyBooleanWrapper exists = new ReadOnlyBooleanWrapper(this, "hasAutosave");
    private long autosavedStep = -1;
    private long lastAutosave;

    /** @param progressToKeep whether there is unsaved progress and no save or open under way */
    Autosave(TrainingControl session, ObservableValue<SessionSnapshot> snapshots, BackgroundRunner runner,
             Notifier notifier, Path file, LongSupplier nanoClock, BooleanSupplier progressToKeep) {
        this.session = Objects.requireNonNull(session, "session");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.file = Objects.requireNonNull(file, "file");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.progressToKeep = Objects.requireNonNull(progressToKeep, "progressToKeep");
        this.lastAutosave = nanoClock.getAsLong();
        exists.set(Files.isRegularFile(file));
    }

    Path file() {
        return file;
    }

    ReadOnlyBooleanProperty existsProperty() {
        return exists.getReadOnlyProperty();
    }

    /** An experiment was opened at {@code step}: that much is in a file already. */
    void opened(long step) {
        autosavedStep = step;
    }

    /** Autosaves when the interval passed and there is unsaved progress. */
    void ifDue() {
        long now = nanoClock.getAsLong();
        if (now - lastAutosave < INTERVAL_NANOS) {
            return;
        }
        lastAutosave = now;
        if (needed()) {
            save().thenRun(() -> runner.runOnUiThread(() -> notifier.outcome(Texts.get("files.autosaved", file.toString()))));
        }
    }

    /** Saves unsaved progress; completes (never exceptionally) when done. */
    CompletableFuture<Void> forExit() {
        return needed() ? save() : CompletableFuture.completedFuture(null);
    }

    private boolean needed() {
        SessionSnapshot s = snapshots.getValue();
        return progressToKeep.getAsBoolean() && s != null && s.step() != autosavedStep;
    }

    private CompletableFuture<Void> save() {
        long shown = snapshots.getValue().step();
        CompletableFuture<java.nio.file.Path> f;
        try {
            f = session.save(file);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.handle((p, failure) -> {
            // read where the engine saved before hopping threads: the UI thread may see a later snapshot
            long saved = failure == null ? SavedState.savedStepOf(session.snapshot(), shown) : -1;
            runner.runOnUiThread(() -> {
                if (failure == null) {
                    autosavedStep = saved;
                    exists.set(true);
                } else {
                    notifier.info(Texts.get("files.autosaveFailed", Failures.message(failure, Texts.get("files.couldNotWriteLower", file.toString()))));
                }
            });
            return null;
        });
    }
}
