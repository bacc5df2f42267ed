package org.ganstudio.dataset;

import java.util.Optional;

/**
 * A dataset could not be loaded. The message is one sentence meant for the user, naming the file or folder and
 * what to do where possible. When files were examined before the failure, the report lists them.
 */
public class DatasetException extends Exception {

    private final transient LoadReport report;

    public DatasetException(String message) {
        this(message, null, null);
    }

    public DatasetException(String message, LoadReport report) {
        this(message, report, null);
    }

    public DatasetException(String message, LoadReport report, Throwable cause) {
        super(message, cause);
        this.report = report;
    }

    /** What was examined before the failure (skipped files with reasons), if anything. */
    public Optional<LoadReport> report() {
        return Optional.ofNullable(report);
    }
}
