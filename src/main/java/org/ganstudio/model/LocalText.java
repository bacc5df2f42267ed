package org.ganstudio.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text a lesson file gives in several languages, keyed by language code ({@code en}, {@code zh}). English is
 * required, so every text has a fallback; other languages are optional for a teacher's own files.
 */
public record LocalText(Map<String, String> byLanguage) {

    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh";

    public LocalText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.get(ENGLISH) == null || byLanguage.get(ENGLISH).isBlank()) {
            throw new IllegalArgumentException("an English text (\"en\") is required");
        }
        // sorted, so a file is written the same way every time (en before zh); Map.copyOf would shuffle per run
        byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public static LocalText of(String english, String chinese) {
        return new LocalText(chinese == null ? Map.of(ENGLISH, english) : Map.of(ENGLISH, english, CHINESE, chinese));
    }

    /** The text in {@code language}, or the English one when the file has none in that language. */
    public String in(String language) {
        String t = language == null ? null : byLanguage.get(language);
        return t == null || t.isBlank() ? byLanguage.get(ENGLISH) : t;
    }

    public boolean has(String language) {
        String t = byLanguage.get(language);
        return t != null && !t.isBlank();
    }
}
