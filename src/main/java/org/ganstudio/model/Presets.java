package org.ganstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The configurations behind the named {@link Preset}s, each adapted to the image shape. The generator starts small
 * and doubles its side with each stride-2 layer until it reaches the image size (28 = 7 x 2 x 2, 32 = 4 x 2 x 2 x 2
 * or 8 x 2 x 2, 64 = 4 x 2^4); sizes that are no such multiple keep the size with stride 1.
 */
public final class Presets {

    private Presets() {
    }

    /** The preset new experiments start from: {@link Preset#DEFAULT}. */
    public static ExperimentConfig defaults(ImageShape shape) {
        return Preset.DEFAULT.config(shape);
    }

    /** The TensorFlow article's DCGAN; the name the engine's benchmark and older tests know it by. */
    public static ExperimentConfig reference(ImageShape shape) {
        return tensorflow(shape);
    }

    /**
     * The reference DCGAN from the TensorFlow article, adapted to the image shape: generator
     * Dense(latent -> s*s*256)+BN+LeakyReLU, transposed convolutions 128 (5x5, stride 1), 64 (stride 2)
     * and the image channels (stride 2, tanh); discriminator convolutions 64 and 128 (5x5, stride 2)
     * with LeakyReLU(0.3) and dropout 0.3, then Dense(1); Adam(2e-4, beta1 0.5) for both, the
     * non-saturating loss, batch 64.
     */
    public static ExperimentConfig tensorflow(ImageShape shape) {
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

    /**
     * The PyTorch example's DCGAN adapted to the image shape: G projects the latent vector to 4x4 (7x7 at 28 px)
     * with 64 x 2^(n-1) channels, then halves the channels at each 4x4 stride-2 transposed convolution, batch norm
     * and ReLU after every layer but the tanh output; D doubles 64 channels at each 4x4 stride-2 convolution, batch
     * norm after all but the first, LeakyReLU(0.2), then one score. Adam(2e-4, beta1 0.5), batch 128, D updated
     * before G (as the example's loop does).
     */
    public static ExperimentConfig pytorch(ImageShape shape) {
        Recipe r = new Recipe(4, 64, 64, Activation.RELU, 0, true, 0, 0.2, 128, 2e-4, 2e-4, 0.5, 0.999,
                LossKind.NON_SATURATING, UpdateOrder.SEQUENTIAL);
        return dcgan(shape, r, 7);
    }

    /**
     * Tuned for time to quality on a CPU (README, "Presets"): a narrow DCGAN of 4x4 kernels whose step costs a
     * fraction of the others', trained on batches of 32 with G learning faster than D (Adam 8e-4 for G, 3e-4 for D,
     * beta2 0.99), so that more and more useful steps fit into the first minute. Chosen by {@code
     * scripts/PresetSearch.java} with the Fréchet distance as the judge.
     */
    public static ExperimentConfig fast(ImageShape shape) {
        Recipe r = new Recipe(4, 32, 32, Activation.RELU, 0, false, 0, 0.2, 32, 8e-4, 3e-4, 0.5, 0.99,
                LossKind.NON_SATURATING, UpdateOrder.SEQUENTIAL);
        return dcgan(shape, r, 7);
    }

    /**
     * A DCGAN of one kernel size: G's narrowest layer has {@code gBase} channels and each layer towards the latent
     * doubles them; D's first layer has {@code dBase} and each next one doubles them.
     */
    private record Recipe(int kernel, int gBase, int dBase, Activation gActivation, double gSlope, boolean dBatchNorm,
                          double dDropout, double dSlope, int batch, double gLr, double dLr, double beta1,
                          double beta2, LossKind loss, UpdateOrder order) {
    }

    /**
     * @param maxStart the largest side the generator may start from (28 -> 7, 32 -> 4 with 7)
     */
    private static ExperimentConfig dcgan(ImageShape shape, Recipe r, int maxStart) {
        int size = shape.height();
        int start = size;
        int doublings = 0;
        while (start % 2 == 0 && start > maxStart) {
            start /= 2;
            doublings++;
        }
        List<BlockSpec> gBlocks = new ArrayList<>();
        int outputStride;
        int layers;   // stride-2 layers of G: the hidden blocks and the output layer
        if (doublings == 0) {
            // no power-of-two layout: keep the size, two stride-1 blocks
            start = size;
            outputStride = 1;
            layers = 3;
        } else {
            outputStride = 2;
            layers = doublings;
        }
        int hidden = layers - 1;
        for (int i = 0; i < hidden; i++) {
            int filters = r.gBase() << (hidden - 1 - i);
            gBlocks.add(new BlockSpec(filters, r.kernel(), outputStride, true, r.gActivation(), r.gSlope(), 0));
        }
        int startChannels = r.gBase() << hidden;
        GeneratorSpec g = new GeneratorSpec(start, startChannels, true, r.gActivation(), r.gSlope(),
                Upsampling.TRANSPOSED_CONV, gBlocks, r.kernel(), outputStride);
        List<BlockSpec> dBlocks = new ArrayList<>();
        int dLayers = Math.max(2, Math.min(layers, 4));
        for (int i = 0; i < dLayers; i++) {
            dBlocks.add(new BlockSpec(r.dBase() << i, r.kernel(), 2, r.dBatchNorm() && i > 0, Activation.LEAKY_RELU,
                    r.dSlope(), r.dDropout()));
        }
        OptimizerSpec gOpt = OptimizerSpec.adam(r.gLr(), r.beta1(), r.beta2());
        OptimizerSpec dOpt = OptimizerSpec.adam(r.dLr(), r.beta1(), r.beta2());
        return new ExperimentConfig(shape, 100, g, new DiscriminatorSpec(dBlocks), r.loss(), gOpt, dOpt, 1, 0.0,
                r.batch(), 42, r.order());
    }

    private static BlockSpec block(int filters, int stride, boolean bn) {
        return new BlockSpec(filters, 5, stride, bn, Activation.LEAKY_RELU, 0.3, 0.0);
    }
}
