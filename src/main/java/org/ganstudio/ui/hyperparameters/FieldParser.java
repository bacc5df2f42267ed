package org.ganstudio.ui.hyperparameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganstudio.ui.common.Texts;

/**
 * Reads typed values out of text settings and collects the first problem per field; a failed field yields a
 * harmless placeholder so the rest of the form can still be checked.
 */
final class FieldParser {

    private final Map<Setting, String> errors = new LinkedHashMap<>();

    int integer(Setting.Text s, String noun) {
        long v = whole(s, noun);
        if (!failed(s) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            fail(s, Texts.get("hyperparameters.parse.tooLarge", noun));
        }
        return failed(s) ? 1 : (int) v;
    }

    long whole(Setting.Text s, String noun) {
        String t = s.trimmed();
        if (t.isEmpty()) {
            fail(s, Texts.get("hyperparameters.parse.missing", noun));
            return 1;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            fail(s, Texts.get("hyperparameters.parse.whole", noun));
            return 1;
        }
    }

    /** A decimal; when the field does not apply, an unparsable value falls back to {@code fallback}. */
    double number(Setting.Text s, String noun, double fallback) {
        String t = s.trimmed();
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            if (s.applicableProperty().get()) {
                fail(s, Texts.get(t.isEmpty() ? "hyperparameters.parse.missing" : "hyperparameters.parse.number", noun));
            }
            return fallback;
        }
    }

    List<Integer> integers(Setting.Text s, String noun) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.trimmed().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                fail(s, Texts.get("hyperparameters.parse.wholeList", noun));
                return List.of(1);
            }
        }
        if (out.isEmpty()) {
            fail(s, Texts.get("hyperparameters.parse.atLeastOne", noun));
            return List.of(1);
        }
        return out;
    }

    void fail(Setting s, String message) {
        errors.putIfAbsent(s, message);
        s.setError(errors.get(s));
    }

    boolean failed(Setting s) {
        return errors.containsKey(s);
    }

    boolean anyFailed() {
        return !errors.isEmpty();
    }
}
