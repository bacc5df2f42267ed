package org.ganstudio.ui.hyperparameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;

/**
 * Builds an {@link ExperimentConfig} from the form's values. Settings the form does not show (block strides,
 * momentum, ...) come from the base config, so nothing the loaded config held is lost.
 */
final class ConfigAssembler {

    private final HyperparameterFields fields;

    ConfigAssembler(HyperparameterFields fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The config, or null when the generator's blocks cannot reach the image size (reported at its field). */
    ExperimentConfig assemble(ExperimentConfig base, FormValues v, FieldParser parser) {
        GeneratorSpec g = generator(base, v, parser);
        if (g == null) {
            return null;
        }
        Setting.Choice<LossKind> loss = fields.choice("loss");
        Setting.Choice<OptimizerKind> gKind = fields.choice("gOptimizer");
        Setting.Choice<OptimizerKind> dKind = fields.choice("dOptimizer");
        Setting.Choice<UpdateOrder> order = fields.choice("updateOrder");
        return new ExperimentConfig(base.imageShape(), v.integer("latentSize"), g, discriminator(base, v),
                loss.valueOr(LossKind.NON_SATURATING),
                optimizer(base.generatorOptimizer(), gKind.valueOr(OptimizerKind.ADAM), v.number("gLearningRate"),
                        v.number("gBeta1"), v.number("gBeta2")),
                optimizer(base.discriminatorOptimizer(), dKind.valueOr(OptimizerKind.ADAM), v.number("dLearningRate"),
                        v.number("dBeta1"), v.number("dBeta2")),
                v.integer("dSteps"), v.number("labelSmoothing"), v.integer("batchSize"), v.whole("seed"),
                order.valueOr(UpdateOrder.SIMULTANEOUS));
    }

    private GeneratorSpec generator(ExperimentConfig base, FormValues v, FieldParser parser) {
        GeneratorSpec b = base.generator();
        List<Integer> filters = v.integers("gFilters");
        int size = base.imageShape().height();
        int[] strides = GeneratorLayout.strides(b, filters.size(), size);
        if (strides == null) {
            parser.fail(fields.setting("gFilters"), GeneratorLayout.explain(b, filters.size(), size));
            return null;
        }
        int kernel = v.integer("gKernel");
        double slope = v.number("gSlope");
        boolean bn = fields.flag("gBatchNorm").valueProperty().get();
        Activation act = fields.<Activation>choice("gActivation").valueOr(Activation.LEAKY_RELU);
        List<BlockSpec> blocks = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            double dropout = i < b.blocks().size() ? b.blocks().get(i).dropout() : 0;
            blocks.add(new BlockSpec(filters.get(i), kernel, strides[i], bn, act, slope, dropout));
        }
        Upsampling up = fields.<Upsampling>choice("gUpsampling").valueOr(Upsampling.TRANSPOSED_CONV);
        return new GeneratorSpec(b.startSize(), v.integer("gStartChannels"), bn, act, slope, up, blocks, kernel,
                b.outputStride());
    }

    private static DiscriminatorSpec discriminator(ExperimentConfig base, FormValues v) {
        List<Integer> filters = v.integers("dFilters");
        double dropout = v.number("dDropout");
        double slope = v.number("dSlope");
        List<BlockSpec> old = base.discriminator().blocks();
        List<BlockSpec> blocks = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            BlockSpec t = old.isEmpty() ? new BlockSpec(64, 5, 2, false, Activation.LEAKY_RELU, slope, dropout)
                    : old.get(Math.min(i, old.size() - 1));
            blocks.add(new BlockSpec(filters.get(i), t.kernel(), t.stride(), t.batchNorm(), t.activation(), slope,
                    dropout));
        }
        return new DiscriminatorSpec(blocks);
    }

    private static OptimizerSpec optimizer(OptimizerSpec b, OptimizerKind kind, double lr, double beta1, double beta2) {
        return new OptimizerSpec(kind, lr, beta1, beta2, b.momentum(), b.epsilon());
    }
}
