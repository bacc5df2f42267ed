package org.ganstudio.engine;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;

import java.util.List;

/** Configurations small enough for unit tests. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A small but complete GAN: 8x8 grayscale, dropout in D, batch norm in G. */
    public static ExperimentConfig small(UpdateOrder order, LossKind loss) {
        GeneratorSpec g = new GeneratorSpec(2, 16, true, Activation.LEAKY_RELU, 0.2, Upsampling.TRANSPOSED_CONV,
                List.of(new BlockSpec(8, 3, 2, true, Activation.LEAKY_RELU, 0.2, 0)), 3, 2);
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(8, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0.3),
                new BlockSpec(16, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0.3)));
        OptimizerSpec adam = OptimizerSpec.adam(2e-3, 0.5);
        return new ExperimentConfig(new ImageShape(1, 8, 8), 8, g, d, loss, adam, adam, 1, 0, 16, 5, order);
    }

}
