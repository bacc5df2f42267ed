package org.ganstudio.ui.hyperparameters;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.ganstudio.model.ExperimentConfig;

/**
 * One field of the hyperparameter form, declared once: its setting, whether it belongs to the network architecture
 * (reset when the image shape changes), how a config fills it, how its text is read, and which of
 * {@link ExperimentConfig#validate()}'s field paths it answers for.
 *
 * @param show     the value to show for a config (text, choice or flag value); null for fields no config holds
 * @param parse    how the text is read; {@link Parse#NONE} for choices and flags
 * @param noun     the field's name inside error messages, e.g. "batch size"
 * @param fallback for decimals: the value used when the field does not apply and its text is unreadable
 * @param problems config field paths whose problems are shown at this field
 */
record FieldSpec(Setting setting, boolean architecture, Function<ExperimentConfig, Object> show, Parse parse,
                 String noun, ToDoubleFunction<ExperimentConfig> fallback, List<String> problems) {

    /** How a text field's value is read. */
    enum Parse { NONE, INTEGER, WHOLE, NUMBER, INTEGERS }

    FieldSpec {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(parse, "parse");
        problems = List.copyOf(problems);
    }

    String id() {
        return setting.id();
    }

    /** Puts {@code config}'s value into the setting. */
    @SuppressWarnings("unchecked")
    void load(ExperimentConfig config) {
        if (show == null) {
            return;
        }
        Object value = show.apply(config);
        if (setting instanceof Setting.Text t) {
            t.textProperty().set((String) value);
        } else if (setting instanceof Setting.Choice<?> c) {
            ((Setting.Choice<Object>) c).valueProperty().set(value);
        } else if (setting instanceof Setting.Flag f) {
            f.valueProperty().set((Boolean) value);
        }
    }

    /** Reads the field into {@code values} (failures go to {@code parser}). */
    void parse(FieldParser parser, ExperimentConfig base, FormValues values) {
        if (!(setting instanceof Setting.Text t)) {
            return;
        }
        Object v = switch (parse) {
            case NONE -> null;
            case INTEGER -> parser.integer(t, noun);
            case WHOLE -> parser.whole(t, noun);
            case NUMBER -> parser.number(t, noun, fallback == null ? 0 : fallback.applyAsDouble(base));
            case INTEGERS -> parser.integers(t, noun);
        };
        if (v != null) {
            values.put(id(), v);
        }
    }
}
