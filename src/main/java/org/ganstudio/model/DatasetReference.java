package org.ganstudio.model;

import java.util.Map;

/** Where an experiment's data came from and how it was prepared, so reopening can load it again. */
public record DatasetReference(String path, Map<String, String> options) {

    public DatasetReference {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
