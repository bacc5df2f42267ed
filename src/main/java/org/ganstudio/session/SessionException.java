package org.ganstudio.session;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why a session command (open, save, inspect) failed, as a kind the caller can branch on and one complete
 * sentence for the user. The message is final: callers show it as it is, without a prefix of their own.
 */
public final class SessionException extends Exception {

    public enum Kind {
        /** There is no experiment yet. */
        NOTHING_TO_SAVE,
        /** Writing the file failed (disk full, no permission, a folder in the way, non-finite state). */
        SAVE_FAILED,
        /** The file is missing, not an experiment, damaged or from an unknown version. */
        FILE_UNREADABLE,
        /** The file does not say which dataset it was trained on. */
        NO_DATASET_REFERENCE,
        /** The dataset the file names cannot be loaded (moved, deleted, unreadable). */
        DATASET_UNAVAILABLE,
        /** The dataset's image shape differs from the one the experiment was trained on. */
        SHAPE_MISMATCH,
        /** Quality cannot be measured for this run's data (too few images, images too small). */
        QUALITY_UNAVAILABLE,
        /** The command needs an image experiment that is not training (slow motion, a game round). */
        NOT_READY,
        /** A health remedy cannot be applied (no kept state that old, or the change is invalid for this run). */
        REMEDY_UNAVAILABLE,
        /** A branch was asked at a step without a kept state. */
        NO_KEPT_STATE,
        /** A branch or switch named no run, or settings that change the networks or are invalid. */
        INVALID_BRANCH,
        /** The session is closed or closing. */
        CLOSED
    }

    private final Kind kind;

    public SessionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public SessionException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The session failure inside what a future reported ({@link CompletionException}, {@link ExecutionException});
     * anything else (a bug, not a user's mistake) is wrapped as {@link Kind#SAVE_FAILED} so callers handle one type.
     */
    public static SessionException of(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof SessionException s) {
            return s;
        }
        String m = c.getMessage();
        return new SessionException(Kind.SAVE_FAILED, m == null || m.isBlank() ? c.getClass().getSimpleName() : m, c);
    }
}
