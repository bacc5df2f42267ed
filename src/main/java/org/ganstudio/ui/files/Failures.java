package org.ganstudio.ui.files;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into one sentence for the user; never a stack trace. */
final class Failures {

    private Failures() {
    }

    static String reason(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
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
