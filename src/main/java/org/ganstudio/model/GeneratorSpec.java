package org.ganstudio.model;

import java.util.List;

/**
 * Generator: a dense projection of the latent vector to {@code startChannels x startSize x startSize}
 * (with optional batch norm and activation), hidden up-sampling blocks, then an output block of
 * {@code outputKernel}/{@code outputStride} producing the image channels through tanh.
 */
public record GeneratorSpec(int startSize, int startChannels, boolean projectionBatchNorm,
                            Activation projectionActivation, double projectionSlope,
                            Upsampling upsampling, List<BlockSpec> blocks, int outputKernel, int outputStride) {

    public GeneratorSpec {
        blocks = List.copyOf(blocks);
    }

    /** Side length of the images this generator produces. */
    public int outputSize() {
        int size = startSize;
        for (BlockSpec b : blocks) {
            size *= b.stride();
        }
        return size * outputStride;
    }
}
