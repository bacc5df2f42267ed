package org.ganstudio.model;

/** A lesson file that cannot be used, with one line saying which field is wrong and how. */
public final class LessonFileException extends Exception {

    /** What is wrong, for code that reacts to it (the message is for people). */
    public enum Kind { UNREADABLE, TOO_LARGE, NOT_JSON, NOT_A_LESSON, MISSING_FIELD, BAD_NUMBER, BAD_VALUE,
        UNKNOWN_DATASET, BAD_CONFIG }

    private final Kind kind;

    public LessonFileException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LessonFileException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
