package org.ganstudio.ui.language;

import java.io.IOException;

import org.ganstudio.ui.common.Language;

/** Where the language choice is kept between starts (the app's preferences; a map in tests). */
public interface LanguageStore {

    /** The saved choice; {@link Language#SYSTEM} when none is saved. */
    Language load();

    void save(Language choice) throws IOException;
}
