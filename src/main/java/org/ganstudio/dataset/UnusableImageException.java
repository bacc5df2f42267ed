package org.ganstudio.dataset;

/** One file cannot be used; the message is the reason shown in the report. Never escapes the loader. */
final class UnusableImageException extends Exception {

    UnusableImageException(String reason) {
        super(reason, null, false, false);
    }
}
