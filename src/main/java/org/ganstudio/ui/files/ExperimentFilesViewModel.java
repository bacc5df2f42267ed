package org.ganstudio.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * New, Open, Save, Save As and the recent files. Asks before discarding progress that no file holds
 * ({@link SavedState}); opening goes through {@link ExperimentOpening}, autosaving through {@link Autosave}.
 * Session futures complete on the engine thread; results come back through the {@link BackgroundRunner}.
 */
public final class ExperimentFilesViewModel {

    public static final String EXTENSION = ".ganstudio";
    /** The file chooser's name for the file type. */
    public static String description() {
        return Texts.get("files.description");
    }
    public static final long AUTOSAVE_INTERVAL_NANOS = Autosave.INTERVAL_NANOS;

    private final TrainingControl session;
    private final ObservableValue<SessionSnapshot> snapshots;
    private final ExperimentWorkspace workspace;
    private final ObjectProperty<DataSelection> data;
    private final BackgroundRunner runner;
    private final FileDialogs dialogs;
    private final Confirmer confirmer;
    private final Notifier notifier;
    private final RecentFiles recentStore;
    private final SavedState saved = new SavedState();
    private final Autosave autosave;
    private final ExperimentOpening opening;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentReadOnly = FXCollections.unmodifiableObservableList(recent);
    private final BooleanBinding canSave;
    private Path lastDirectory;

    public ExperimentFilesViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                                    ExperimentWorkspace workspace, ObjectProperty<DataSelection> data,
                                    BackgroundRunner runner, FileDialogs dialogs, Confirmer confirmer,
                                    Notifier notifier, RecentFiles recentStore, Path autosaveFile,
                                    LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.data = Objects.requireNonNull(data, "data");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.recentStore = Objects.requireNonNull(recentStore, "recentStore");
        this.autosave = new Autosave(session, snapshots, runner, notifier, autosaveFile, nanoClock,
                () -> saved.unsavedProperty().get() && !busy.get());
        this.opening = new ExperimentOpening(session, workspace, data::get, runner, confirmer, notifier);
        canSave = BooleanExpression.booleanExpression(workspace.hasExperimentProperty()).and(busy.not());
        recent.setAll(recentStore.load());
        snapshots.subscribe(s -> updateUnsaved());
    }

    // ---- outputs ----

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return saved.currentFileProperty();
    }

    /** True when training progressed since the last save or open. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return saved.unsavedProperty();
    }

    /** True while a save or open is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasAutosaveProperty() {
        return autosave.existsProperty();
    }

    /** Window title: "GAN Studio — run.ganstudio", with " •" while unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return saved.titleProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentReadOnly;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public Path autosaveFile() {
        return autosave.file();
    }

    /** Where file dialogs start: the folder of the last file used, or null. */
    public Path lastDirectory() {
        return lastDirectory;
    }

    // ---- commands ----

    /** Fresh reference settings for the current data and fresh networks (after asking when progress would be lost). */
    public void newExperiment() {
        if (!mayDiscard(Texts.get("files.new.action"))) {
            return;
        }
        saved.savedAs(null, 0);
        workspace.startNewExperiment();
        notifier.info(data.get() == null ? Texts.get("files.new.noData")
                : Texts.get("files.new.reference"));
    }

    public void open() {
        dialogs.chooseOpen(Texts.get("files.open.title"), description(), EXTENSION, lastDirectory).ifPresent(this::open);
    }

    public void openAutosave() {
        open(autosave.file());
    }

    /** Opens {@code file} with its own dataset, loaded on the Dataset tab first. */
    public void open(Path file) {
        if (busy.get() || !mayDiscard(Texts.get("files.open.action", file.getFileName().toString()))) {
            return;
        }
        busy.set(true);
        if (!opening.open(file, this::opened, () -> busy.set(false))) {
            busy.set(false);
            recent.setAll(recentStore.remove(file));
        }
    }

    private void opened(Path file, ExperimentConfig config, DataSelection opened) {
        SessionSnapshot s = session.snapshot();
        workspace.adoptOpened(config, opened);
        data.set(opened);
        lastDirectory = file.toAbsolutePath().getParent();
        boolean isAutosave = file.equals(autosave.file());
        long step = SavedState.savedStepOf(s, s != null ? s.step() : 0);
        saved.savedAs(isAutosave ? null : file, step);
        if (!isAutosave) {
            recent.setAll(recentStore.add(file));
        }
        autosave.opened(step);
        updateUnsaved();
        notifier.info(s != null ? Texts.get("files.opened.atStep", file.getFileName().toString(), Long.toString(s.step()))
                : Texts.get("files.opened", file.getFileName().toString()));
    }

    public void save() {
        Path f = saved.file();
        if (f == null) {
            saveAs();
        } else {
            saveTo(f);
        }
    }

    public void saveAs() {
        if (!canSave.get()) {
            return;
        }
        Path initial = saved.file() != null ? saved.file() : lastDirectory;
        dialogs.chooseSave(Texts.get("files.save.title"), description(), EXTENSION, initial).ifPresent(this::saveTo);
    }

    public void saveTo(Path file) {
        if (!canSave.get()) {
            return;
        }
        Path target = withExtension(file);
        long shown = snapshots.getValue() == null ? 0 : snapshots.getValue().step();
        busy.set(true);
        save(target).whenComplete((path, failure) -> {
            long step = failure == null ? SavedState.savedStepOf(session.snapshot(), shown) : -1;
            runner.runOnUiThread(() -> {
                busy.set(false);
                if (failure != null) {
                    notifier.error(Texts.get("files.save.failed"),
                            Failures.message(failure, Texts.get("files.save.couldNot", target.getFileName().toString())));
                    return;
                }
                Path written = path != null ? path : target;
                saved.savedAs(written, step);
                lastDirectory = written.toAbsolutePath().getParent();
                recent.setAll(recentStore.add(written));
                updateUnsaved();
                notifier.outcome(Texts.get("files.saved", written.getFileName().toString(), Long.toString(step)));
            });
        });
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    /** Call regularly (each frame is fine): autosaves when the interval passed and there is unsaved progress. */
    public void autosaveIfDue() {
        autosave.ifDue();
    }

    /** On exit: saves unsaved progress to the autosave file. Completes (never exceptionally) when done. */
    public CompletableFuture<Void> saveForExit() {
        return autosave.forExit();
    }

    /**
     * Before a restart: makes sure a file holds the experiment and completes with it (null when there is no
     * experiment). Saved experiments without new progress are not written again; others go to their file, or to
     * the autosave file when they have none.
     */
    public CompletableFuture<Path> saveForRestart() {
        if (!workspace.hasExperimentProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = saved.file();
        if (file != null && !saved.unsavedProperty().get()) {
            return CompletableFuture.completedFuture(file);
        }
        Path target = file != null ? file : autosave.file();
        return save(target).thenApply(p -> p != null ? p : target);
    }

    // ---- internals ----

    private CompletableFuture<Path> save(Path target) {
        try {
            return session.save(target);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean mayDiscard(String action) {
        if (!saved.unsavedProperty().get()) {
            return true;
        }
        long step = snapshots.getValue() == null ? 0 : snapshots.getValue().step();
        return confirmer.confirm(action, Texts.get("files.discard.message", Long.toString(step)),
                Texts.get("files.discard.action"));
    }

    private void updateUnsaved() {
        saved.update(snapshots.getValue(), workspace.hasExperimentProperty().get());
    }

    /** For tests: what the recent list holds. */
    List<Path> recentSnapshot() {
        return List.copyOf(recent);
    }
}
