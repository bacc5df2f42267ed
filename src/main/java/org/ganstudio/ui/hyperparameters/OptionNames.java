package org.ganstudio.ui.hyperparameters;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ganstudio.model.Activation;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.ganstudio.ui.common.Texts;

/** How the form shows values: display names of the enum options, and numbers as short plain text. */
public final class OptionNames {

    private OptionNames() {
    }

    /** Bundle keys of the options' display names. */
    private static final Map<Enum<?>, String> NAMES = Map.ofEntries(
            Map.entry(Activation.LEAKY_RELU, "hyperparameters.option.activation.leakyRelu"), Map.entry(Activation.RELU, "hyperparameters.option.activation.relu"),
            Map.entry(Activation.TANH, "hyperparameters.option.activation.tanh"), Map.entry(Activation.NONE, "hyperparameters.option.activation.none"),
            Map.entry(LossKind.MINIMAX, "hyperparameters.option.loss.minimax"), Map.entry(LossKind.NON_SATURATING, "hyperparameters.option.loss.nonSaturating"),
            Map.entry(LossKind.LEAST_SQUARES, "hyperparameters.option.loss.leastSquares"), Map.entry(LossKind.HINGE, "hyperparameters.option.loss.hinge"),
            Map.entry(OptimizerKind.ADAM, "hyperparameters.option.optimizer.adam"), Map.entry(OptimizerKind.SGD_MOMENTUM, "hyperparameters.option.optimizer.sgd"),
            Map.entry(OptimizerKind.RMSPROP, "hyperparameters.option.optimizer.rmsprop"),
            Map.entry(UpdateOrder.SIMULTANEOUS, "hyperparameters.option.order.simultaneous"), Map.entry(UpdateOrder.SEQUENTIAL, "hyperparameters.option.order.sequential"),
            Map.entry(Upsampling.TRANSPOSED_CONV, "hyperparameters.option.upsampling.transposed"),
            Map.entry(Upsampling.RESIZE_CONV, "hyperparameters.option.upsampling.resize"));

    /** Display name of an enum option, in the chosen language. */
    public static String name(Enum<?> e) {
        String key = NAMES.get(e);
        return key == null ? e.name() : Texts.get(key);
    }

    /** Names for any setting choice, for views. */
    public static <E> Function<E, String> names() {
        return e -> e instanceof Enum<?> en ? name(en) : String.valueOf(e);
    }

    /** A double as short plain text: 2.0E-4 becomes "0.0002", 0.5 stays "0.5". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 8 ? plain : Double.toString(v);
    }

    static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
