package org.ganstudio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.Presets;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.training.TrainingViewModel;

/**
 * New, Open, Save, Save As, the recent files and autosave. Knows whether there is training progress that no file
 * holds yet, asks before discarding it, and saves it to the autosave file every {@link #AUTOSAVE_INTERVAL_NANOS}
 * and on exit. Session futures complete on the engine thread; results come back through the {@link BackgroundRunner}.
 */
public final class ExperimentFilesViewModel {

    public static final String EXTENSION = ".ganstudio";
    public static final String DESCRIPTION = "GAN Studio experiments";
    public static final long AUTOSAVE_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final TrainingControl session;
    private final ObservableValue<SessionSnapshot> snapshots;
    private final TrainingViewModel training;
    private final HyperparametersViewModel settings;
    private final ObjectProperty<DataSelection> data;
    private final BackgroundRunner runner;
    private final FileDialogs dialogs;
    private final Confirmer confirmer;
    private final Notifier notifier;
    private final RecentFiles recentStore;
    private final Path autosaveFile;
    private final LongSupplier nanoClock;

    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasAutosave = new ReadOnlyBooleanWrapper(this, "hasAutosave");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "GAN Studio");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentReadOnly = FXCollections.unmodifiableObservableList(recent);
    private final BooleanBinding canSave;

    private long savedStep;
    private long autosavedStep = -1;
    private long lastAutosave;
    private Path lastDirectory;

    public ExperimentFilesViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                                    TrainingViewModel training, HyperparametersViewModel settings,
                                    ObjectProperty<DataSelection> data, BackgroundRunner runner, FileDialogs dialogs,
                                    Confirmer confirmer, Notifier notifier, RecentFiles recentStore, Path autosaveFile,
                                    LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.training = Objects.requireNonNull(training, "training");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.data = Objects.requireNonNull(data, "data");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.recentStore = Objects.requireNonNull(recentStore, "recentStore");
        this.autosaveFile = Objects.requireNonNull(autosaveFile, "autosaveFile");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastAutosave = nanoClock.getAsLong();
        canSave = training.hasExperimentProperty().and(busy.not());
        recent.setAll(recentStore.load());
        hasAutosave.set(Files.isRegularFile(autosaveFile));
        snapshots.subscribe(s -> updateUnsaved());
        currentFile.subscribe(f -> updateTitle());
    }

    // ---- outputs ----

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** True when training progressed since the last save or open. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** True while a save or open is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasAutosaveProperty() {
        return hasAutosave.getReadOnlyProperty();
    }

    /** Window title: "GAN Studio — run.ganstudio", with " •" while unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentReadOnly;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public Path autosaveFile() {
        return autosaveFile;
    }

    /** Where file dialogs start: the folder of the last file used, or null. */
    public Path lastDirectory() {
        return lastDirectory;
    }

    // ---- commands ----

    /** Fresh reference settings for the current data and fresh networks (after asking when progress would be lost). */
    public void newExperiment() {
        if (!mayDiscard("Start a new experiment")) {
            return;
        }
        settings.load(Presets.reference(data.get() != null ? data.get().dataset().shape() : settings.imageShape()));
        currentFile.set(null);
        savedStep = 0;
        training.newExperiment();
        notifier.info(data.get() == null ? "New experiment: load a dataset, then press Start"
                : "New experiment with the reference settings");
    }

    public void open() {
        dialogs.chooseOpen("Open experiment", DESCRIPTION, EXTENSION, lastDirectory).ifPresent(this::open);
    }

    public void openAutosave() {
        open(autosaveFile);
    }

    /** Opens {@code file}; its dataset is loaded again from where it was saved. */
    public void open(Path file) {
        if (busy.get() || !mayDiscard("Open " + file.getFileName())) {
            return;
        }
        open(file, null);
    }

    /** Opens {@code file} with {@code override} as its data, or with its saved dataset reference when null. */
    private void open(Path file, DataSelection override) {
        if (!Files.isRegularFile(file)) {
            notifier.error("Could not open the experiment", "The file " + file + " does not exist any more.");
            recent.setAll(recentStore.remove(file));
            return;
        }
        busy.set(true);
        notifier.info("Opening " + file.getFileName() + "…");
        CompletableFuture<ExperimentConfig> f;
        try {
            f = session.open(file, override == null ? null : override.dataset());
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((config, failure) -> runner.runOnUiThread(() -> opened(file, config, failure, override)));
    }

    private void opened(Path file, ExperimentConfig config, Throwable failure, DataSelection override) {
        busy.set(false);
        DataSelection loaded = data.get();
        if (failure != null && override == null && loaded != null
                && Failures.reason(failure).toLowerCase(java.util.Locale.ROOT).contains("dataset")
                && confirmer.confirm("Open with the loaded dataset",
                "Could not open " + file.getFileName() + ": " + Failures.reason(failure) + "\n\nOpen it with the dataset "
                        + "loaded in the lab instead (" + loaded.dataset().count() + " images of "
                        + loaded.dataset().shape() + ")?", "Use the loaded dataset")) {
            busy.set(true);
            open(file, loaded);
            return;
        }
        if (failure != null || config == null) {
            notifier.error("Could not open the experiment",
                    "Could not open " + file.getFileName() + ": " + (failure == null ? "it holds no settings" : Failures.reason(failure)));
            return;
        }
        SessionSnapshot s = session.snapshot();
        DataSelection opened = s != null && s.dataset() != null
                ? new DataSelection(s.dataset(), s.datasetReference()) : data.get();
        training.adoptOpened(config, opened);
        if (opened != null) {
            data.set(opened);
        }
        lastDirectory = file.toAbsolutePath().getParent();
        if (!file.equals(autosaveFile)) {
            currentFile.set(file);
            recent.setAll(recentStore.add(file));
        } else {
            currentFile.set(null);
        }
        savedStep = s != null ? s.step() : 0;
        autosavedStep = savedStep;
        updateUnsaved();
        notifier.info("Opened " + file.getFileName() + (s != null ? " at step " + s.step() : ""));
    }

    public void save() {
        Path f = currentFile.get();
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
        Path initial = currentFile.get() != null ? currentFile.get() : lastDirectory;
        dialogs.chooseSave("Save experiment", DESCRIPTION, EXTENSION, initial).ifPresent(this::saveTo);
    }

    public void saveTo(Path file) {
        if (!canSave.get()) {
            return;
        }
        Path target = withExtension(file);
        long step = snapshots.getValue() == null ? 0 : snapshots.getValue().step();
        busy.set(true);
        CompletableFuture<Path> f;
        try {
            f = session.save(target);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((path, failure) -> runner.runOnUiThread(() -> {
            busy.set(false);
            if (failure != null) {
                notifier.error("Could not save the experiment",
                        "Could not save to " + target.getFileName() + ": " + Failures.reason(failure));
                return;
            }
            Path saved = path != null ? path : target;
            currentFile.set(saved);
            lastDirectory = saved.toAbsolutePath().getParent();
            savedStep = step;
            recent.setAll(recentStore.add(saved));
            updateUnsaved();
            notifier.info("Saved " + saved.getFileName() + " at step " + step);
        }));
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    /** Call regularly (each frame is fine): autosaves when the interval passed and there is unsaved progress. */
    public void autosaveIfDue() {
        long now = nanoClock.getAsLong();
        if (now - lastAutosave < AUTOSAVE_INTERVAL_NANOS) {
            return;
        }
        lastAutosave = now;
        if (needsAutosave()) {
            autosave().thenRun(() -> runner.runOnUiThread(() -> notifier.info("Autosaved to " + autosaveFile)));
        }
    }

    /** On exit: saves unsaved progress to the autosave file. Completes (never exceptionally) when done. */
    public CompletableFuture<Void> saveForExit() {
        return needsAutosave() ? autosave() : CompletableFuture.completedFuture(null);
    }

    /**
     * Before a restart: makes sure a file holds the experiment and completes with it (null when there is no
     * experiment). Saved experiments without new progress are not written again; others go to their file, or to
     * the autosave file when they have none.
     */
    public CompletableFuture<Path> saveForRestart() {
        if (!training.hasExperimentProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = currentFile.get();
        if (file != null && !unsaved.get()) {
            return CompletableFuture.completedFuture(file);
        }
        Path target = file != null ? file : autosaveFile;
        try {
            return session.save(target).thenApply(p -> p != null ? p : target);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean needsAutosave() {
        SessionSnapshot s = snapshots.getValue();
        return unsaved.get() && s != null && s.step() != autosavedStep && !busy.get();
    }

    private CompletableFuture<Void> autosave() {
        long step = snapshots.getValue().step();
        CompletableFuture<Path> f;
        try {
            f = session.save(autosaveFile);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.handle((p, failure) -> {
            runner.runOnUiThread(() -> {
                if (failure == null) {
                    autosavedStep = step;
                    hasAutosave.set(true);
                } else {
                    notifier.info("Autosave failed: " + Failures.reason(failure));
                }
            });
            return null;
        });
    }

    // ---- internals ----

    private boolean mayDiscard(String action) {
        if (!unsaved.get()) {
            return true;
        }
        long step = snapshots.getValue() == null ? 0 : snapshots.getValue().step();
        return confirmer.confirm(action, "The current experiment has unsaved training (step " + step
                + "). Continue without saving it?", "Discard and continue");
    }

    private void updateUnsaved() {
        SessionSnapshot s = snapshots.getValue();
        boolean progress = training.hasExperimentProperty().get() && s != null && s.step() > 0 && s.step() != savedStep;
        if (progress != unsaved.get()) {
            unsaved.set(progress);
            updateTitle();
        }
    }

    private void updateTitle() {
        Path f = currentFile.get();
        title.set("GAN Studio" + (f == null ? "" : " — " + f.getFileName()) + (unsaved.get() ? " •" : ""));
    }

    /** For tests: what the recent list holds. */
    List<Path> recentSnapshot() {
        return List.copyOf(recent);
    }
}
