package org.ganstudio.model;

/** Hidden-layer activation of a block. The slope only matters for {@link #LEAKY_RELU}. */
public enum Activation {
    LEAKY_RELU, RELU, TANH, NONE
}
