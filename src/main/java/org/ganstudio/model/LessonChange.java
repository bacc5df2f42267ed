package org.ganstudio.model;

import java.util.Objects;

/**
 * One "try this" of a lesson: a button label, and the change it makes, written as a partial experiment config
 * (a JSON merge patch over the lesson's config: the fields given replace the lesson's, lists replace whole lists).
 *
 * @param id     stable name, also the button's id in the app
 * @param label  what the button says
 * @param patch  the change as JSON text, kept so the lesson file can be written back as it was
 * @param config the lesson's config with the change applied, already validated
 */
public record LessonChange(String id, LocalText label, String patch, ExperimentConfig config) {

    public LessonChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(config, "config");
        patch = compact(patch);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** One spelling per patch, so equal changes are equal records. */
    private static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("a change must be JSON: " + e.getOriginalMessage(), e);
        }
    }
}
