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

/** How the form shows values: display names of the enum options, and numbers as short plain text. */
public final class OptionNames {

    private OptionNames() {
    }

    private static final Map<Enum<?>, String> NAMES = Map.ofEntries(
            Map.entry(Activation.LEAKY_RELU, "Leaky ReLU"), Map.entry(Activation.RELU, "ReLU"),
            Map.entry(Activation.TANH, "tanh"), Map.entry(Activation.NONE, "None (linear)"),
            Map.entry(LossKind.MINIMAX, "Minimax (original)"), Map.entry(LossKind.NON_SATURATING, "Non-saturating"),
            Map.entry(LossKind.LEAST_SQUARES, "Least squares (LSGAN)"), Map.entry(LossKind.HINGE, "Hinge"),
            Map.entry(OptimizerKind.ADAM, "Adam"), Map.entry(OptimizerKind.SGD_MOMENTUM, "SGD with momentum"),
            Map.entry(OptimizerKind.RMSPROP, "RMSProp"),
            Map.entry(UpdateOrder.SIMULTANEOUS, "Simultaneous"), Map.entry(UpdateOrder.SEQUENTIAL, "D first, then G"),
            Map.entry(Upsampling.TRANSPOSED_CONV, "Transposed convolution"),
            Map.entry(Upsampling.RESIZE_CONV, "Resize + convolution"));

    /** Display name of an enum option. */
    public static String name(Enum<?> e) {
        return NAMES.getOrDefault(e, e.name());
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
