package org.ganstudio.ui.hyperparameters;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganstudio.ui.common.Texts;

/**
 * Which form field shows a problem of {@link org.ganstudio.model.ExperimentConfig#validate()}: block problems go to
 * the block fields (with "block n: " in front), exact paths to the field that declared them, the rest of a network's
 * or optimizer's problems to its main field; anything else belongs to no field.
 */
final class ProblemMapping {

    private static final Pattern BLOCK = Pattern.compile("^(generator|discriminator)\\.blocks\\[(\\d+)]\\.(\\w+)$");

    private final HyperparameterFields fields;

    ProblemMapping(HyperparameterFields fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The form field that a problem's field path belongs to, or null. */
    Setting settingFor(String path) {
        Matcher m = BLOCK.matcher(path);
        if (m.matches()) {
            boolean g = m.group(1).equals("generator");
            return fields.setting(switch (m.group(3)) {
                case "kernel" -> g ? "gKernel" : "dFilters";
                case "slope" -> g ? "gSlope" : "dSlope";
                case "dropout" -> g ? "gFilters" : "dDropout";
                default -> g ? "gFilters" : "dFilters";
            });
        }
        Setting exact = fields.owner(path);
        if (exact != null) {
            return exact;
        }
        if (path.startsWith("generatorOptimizer")) {
            return fields.setting("gOptimizer");
        }
        if (path.startsWith("discriminatorOptimizer")) {
            return fields.setting("dOptimizer");
        }
        if (path.startsWith("generator")) {
            return fields.setting("gFilters");
        }
        if (path.startsWith("discriminator")) {
            return fields.setting("dFilters");
        }
        return null;
    }

    /** "block 2: " for a problem of a block, else "". */
    static String blockPrefix(String path) {
        Matcher m = BLOCK.matcher(path);
        return m.matches() ? Texts.get("hyperparameters.blockPrefix", Integer.toString(Integer.parseInt(m.group(2)) + 1)) : "";
    }
}
