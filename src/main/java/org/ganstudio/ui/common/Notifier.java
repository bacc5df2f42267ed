package org.ganstudio.ui.common;

/** Tells the user something in plain language; dialogs and the status bar in the app, a recorder in tests. */
public interface Notifier {

    /** A short note for the status bar, e.g. "Saved run.ganstudio". */
    void info(String message);

    /**
     * The result of something the user (or autosave) started and may have stopped watching, e.g. "Saved run.ganstudio
     * at step 1200": the app also shows it as a non-blocking notification. By default just {@link #info}.
     */
    default void outcome(String message) {
        info(message);
    }

    /** Something went wrong; {@code message} says what and, where possible, what to try. */
    void error(String title, String message);
}
