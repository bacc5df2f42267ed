package org.ganstudio.ui.device;

import java.io.IOException;
import java.nio.file.Path;

import org.ganstudio.engine.device.DevicePreference;

/**
 * The app's side of choosing the compute device: the backend is fixed per process, so a new choice is saved and
 * applies from the next start, or at once by starting a new window and closing this one.
 */
public interface DeviceControl {

    /** What this process computes on, in words, e.g. "CPU (AMD EPYC, 2 threads)". */
    String current();

    /** The saved choice (used at the next start unless {@code --device} or the environment say otherwise). */
    DevicePreference saved();

    void save(DevicePreference choice) throws IOException;

    /** Starts a new window on {@code choice}, reopening {@code experiment} (may be null); returns once it started. */
    void restart(DevicePreference choice, Path experiment) throws IOException;
}
