package org.ganstudio.ui.files;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.ganstudio.session.SessionException;
import org.ganstudio.ui.common.Texts;

/** Turns exceptions into one sentence for the user; never a stack trace. */
final class Failures {

    /** One sentence per {@link SessionException.Kind} in the files bundle, e.g. {@code files.kind.SAVE_FAILED}. */
    static final String KIND_KEY_PREFIX = "files.kind.";

    private Failures() {
    }

    /**
     * What to tell the user: a session failure's own message as it is (it is complete), anything else as
     * {@code context + ": " + reason}.
     */
    static String message(Throwable t, String context) {
        return unwrap(t) instanceof SessionException s ? sessionMessage(s) : context + ": " + reason(t);
    }

    /**
     * A session failure in the user's language. The session says it in English (also for the log and the CLI); in
     * English that sentence is shown as it is, in another language the sentence of its kind, with the English
     * sentence after it for the details (paths, numbers) a bug report needs.
     */
    static String sessionMessage(SessionException s) {
        if (!Texts.isChinese()) {
            return s.getMessage();
        }
        return Texts.get(KIND_KEY_PREFIX + s.kind().name()) + "\n\n" + Texts.get("files.details", s.getMessage());
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
            return Texts.get("files.reason.noFile", String.valueOf(m));
        }
        if (c instanceof java.nio.file.AccessDeniedException) {
            return Texts.get("files.reason.noPermission", String.valueOf(m));
        }
        if (m == null || m.isBlank()) {
            return Texts.get("files.reason.unexpected", c.getClass().getSimpleName());
        }
        return m;
    }
}
