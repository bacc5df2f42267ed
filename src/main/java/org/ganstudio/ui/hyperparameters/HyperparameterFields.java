package org.ganstudio.ui.hyperparameters;

import static org.ganstudio.ui.hyperparameters.OptionNames.format;
import static org.ganstudio.ui.hyperparameters.OptionNames.join;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.hyperparameters.FieldSpec.Parse;

/**
 * Every field of the hyperparameter form in one declarative list: label, help, whether it applies live, how a
 * config fills it, how its text is read and which config problems it shows. The form's load, parse and error
 * mapping are all driven by this list.
 */
final class HyperparameterFields {

    static final String KEY_PREFIX = "hyperparameters.";

    private final List<FieldSpec> specs = new ArrayList<>();
    private final List<Setting.Group> groups = new ArrayList<>();
    private List<Setting> current;

    HyperparameterFields() {
        group("data");
        text("batchSize", false, false, c -> Integer.toString(c.batchSize()), Parse.INTEGER, null,
                "batchSize");
        text("seed", false, false, c -> Long.toString(c.seed()), Parse.WHOLE, null);

        group("generator");
        text("latentSize", false, true, c -> Integer.toString(c.latentSize()), Parse.INTEGER, null, "latentSize");
        text("gStartChannels", false, true, c -> Integer.toString(c.generator().startChannels()),
                Parse.INTEGER, null, "generator.startChannels");
        text("gFilters", false, true,
                c -> join(c.generator().blocks().stream().map(BlockSpec::filters).toList()),
                Parse.INTEGERS, null);
        text("gKernel", false, true, c -> Integer.toString(firstKernel(c.generator())), Parse.INTEGER, null,
                "generator.outputKernel");
        add(new Setting.Flag("gBatchNorm", label("gBatchNorm"), help("gBatchNorm")),
                true, c -> c.generator().projectionBatchNorm());
        choice("gActivation", Activation.values(), true,
                c -> c.generator().projectionActivation());
        text("gSlope", false,
                true, c -> format(c.generator().projectionSlope()), Parse.NUMBER,
                c -> c.generator().projectionSlope(), "generator.projectionSlope");
        choice("gUpsampling", Upsampling.values(), true,
                c -> c.generator().upsampling());

        group("discriminator");
        text("dFilters", false, true,
                c -> join(c.discriminator().blocks().stream().map(BlockSpec::filters).toList()),
                Parse.INTEGERS, null);
        text("dDropout", false, true, c -> format(firstBlock(c, 0, BlockSpec::dropout)), Parse.NUMBER, c -> 0);
        text("dSlope", false, true,
                c -> format(firstBlock(c, 0.2, BlockSpec::slope)), Parse.NUMBER, c -> 0);

        group("optimizers");
        choice("gOptimizer", OptimizerKind.values(), false, c -> c.generatorOptimizer().kind());
        text("gLearningRate", true, false, c -> format(c.generatorOptimizer().learningRate()), Parse.NUMBER, c -> 0, "generatorOptimizer.learningRate");
        text("gBeta1", false, false,
                c -> format(c.generatorOptimizer().beta1()), Parse.NUMBER,
                c -> c.generatorOptimizer().beta1(), "generatorOptimizer.beta1");
        text("gBeta2", false, false,
                c -> format(c.generatorOptimizer().beta2()), Parse.NUMBER,
                c -> c.generatorOptimizer().beta2(), "generatorOptimizer.beta2");
        choice("dOptimizer", OptimizerKind.values(), false, c -> c.discriminatorOptimizer().kind());
        text("dLearningRate", true, false, c -> format(c.discriminatorOptimizer().learningRate()), Parse.NUMBER, c -> 0, "discriminatorOptimizer.learningRate");
        text("dBeta1", false, false,
                c -> format(c.discriminatorOptimizer().beta1()), Parse.NUMBER,
                c -> c.discriminatorOptimizer().beta1(), "discriminatorOptimizer.beta1");
        text("dBeta2", false, false,
                c -> format(c.discriminatorOptimizer().beta2()), Parse.NUMBER,
                c -> c.discriminatorOptimizer().beta2(), "discriminatorOptimizer.beta2");

        group("loss");
        choice("loss", LossKind.values(), false,
                ExperimentConfig::loss, "loss");
        text("labelSmoothing", false, false, c -> format(c.labelSmoothing()), Parse.NUMBER, c -> 0, "labelSmoothing");

        group("training");
        text("dSteps", true, false, c -> Integer.toString(c.discriminatorSteps()), Parse.INTEGER, null, "discriminatorSteps");
        choice("updateOrder", UpdateOrder.values(), false, ExperimentConfig::updateOrder,
                "updateOrder");
        // training-only fields: no config holds them, the form reads them on its own
        text("sampleEvery", true, false, null, Parse.NONE, null);
        text("targetSteps", true, false, null, Parse.NONE, null);
    }

    List<Setting.Group> groups() {
        return groups;
    }

    List<FieldSpec> specs() {
        return specs;
    }

    Setting setting(String id) {
        return spec(id).setting();
    }

    Setting.Text text(String id) {
        return (Setting.Text) setting(id);
    }

    @SuppressWarnings("unchecked")
    <E> Setting.Choice<E> choice(String id) {
        return (Setting.Choice<E>) setting(id);
    }

    Setting.Flag flag(String id) {
        return (Setting.Flag) setting(id);
    }

    FieldSpec spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + id));
    }

    /** The field that declared {@code path} as its own, or null. */
    Setting owner(String path) {
        return specs.stream().filter(s -> s.problems().contains(path)).map(FieldSpec::setting).findFirst()
                .orElse(null);
    }

    // ---- declaring ----

    /** Labels, tooltips and the nouns of error messages come from the hyperparameters bundle, by field id. */
    private static String label(String id) {
        return Texts.get(KEY_PREFIX + id);
    }

    private static String help(String id) {
        return Texts.get(KEY_PREFIX + id + ".tip");
    }

    private static String noun(String id) {
        return Texts.get(KEY_PREFIX + id + ".noun");
    }

    private void group(String id) {
        current = new ArrayList<>();
        groups.add(new Setting.Group(id, Texts.get(KEY_PREFIX + "group." + id), current));
        // Group copies its list, so it is replaced once the group's settings are known
    }

    private void text(String id, boolean live, boolean architecture,
                      Function<ExperimentConfig, Object> show, Parse parse,
                      ToDoubleFunction<ExperimentConfig> fallback, String... problems) {
        specs.add(new FieldSpec(new Setting.Text(id, label(id), help(id), live), architecture, show, parse, noun(id),
                fallback, List.of(problems)));
        addToGroup(specs.get(specs.size() - 1).setting());
    }

    private <E extends Enum<E>> void choice(String id, E[] options, boolean architecture,
                                            Function<ExperimentConfig, Object> show, String... problems) {
        Setting.Choice<E> c = new Setting.Choice<>(id, label(id), help(id), List.of(options), OptionNames::name);
        specs.add(new FieldSpec(c, architecture, show, Parse.NONE, label(id), null, List.of(problems)));
        addToGroup(c);
    }

    private void add(Setting s, boolean architecture, Function<ExperimentConfig, Object> show) {
        specs.add(new FieldSpec(s, architecture, show, Parse.NONE, s.label(), null, List.of()));
        addToGroup(s);
    }

    private void addToGroup(Setting s) {
        current.add(s);
        Setting.Group g = groups.remove(groups.size() - 1);
        groups.add(new Setting.Group(g.id(), g.title(), current));
    }

    private static int firstKernel(GeneratorSpec g) {
        return g.blocks().isEmpty() ? g.outputKernel() : g.blocks().get(0).kernel();
    }

    private static double firstBlock(ExperimentConfig c, double none, ToDoubleFunction<BlockSpec> value) {
        List<BlockSpec> d = c.discriminator().blocks();
        return d.isEmpty() ? none : value.applyAsDouble(d.get(0));
    }
}
