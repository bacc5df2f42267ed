package org.ganstudio.dataset;

import java.nio.file.Path;
import java.util.Objects;

/** A file or folder that was not used, and why (a short phrase for the user). */
public record SkippedFile(Path path, String reason) {

    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
