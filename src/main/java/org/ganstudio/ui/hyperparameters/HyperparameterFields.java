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
import org.ganstudio.ui.hyperparameters.FieldSpec.Parse;

/**
 * Every field of the hyperparameter form in one declarative list: label, help, whether it applies live, how a
 * config fills it, how its text is read and which config problems it shows. The form's load, parse and error
 * mapping are all driven by this list.
 */
final class HyperparameterFields {

    private final List<FieldSpec> specs = new ArrayList<>();
    private final List<Setting.Group> groups = new ArrayList<>();
    private List<Setting> current;

    HyperparameterFields() {
        group("data", "Data");
        text("batchSize", "Batch size", "Images per training step for each network. Larger is smoother but slower "
                + "per step.", false, false, c -> Integer.toString(c.batchSize()), Parse.INTEGER, "batch size", null,
                "batchSize");
        text("seed", "Seed", "Random seed for the initial weights, the batches and the fixed noise of the sample grid.",
                false, false, c -> Long.toString(c.seed()), Parse.WHOLE, "seed", null);

        group("generator", "Generator");
        text("latentSize", "Latent size", "Length of the random vector z the generator turns into an image.",
                false, true, c -> Integer.toString(c.latentSize()), Parse.INTEGER, "latent size", null, "latentSize");
        text("gStartChannels", "Start channels", "Channels of the small image the latent vector is projected to "
                + "before upsampling.", false, true, c -> Integer.toString(c.generator().startChannels()),
                Parse.INTEGER, "start channels", null, "generator.startChannels");
        text("gFilters", "Block filters", "Filters of each upsampling block, comma-separated (e.g. 128, 64). Each "
                + "block is one layer.", false, true,
                c -> join(c.generator().blocks().stream().map(BlockSpec::filters).toList()),
                Parse.INTEGERS, "block filters", null);
        text("gKernel", "Kernel size", "Side of the convolution kernels of the generator's blocks and output layer.",
                false, true, c -> Integer.toString(firstKernel(c.generator())), Parse.INTEGER, "kernel size", null,
                "generator.outputKernel");
        add(new Setting.Flag("gBatchNorm", "Batch norm",
                "Normalise each block's activations over the batch; usually stabilises the generator."),
                true, c -> c.generator().projectionBatchNorm());
        choice("gActivation", "Activation", "Non-linearity after each generator block.", Activation.values(), true,
                c -> c.generator().projectionActivation());
        text("gSlope", "Leaky slope", "Slope of leaky ReLU for negative inputs (0 makes it a plain ReLU).", false,
                true, c -> format(c.generator().projectionSlope()), Parse.NUMBER, "slope",
                c -> c.generator().projectionSlope(), "generator.projectionSlope");
        choice("gUpsampling", "Upsampling", "Transposed convolutions (as in DCGAN) or nearest-neighbour resize "
                + "followed by a convolution, which avoids checkerboard artifacts.", Upsampling.values(), true,
                c -> c.generator().upsampling());

        group("discriminator", "Discriminator");
        text("dFilters", "Block filters", "Filters of each strided convolution block of the discriminator, "
                + "comma-separated (e.g. 64, 128).", false, true,
                c -> join(c.discriminator().blocks().stream().map(BlockSpec::filters).toList()),
                Parse.INTEGERS, "block filters", null);
        text("dDropout", "Dropout", "Fraction of activations dropped during training in each block, in [0, 1).",
                false, true, c -> format(firstBlock(c, 0, BlockSpec::dropout)), Parse.NUMBER, "dropout", c -> 0);
        text("dSlope", "Leaky slope", "Slope of the discriminator's leaky ReLU for negative inputs.", false, true,
                c -> format(firstBlock(c, 0.2, BlockSpec::slope)), Parse.NUMBER, "slope", c -> 0);

        group("optimizers", "Optimizers");
        choice("gOptimizer", "G optimizer", "How the generator's weights follow their gradients.",
                OptimizerKind.values(), false, c -> c.generatorOptimizer().kind());
        text("gLearningRate", "G learning rate", "Step size of the generator's optimizer. Applies at once, even "
                + "while training.", true, false, c -> format(c.generatorOptimizer().learningRate()), Parse.NUMBER,
                "learning rate", c -> 0, "generatorOptimizer.learningRate");
        text("gBeta1", "G beta1", "Adam's first-moment decay; 0.5 is the DCGAN choice.", false, false,
                c -> format(c.generatorOptimizer().beta1()), Parse.NUMBER, "beta1",
                c -> c.generatorOptimizer().beta1(), "generatorOptimizer.beta1");
        text("gBeta2", "G beta2", "Adam's second-moment decay (RMSProp's decay).", false, false,
                c -> format(c.generatorOptimizer().beta2()), Parse.NUMBER, "beta2",
                c -> c.generatorOptimizer().beta2(), "generatorOptimizer.beta2");
        choice("dOptimizer", "D optimizer", "How the discriminator's weights follow their gradients.",
                OptimizerKind.values(), false, c -> c.discriminatorOptimizer().kind());
        text("dLearningRate", "D learning rate", "Step size of the discriminator's optimizer. Applies at once, even "
                + "while training.", true, false, c -> format(c.discriminatorOptimizer().learningRate()), Parse.NUMBER,
                "learning rate", c -> 0, "discriminatorOptimizer.learningRate");
        text("dBeta1", "D beta1", "Adam's first-moment decay.", false, false,
                c -> format(c.discriminatorOptimizer().beta1()), Parse.NUMBER, "beta1",
                c -> c.discriminatorOptimizer().beta1(), "discriminatorOptimizer.beta1");
        text("dBeta2", "D beta2", "Adam's second-moment decay (RMSProp's decay).", false, false,
                c -> format(c.discriminatorOptimizer().beta2()), Parse.NUMBER, "beta2",
                c -> c.discriminatorOptimizer().beta2(), "discriminatorOptimizer.beta2");

        group("loss", "Loss");
        choice("loss", "Loss", "The adversarial objective both networks optimise.", LossKind.values(), false,
                ExperimentConfig::loss, "loss");
        text("labelSmoothing", "Label smoothing", "Real labels become 1 − this value, which keeps the discriminator "
                + "from growing overconfident.", false, false, c -> format(c.labelSmoothing()), Parse.NUMBER,
                "label smoothing", c -> 0, "labelSmoothing");

        group("training", "Training");
        text("dSteps", "D steps per G step", "Discriminator updates for every generator update. Applies at once, "
                + "even while training.", true, false, c -> Integer.toString(c.discriminatorSteps()), Parse.INTEGER,
                "D steps per G step", null, "discriminatorSteps");
        choice("updateOrder", "Update order", "Update both networks from one forward pass, or update D first and "
                + "train G against the new D.", UpdateOrder.values(), false, ExperimentConfig::updateOrder,
                "updateOrder");
        // training-only fields: no config holds them, the form reads them on its own
        text("sampleEvery", "Sample every", "Steps between two refreshes of the sample grid. Applies at once.",
                true, false, null, Parse.NONE, "sample interval", null);
        text("targetSteps", "Stop at step", "Optional: training stops exactly at this step, and the status bar "
                + "shows the time left.", true, false, null, Parse.NONE, "stop step", null);
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

    private void group(String id, String title) {
        current = new ArrayList<>();
        groups.add(new Setting.Group(id, title, current));
        // Group copies its list, so it is replaced once the group's settings are known
    }

    private void text(String id, String label, String help, boolean live, boolean architecture,
                      Function<ExperimentConfig, Object> show, Parse parse, String noun,
                      ToDoubleFunction<ExperimentConfig> fallback, String... problems) {
        specs.add(new FieldSpec(new Setting.Text(id, label, help, live), architecture, show, parse, noun, fallback,
                List.of(problems)));
        addToGroup(specs.get(specs.size() - 1).setting());
    }

    private <E extends Enum<E>> void choice(String id, String label, String help, E[] options, boolean architecture,
                                            Function<ExperimentConfig, Object> show, String... problems) {
        Setting.Choice<E> c = new Setting.Choice<>(id, label, help, List.of(options), OptionNames::name);
        specs.add(new FieldSpec(c, architecture, show, Parse.NONE, label, null, List.of(problems)));
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
