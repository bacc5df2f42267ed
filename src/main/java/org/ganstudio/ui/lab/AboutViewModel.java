package org.ganstudio.ui.lab;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.ui.common.BackgroundRunner;

/**
 * What About says about the compute device. Asking the engine can load its native libraries, which takes seconds,
 * so the question runs in the background and About shows "…" until it answers.
 */
public final class AboutViewModel {

    private static final System.Logger LOG = System.getLogger(AboutViewModel.class.getName());

    public static final String ASKING = "…";

    private final Supplier<String> device;
    private final BackgroundRunner runner;
    private final ReadOnlyStringWrapper deviceText = new ReadOnlyStringWrapper(this, "deviceText", "");
    private boolean asked;

    /** @param device describes the engine's device, or null when unknown */
    public AboutViewModel(Supplier<String> device, BackgroundRunner runner) {
        this.device = device;
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** "…" while asking, then e.g. "CPU (AMD EPYC, 2 threads)"; "" when unknown. */
    public ReadOnlyStringProperty deviceTextProperty() {
        return deviceText.getReadOnlyProperty();
    }

    /** About opens: asks the engine once (the device does not change while the app runs). */
    public void opened() {
        if (device == null || asked) {
            return;
        }
        asked = true;
        deviceText.set(ASKING);
        runner.run(() -> {
            try {
                return device.get();
            } catch (LinkageError e) { // native libraries missing: an answer, not a crash
                throw new IllegalStateException(e);
            }
        }, d -> deviceText.set(d == null ? "" : d), failure -> {
            LOG.log(System.Logger.Level.WARNING, "the engine could not describe its device", failure);
            deviceText.set(""); // the engine could not tell; About still shows the rest
            asked = false;
        });
    }
}
