package org.ganstudio.model;

/** How a generator block grows the image. */
public enum Upsampling {
    /** A strided transposed convolution (the reference article). */
    TRANSPOSED_CONV,
    /** Nearest-neighbour resize followed by a stride-1 convolution: fewer checkerboard artifacts. */
    RESIZE_CONV
}
