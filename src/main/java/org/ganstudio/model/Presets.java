package org.ganstudio.model;

import java.util.List;

/** Ready-made configurations. */
public final class Presets {

    private Presets() {
    }

    /**
     * The reference DCGAN from the TensorFlow article, adapted to the image shape: generator
     * Dense(latent -> s*s*256)+BN+LeakyReLU, transposed convolutions 128 (5x5, stride 1), 64 (stride 2)
     * and the image channels (stride 2, tanh); discriminator convolutions 64 and 128 (5x5, stride 2)
     * with LeakyReLU(0.3) and dropout 0.3, then Dense(1); Adam(2e-4, beta1 0.5) for both, the
     * non-saturating loss, batch 64.
     */
    public static ExperimentConfig reference(ImageShape shape) {
        int size = shape.height();
        List<BlockSpec> gBlocks;
        int start;
        if (size % 4 == 0 && size / 4 <= 8) {
            start = size / 4;                       // 28 -> 7, 32 -> 8, 16 -> 4
            gBlocks = List.of(block(128, 1, true), block(64, 2, true));
        } else if (size % 8 == 0) {
            start = size / 8;                       // 64 -> 8
            gBlocks = List.of(block(128, 2, true), block(64, 2, true));
        } else {
            start = size;
            gBlocks = List.of(block(128, 1, true), block(64, 1, true));
        }
        GeneratorSpec g = new GeneratorSpec(start, 256, true, Activation.LEAKY_RELU, 0.3,
                Upsampling.TRANSPOSED_CONV, gBlocks, 5, size == start ? 1 : 2);
        if (g.outputSize() != size) {
            g = new GeneratorSpec(start, 256, true, Activation.LEAKY_RELU, 0.3,
                    Upsampling.TRANSPOSED_CONV, gBlocks, 5, 1);
        }
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(64, 5, 2, false, Activation.LEAKY_RELU, 0.3, 0.3),
                new BlockSpec(128, 5, 2, false, Activation.LEAKY_RELU, 0.3, 0.3)));
        OptimizerSpec adam = OptimizerSpec.adam(2e-4, 0.5);
        return new ExperimentConfig(shape, 100, g, d, LossKind.NON_SATURATING, adam, adam, 1, 0.0, 64, 42,
                UpdateOrder.SIMULTANEOUS);
    }

    private static BlockSpec block(int filters, int stride, boolean bn) {
        return new BlockSpec(filters, 5, stride, bn, Activation.LEAKY_RELU, 0.3, 0.0);
    }
}
