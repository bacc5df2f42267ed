package org.ganstudio.model;

/** The adversarial objective. All variants read the discriminator's raw output (a logit). */
public enum LossKind {
    /** Original minimax game: G minimises log(1 - D(G(z))). Saturates early in training. */
    MINIMAX,
    /** G maximises log D(G(z)) instead; the reference article's choice. */
    NON_SATURATING,
    /** Least squares (LSGAN): D regresses real to 1 and fake to 0, G pushes fakes to 1. */
    LEAST_SQUARES,
    /** Hinge loss as used by SN-GAN and BigGAN. */
    HINGE;

    /** Whether D's output is read through a sigmoid as a probability. */
    public boolean probabilistic() {
        return this == MINIMAX || this == NON_SATURATING;
    }
}
