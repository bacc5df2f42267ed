package org.ganstudio.ui.files;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.ganstudio.session.SessionException;

/** Turns exceptions into one sentence for the user; never a stack trace. */
final class Failures {

    private Failures() {
    }

    /**
     * What to tell the user: a session failure's own message as it is (it is complete), anything else as
     * {@code context + ": " + reason}.
     */
    static String message(Throwable t, String context) {
        return unwrap(t) instanceof SessionException s ? s.getMessage() : context + ": " + reason(t);
    }

    /** The failure's kind, or null when it is not a session failure. */
    static SessionException.Kind kind(Throwable t) {
        // not SessionException.of, which wraps any other failure as a failed save
        return unwrap(t) instanceof SessionException s ? s.kind() : null;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static String reason(Throwable t) {
        Throwable c = unwrap(t);
        String m = c.getMessage();
        if (c instanceof java.nio.file.NoSuchFileException) {
            return "the file " + m + " does not exist";
        }
        if (c instanceof java.nio.file.AccessDeniedException) {
            return "no permission to use " + m;
        }
        if (m == null || m.isBlank()) {
            return "an unexpected " + c.getClass().getSimpleName() + " occurred";
        }
        return m;
    }
}
