package org.ganstudio.app;

import org.ganstudio.engine.device.DevicePreference;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The device the user picked in the app's settings, kept in the user's preferences (java.util.prefs).
 * It takes effect at the next start: ND4J's backend cannot change inside a running process (see
 * {@link Relauncher}).
 */
public final class DeviceSettings {

    private static final System.Logger LOG = System.getLogger(DeviceSettings.class.getName());

    static final String KEY = "device";

    private final Preferences node;

    /** The user's preferences for GAN Studio. */
    public DeviceSettings() {
        this(Preferences.userNodeForPackage(DeviceSettings.class));
    }

    DeviceSettings(Preferences node) {
        this.node = node;
    }

    /** The saved choice; {@code AUTO} when none is saved, it is unreadable or unknown. */
    public DevicePreference load() {
        try {
            return DevicePreference.parse(node.get(KEY, null)).orElse(DevicePreference.AUTO);
        } catch (IllegalStateException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the saved device; using auto", e);
            return DevicePreference.AUTO;
        }
    }

    /** Saves the choice and writes it out now, so a restart right after sees it. */
    public void save(DevicePreference device) throws BackingStoreException {
        node.put(KEY, device.id());
        node.flush();
    }
}
