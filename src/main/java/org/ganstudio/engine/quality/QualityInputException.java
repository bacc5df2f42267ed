package org.ganstudio.engine.quality;

/** Quality cannot be measured on this input; the message says what is needed. */
public final class QualityInputException extends Exception {

    public enum Kind { TOO_FEW_IMAGES, TOO_FEW_SAMPLES, IMAGE_TOO_SMALL }

    private final Kind kind;

    public QualityInputException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
