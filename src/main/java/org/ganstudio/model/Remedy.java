package org.ganstudio.model;

/** A change the lab can apply to a running experiment when an alarm suggests it. */
public enum Remedy {
    /** Halves D's learning rate. */
    LOWER_D_LEARNING_RATE,
    /** Halves G's learning rate. */
    LOWER_G_LEARNING_RATE,
    /** Replaces D's optimiser by SGD with momentum 0.9 at D's learning rate (the optimiser state starts fresh). */
    D_TO_SGD,
    /** One-sided label smoothing 0.1: D aims at 0.9 for real images instead of 1. */
    LABEL_SMOOTHING,
    /** The least-squares loss, whose gradient does not vanish when D is sure. */
    LEAST_SQUARES_LOSS,
    /** Goes back to the newest kept state from before the alarm started. */
    ROLL_BACK
}
