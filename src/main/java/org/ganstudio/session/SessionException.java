package org.ganstudio.session;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * STAND-IN for the lead's session API (replaced by main's version on merge): a typed failure of a session command,
 * with a complete user-readable message.
 */
public final class SessionException extends Exception {

    public enum Kind { NOTHING_TO_SAVE, SAVE_FAILED, FILE_UNREADABLE, NO_DATASET_REFERENCE, DATASET_UNAVAILABLE,
        SHAPE_MISMATCH, CLOSED }

    private final Kind kind;

    public SessionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The session failure inside {@code t} (unwrapping CompletionException), or null when there is none. */
    public static SessionException of(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c instanceof SessionException s ? s : null;
    }
}
