package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --out} folder of {@code train}, checked before any training: a run that cannot be saved is refused
 * at once, not found out at its first checkpoint.
 */
final class OutputFolder {

    static final String EXPERIMENT = "experiment" + ExperimentFile.EXTENSION;

    private OutputFolder() {
    }

    /** Creates the folder (and {@code samples/}) if needed and proves it writable; returns the experiment path. */
    static Path prepare(Path dir) throws CliException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException("--out " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("--out " + dir + " cannot be created: " + e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw new CliException("--out " + dir + " cannot be created: " + reason(e));
        }
        Path experiment = dir.resolve(EXPERIMENT);
        if (Files.isDirectory(experiment)) {
            throw new CliException("--out " + dir + " cannot hold the run: " + experiment + " is a folder");
        }
        Path samples = dir.resolve("samples");
        try {
            Files.createDirectories(samples);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new CliException("--out " + dir + " is not writable: " + reason(e));
        }
        return experiment;
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " (" + m + ")");
    }
}
