package org.ganstudio.ui.common;

import java.util.Locale;
import java.util.Optional;

/** The language the lab speaks: the system's, English or 简体中文. Chosen before the first window is built. */
public enum Language {
    SYSTEM("system"),
    ENGLISH("en"),
    CHINESE("zh");

    /** {@code common.language.en} ...: the names in the common bundle. */
    static final String NAME_KEY_PREFIX = "common.language.";

    private final String id;

    Language(String id) {
        this.id = id;
    }

    /** How it is saved and given on the command line: {@code system}, {@code en}, {@code zh}. */
    public String id() {
        return id;
    }

    /** The locale to look texts up in; the system's for {@link #SYSTEM}. */
    public Locale locale() {
        return switch (this) {
            case SYSTEM -> Locale.getDefault();
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
        };
    }

    /** The name in the list: each language in its own words, so a user who cannot read the other finds theirs. */
    public String displayName() {
        return Texts.get(NAME_KEY_PREFIX + id);
    }

    /** {@code system}, {@code en}/{@code english}, {@code zh}/{@code zh-CN}/{@code chinese}; empty for anything else. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "system", "auto", "default" -> Optional.of(SYSTEM);
            case "en", "english", "en-us", "en-gb" -> Optional.of(ENGLISH);
            case "zh", "chinese", "zh-cn", "zh-hans", "zh-sg" -> Optional.of(CHINESE);
            default -> Optional.empty();
        };
    }
}
