package org.ganstudio.engine.device;

import java.util.Locale;
import java.util.Optional;

/** What the user asks to compute on: the GPU when one can be used ({@code auto}), or one of them. */
public enum DevicePreference {
    AUTO, CPU, GPU;

    /** The environment variable that sets the preference when {@code --device} does not. */
    public static final String ENVIRONMENT_VARIABLE = "GANSTUDIO_DEVICE";

    /** The lower-case word used on the command line and in the settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code auto}, {@code cpu} or {@code gpu}, any case; empty for anything else. */
    public static Optional<DevicePreference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DevicePreference p : values()) {
            if (p.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
