package org.ganstudio.model;

import java.util.List;

/** Discriminator: strided convolution blocks, then a dense layer to one raw score (a logit). */
public record DiscriminatorSpec(List<BlockSpec> blocks) {

    public DiscriminatorSpec {
        blocks = List.copyOf(blocks);
    }
}
