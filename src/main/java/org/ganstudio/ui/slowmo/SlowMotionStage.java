package org.ganstudio.ui.slowmo;

/** The stages of one training iteration, in the order they happen. */
public enum SlowMotionStage {
    /** Sample z. */
    LATENT,
    /** G makes fakes. */
    FAKES,
    /** D scores real and fake. */
    SCORES,
    /** Losses. */
    LOSSES,
    /** Gradients. */
    GRADIENTS,
    /** Updates. */
    UPDATES;

    /** The key part of this stage's texts ("slowmo.stage.<key>.title"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public SlowMotionStage next() {
        return this == UPDATES ? this : values()[ordinal() + 1];
    }

    public SlowMotionStage previous() {
        return this == LATENT ? this : values()[ordinal() - 1];
    }
}
