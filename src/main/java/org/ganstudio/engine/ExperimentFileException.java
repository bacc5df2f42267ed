package org.ganstudio.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Why an experiment file could not be read or written, as a {@link Problem} to branch on and one
 * sentence for the user. An {@link IOException}, so callers that only report it need nothing new.
 * {@link #getMessage()} is "{@code <file name>}: {@code <sentence>}".
 */
public final class ExperimentFileException extends IOException {

    /** What is wrong with the file (or, for {@link #NON_FINITE_STATE} and {@link #UNUSABLE_TARGET}, with a save). */
    public enum Problem {
        /** Not a ZIP, or a ZIP without the GAN Studio format marker. */
        NOT_AN_EXPERIMENT,
        /** The manifest has no format version. */
        NO_FORMAT_VERSION,
        /** Saved by a newer GAN Studio. */
        NEWER_FORMAT,
        /** A required entry is missing. */
        MISSING_ENTRY,
        /** An entry that GAN Studio never writes (including path-like names). */
        UNEXPECTED_ENTRY,
        /** Two entries with the same name. */
        DUPLICATE_ENTRY,
        /** An entry inflates past what its config allows (or past the hard cap). */
        ENTRY_TOO_LARGE,
        /** Bytes do not match their CRC-32 or declared size, an array header is broken, or data is truncated. */
        DAMAGED,
        /** A JSON entry cannot be parsed (including nesting and length limits). */
        UNREADABLE_JSON,
        /** The saved config fails the validation every new config passes. */
        INVALID_CONFIG,
        /** The saved config describes networks this machine cannot hold. */
        TOO_LARGE_FOR_MEMORY,
        /** A manifest value (step, iterations, learning rate, D steps) is missing or out of range. */
        INVALID_VALUE,
        /** A parameter, statistics or optimiser array has the wrong length for the config. */
        WRONG_ARRAY_LENGTH,
        /** Parameters, statistics or optimiser state contain NaN or infinity. */
        NON_FINITE_VALUES,
        /** The file's networks differ from the trainer it is applied to. */
        DIFFERENT_ARCHITECTURE,
        /** A save was refused because the trainer's state is not finite (the previous file is kept). */
        NON_FINITE_STATE,
        /** The save target cannot be written (its folder is a file, read-only, or the target is a folder). */
        UNUSABLE_TARGET
    }

    private final transient Path file;
    private final Problem problem;
    private final String sentence;

    public ExperimentFileException(Path file, Problem problem, String sentence) {
        this(file, problem, sentence, null);
    }

    public ExperimentFileException(Path file, Problem problem, String sentence, Throwable cause) {
        super(name(file) + ": " + sentence, cause);
        this.file = file;
        this.problem = problem;
        this.sentence = sentence;
    }

    private static String name(Path file) {
        Path n = file == null ? null : file.getFileName();
        return n == null ? String.valueOf(file) : n.toString();
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem in one sentence, without the file name. */
    public String sentence() {
        return sentence;
    }
}
