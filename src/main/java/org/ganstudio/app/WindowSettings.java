package org.ganstudio.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.ganstudio.ui.lab.WindowPlacement;

/** The lab window's last size, position and maximised state, in the user's preferences beside the other settings. */
public final class WindowSettings {

    private static final System.Logger LOG = System.getLogger(WindowSettings.class.getName());

    static final String PREFIX = "window.";

    private final Preferences node;

    public WindowSettings() {
        this(Preferences.userNodeForPackage(WindowSettings.class));
    }

    WindowSettings(Preferences node) {
        this.node = node;
    }

    /** The saved placement, or empty when none (or an unreadable one) is saved. */
    public Optional<WindowPlacement> load() {
        try {
            double w = node.getDouble(PREFIX + "width", -1);
            double h = node.getDouble(PREFIX + "height", -1);
            if (!(w > 0) || !(h > 0)) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(node.getDouble(PREFIX + "x", 0), node.getDouble(PREFIX + "y", 0), w, h,
                    node.getBoolean(PREFIX + "maximized", false)));
        } catch (IllegalStateException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the saved window placement", e);
            return Optional.empty();
        }
    }

    /** Saves {@code p}; a failure is logged, not shown: the next start just opens at the default place. */
    public void save(WindowPlacement p) {
        try {
            node.putDouble(PREFIX + "x", p.x());
            node.putDouble(PREFIX + "y", p.y());
            node.putDouble(PREFIX + "width", p.width());
            node.putDouble(PREFIX + "height", p.height());
            node.putBoolean(PREFIX + "maximized", p.maximized());
            node.flush();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the window placement", e);
        }
    }
}
