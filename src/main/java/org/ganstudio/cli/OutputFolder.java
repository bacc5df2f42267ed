package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --out} folder of {@code train}, checked before any data is loaded or any step trained: a run that
 * cannot be saved is refused at once, not found out at its first checkpoint.
 */
final class OutputFolder {

    static final String EXPERIMENT = "experiment" + ExperimentFile.EXTENSION;

    private OutputFolder() {
    }

    /** Creates the folder (and {@code samples/}) if needed and proves a save can land there; returns the file. */
    static Path prepare(Path dir) throws CliException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException("--out " + dir + " is a file, not a folder");
        }
        Path experiment = dir.resolve(EXPERIMENT);
        try {
            ExperimentFile.checkTarget(experiment);
            Files.createDirectories(dir.resolve("samples"));
        } catch (IOException e) {
            throw new CliException("--out " + dir + ": " + e.getMessage());
        }
        return experiment;
    }
}
