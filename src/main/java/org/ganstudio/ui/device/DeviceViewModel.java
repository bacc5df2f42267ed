package org.ganstudio.ui.device;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * Settings → device: Auto, CPU or GPU. Applying saves the choice; the lab then offers to restart at once, saving the
 * experiment first and reopening it in the new window.
 */
public final class DeviceViewModel {

    private final DeviceControl control;
    private final Supplier<CompletableFuture<Path>> saveForRestart;
    private final BackgroundRunner runner;
    private final Confirmer confirmer;
    private final Notifier notifier;
    private final Runnable closeWindow;

    private final ObjectProperty<DevicePreference> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyObjectWrapper<DevicePreference> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final BooleanBinding changed;

    /**
     * @param saveForRestart makes sure a file holds the experiment; completes with it (null without experiment)
     * @param closeWindow    closes this window without the exit autosave (the experiment was saved for the restart)
     */
    public DeviceViewModel(DeviceControl control, Supplier<CompletableFuture<Path>> saveForRestart, BackgroundRunner runner,
                           Confirmer confirmer, Notifier notifier, Runnable closeWindow) {
        this.control = Objects.requireNonNull(control, "control");
        this.saveForRestart = Objects.requireNonNull(saveForRestart, "saveForRestart");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.closeWindow = Objects.requireNonNull(closeWindow, "closeWindow");
        saved.set(control.saved());
        choice.set(saved.get());
        current.set(control.current());
        changed = choice.isNotEqualTo(saved);
    }

    public ObjectProperty<DevicePreference> choiceProperty() {
        return choice;
    }

    public ReadOnlyObjectProperty<DevicePreference> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** E.g. "Now computing on CPU (AMD EPYC, 2 threads)". */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanBinding changedProperty() {
        return changed;
    }

    /** "Auto (GPU if usable)", "CPU", "GPU". */
    public static String name(DevicePreference p) {
        return p == DevicePreference.AUTO ? Texts.get("device.auto") : p.name().toUpperCase(Locale.ROOT);
    }

    /** Saves the choice, then offers to restart now with the experiment saved and reopened. */
    public void apply() {
        DevicePreference p = choice.get();
        if (p == null || !changed.get()) {
            return;
        }
        try {
            control.save(p);
        } catch (Exception e) {
            notifier.error(Texts.get("device.saveFailed"), Texts.get("device.saveFailed.message", String.valueOf(e.getMessage())));
            return;
        }
        saved.set(p);
        if (!confirmer.confirm(Texts.get("device.restart.title", name(p)), Texts.get("device.restart.message", name(p)),
                Texts.get("device.restart.action"))) {
            notifier.info(Texts.get("device.nextStart", name(p)));
            return;
        }
        saveForRestart.get().whenComplete((file, failure) -> runner.runOnUiThread(() -> {
            if (failure != null) {
                notifier.error(Texts.get("device.restartCancelled"), Texts.get("device.restartCancelled.message",
                        String.valueOf(failure.getMessage())));
                return;
            }
            restart(p, file);
        }));
    }

    private void restart(DevicePreference p, Path file) {
        try {
            control.restart(p, file);
        } catch (Exception e) {
            notifier.error(Texts.get("device.restartFailed"), Texts.get("device.restartFailed.message",
                    String.valueOf(e.getMessage())));
            return;
        }
        closeWindow.run();
    }
}
