package org.ganstudio.app;

import java.io.IOException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.language.LanguageStore;

/**
 * The language the user picked in Settings, kept in the user's preferences beside the device choice
 * ({@link DeviceSettings}). Read once at start, before any view is built: the words do not change in a running window.
 */
public final class LanguageSettings implements LanguageStore {

    private static final System.Logger LOG = System.getLogger(LanguageSettings.class.getName());

    static final String KEY = "language";

    private final Preferences node;

    public LanguageSettings() {
        this(Preferences.userNodeForPackage(LanguageSettings.class));
    }

    LanguageSettings(Preferences node) {
        this.node = node;
    }

    @Override
    public Language load() {
        try {
            return Language.parse(node.get(KEY, null)).orElse(Language.SYSTEM);
        } catch (IllegalStateException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the saved language; using the system's", e);
            return Language.SYSTEM;
        }
    }

    @Override
    public void save(Language choice) throws IOException {
        node.put(KEY, choice.id());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IOException("the user preferences cannot be written", e);
        }
    }

    /** {@code --lang} wins over the saved choice. */
    static Language effective(Language fromCommandLine, Language saved) {
        return fromCommandLine != null ? fromCommandLine : saved;
    }
}
