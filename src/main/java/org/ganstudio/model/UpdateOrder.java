package org.ganstudio.model;

/** When the generator's gradient is taken relative to the discriminator's update. */
public enum UpdateOrder {
    /** Both gradients come from one forward pass and are applied together (the reference article). */
    SIMULTANEOUS,
    /** D is updated first and G is trained against the updated D (the PyTorch DCGAN example). */
    SEQUENTIAL
}
