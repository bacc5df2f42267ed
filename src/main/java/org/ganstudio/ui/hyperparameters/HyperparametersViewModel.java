package org.ganstudio.ui.hyperparameters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.Presets;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;

/**
 * The hyperparameter form: typed text and choices in, a validated {@link ExperimentConfig} out (null while anything
 * is wrong), with the reason next to each field. Parse errors come from here; range and consistency errors come
 * from {@link ExperimentConfig#validate()}, mapped from its field paths to the form's fields. Settings the form
 * does not show (block strides, momentum, ...) are taken from the last loaded config, so nothing is lost.
 */
public final class HyperparametersViewModel {

    public static final int DEFAULT_SAMPLE_INTERVAL = 50;
    static final ImageShape DEFAULT_SHAPE = new ImageShape(1, 32, 32);

    private final Setting.Text batchSize = text("batchSize", "Batch size",
            "Images per training step for each network. Larger is smoother but slower per step.", false);
    private final Setting.Text seed = text("seed", "Seed",
            "Random seed for the initial weights, the batches and the fixed noise of the sample grid.", false);

    private final Setting.Text latentSize = text("latentSize", "Latent size",
            "Length of the random vector z the generator turns into an image.", false);
    private final Setting.Text gStartChannels = text("gStartChannels", "Start channels",
            "Channels of the small image the latent vector is projected to before upsampling.", false);
    private final Setting.Text gFilters = text("gFilters", "Block filters",
            "Filters of each upsampling block, comma-separated (e.g. 128, 64). Each block is one layer.", false);
    private final Setting.Text gKernel = text("gKernel", "Kernel size",
            "Side of the convolution kernels of the generator's blocks and output layer.", false);
    private final Setting.Flag gBatchNorm = new Setting.Flag("gBatchNorm", "Batch norm",
            "Normalise each block's activations over the batch; usually stabilises the generator.");
    private final Setting.Choice<Activation> gActivation = new Setting.Choice<>("gActivation", "Activation",
            "Non-linearity after each generator block.", List.of(Activation.values()), HyperparametersViewModel::name);
    private final Setting.Text gSlope = text("gSlope", "Leaky slope",
            "Slope of leaky ReLU for negative inputs (0 makes it a plain ReLU).", false);
    private final Setting.Choice<Upsampling> gUpsampling = new Setting.Choice<>("gUpsampling", "Upsampling",
            "Transposed convolutions (as in DCGAN) or nearest-neighbour resize followed by a convolution, which "
                    + "avoids checkerboard artifacts.", List.of(Upsampling.values()), HyperparametersViewModel::name);

    private final Setting.Text dFilters = text("dFilters", "Block filters",
            "Filters of each strided convolution block of the discriminator, comma-separated (e.g. 64, 128).", false);
    private final Setting.Text dDropout = text("dDropout", "Dropout",
            "Fraction of activations dropped during training in each block, in [0, 1).", false);
    private final Setting.Text dSlope = text("dSlope", "Leaky slope",
            "Slope of the discriminator's leaky ReLU for negative inputs.", false);

    private final Setting.Choice<OptimizerKind> gOptimizer = new Setting.Choice<>("gOptimizer", "G optimizer",
            "How the generator's weights follow their gradients.", List.of(OptimizerKind.values()),
            HyperparametersViewModel::name);
    private final Setting.Text gLearningRate = text("gLearningRate", "G learning rate",
            "Step size of the generator's optimizer. Applies at once, even while training.", true);
    private final Setting.Text gBeta1 = text("gBeta1", "G beta1",
            "Adam's first-moment decay; 0.5 is the DCGAN choice.", false);
    private final Setting.Text gBeta2 = text("gBeta2", "G beta2",
            "Adam's second-moment decay (RMSProp's decay).", false);
    private final Setting.Choice<OptimizerKind> dOptimizer = new Setting.Choice<>("dOptimizer", "D optimizer",
            "How the discriminator's weights follow their gradients.", List.of(OptimizerKind.values()),
            HyperparametersViewModel::name);
    private final Setting.Text dLearningRate = text("dLearningRate", "D learning rate",
            "Step size of the discriminator's optimizer. Applies at once, even while training.", true);
    private final Setting.Text dBeta1 = text("dBeta1", "D beta1", "Adam's first-moment decay.", false);
    private final Setting.Text dBeta2 = text("dBeta2", "D beta2", "Adam's second-moment decay (RMSProp's decay).",
            false);

    private final Setting.Choice<LossKind> loss = new Setting.Choice<>("loss", "Loss",
            "The adversarial objective both networks optimise.", List.of(LossKind.values()),
            HyperparametersViewModel::name);
    private final Setting.Text labelSmoothing = text("labelSmoothing", "Label smoothing",
            "Real labels become 1 − this value, which keeps the discriminator from growing overconfident.", false);

    private final Setting.Text dSteps = text("dSteps", "D steps per G step",
            "Discriminator updates for every generator update. Applies at once, even while training.", true);
    private final Setting.Choice<UpdateOrder> updateOrder = new Setting.Choice<>("updateOrder", "Update order",
            "Update both networks from one forward pass, or update D first and train G against the new D.",
            List.of(UpdateOrder.values()), HyperparametersViewModel::name);
    private final Setting.Text sampleEvery = text("sampleEvery", "Sample every",
            "Steps between two refreshes of the sample grid. Applies at once.", true);
    private final Setting.Text targetSteps = text("targetSteps", "Stop at step",
            "Optional: training pauses when it reaches this step, and the status bar shows the time left.", true);

    private final List<Setting.Group> groups = List.of(
            new Setting.Group("data", "Data", List.of(batchSize, seed)),
            new Setting.Group("generator", "Generator",
                    List.of(latentSize, gStartChannels, gFilters, gKernel, gBatchNorm, gActivation, gSlope, gUpsampling)),
            new Setting.Group("discriminator", "Discriminator", List.of(dFilters, dDropout, dSlope)),
            new Setting.Group("optimizers", "Optimizers",
                    List.of(gOptimizer, gLearningRate, gBeta1, gBeta2, dOptimizer, dLearningRate, dBeta1, dBeta2)),
            new Setting.Group("loss", "Loss", List.of(loss, labelSmoothing)),
            new Setting.Group("training", "Training", List.of(dSteps, updateOrder, sampleEvery, targetSteps)));

    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyIntegerWrapper sampleInterval =
            new ReadOnlyIntegerWrapper(this, "sampleInterval", DEFAULT_SAMPLE_INTERVAL);
    private final ReadOnlyLongWrapper target = new ReadOnlyLongWrapper(this, "target");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    private ExperimentConfig base;
    private boolean loading;

    public HyperparametersViewModel() {
        for (Setting.Group g : groups) {
            for (Setting s : g.settings()) {
                if (s instanceof Setting.Text t) {
                    t.textProperty().addListener((obs, old, now) -> recompute());
                } else if (s instanceof Setting.Choice<?> c) {
                    c.valueProperty().addListener((obs, old, now) -> recompute());
                } else if (s instanceof Setting.Flag f) {
                    f.valueProperty().addListener((obs, old, now) -> recompute());
                }
            }
        }
        loading = true;
        sampleEvery.textProperty().set(Integer.toString(DEFAULT_SAMPLE_INTERVAL));
        load(Presets.reference(DEFAULT_SHAPE));
    }

    private static Setting.Text text(String id, String label, String help, boolean live) {
        return new Setting.Text(id, label, help, live);
    }

    // ---- outputs ----

    public List<Setting.Group> groups() {
        return groups;
    }

    /** The setting with this id; throws for unknown ids. */
    public Setting setting(String id) {
        return groups.stream().flatMap(g -> g.settings().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + id));
    }

    public Setting.Text textSetting(String id) {
        return (Setting.Text) setting(id);
    }

    /** The config as typed, or null while any field is invalid. */
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ExperimentConfig config() {
        return config.get();
    }

    /** True when the config and the training fields (sample interval, stop step) are all valid. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sampleIntervalProperty() {
        return sampleInterval.getReadOnlyProperty();
    }

    /** The step at which training should pause, or 0 for none. */
    public ReadOnlyLongProperty targetStepsProperty() {
        return target.getReadOnlyProperty();
    }

    /** Problems that belong to no single field, or "". */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ImageShape imageShape() {
        return base.imageShape();
    }

    // ---- inputs ----

    /** Shows {@code c} in the form (e.g. a preset or an opened experiment's config). */
    public void load(ExperimentConfig c) {
        Objects.requireNonNull(c, "config");
        loading = true;
        try {
            base = c;
            batchSize.textProperty().set(Integer.toString(c.batchSize()));
            seed.textProperty().set(Long.toString(c.seed()));
            loadArchitecture(c);
            gOptimizer.valueProperty().set(c.generatorOptimizer().kind());
            gLearningRate.textProperty().set(format(c.generatorOptimizer().learningRate()));
            gBeta1.textProperty().set(format(c.generatorOptimizer().beta1()));
            gBeta2.textProperty().set(format(c.generatorOptimizer().beta2()));
            dOptimizer.valueProperty().set(c.discriminatorOptimizer().kind());
            dLearningRate.textProperty().set(format(c.discriminatorOptimizer().learningRate()));
            dBeta1.textProperty().set(format(c.discriminatorOptimizer().beta1()));
            dBeta2.textProperty().set(format(c.discriminatorOptimizer().beta2()));
            loss.valueProperty().set(c.loss());
            labelSmoothing.textProperty().set(format(c.labelSmoothing()));
            dSteps.textProperty().set(Integer.toString(c.discriminatorSteps()));
            updateOrder.valueProperty().set(c.updateOrder());
        } finally {
            loading = false;
        }
        recompute();
    }

    private void loadArchitecture(ExperimentConfig c) {
        GeneratorSpec g = c.generator();
        latentSize.textProperty().set(Integer.toString(c.latentSize()));
        gStartChannels.textProperty().set(Integer.toString(g.startChannels()));
        gFilters.textProperty().set(join(g.blocks().stream().map(BlockSpec::filters).toList()));
        gKernel.textProperty().set(Integer.toString(g.blocks().isEmpty() ? g.outputKernel() : g.blocks().get(0).kernel()));
        gBatchNorm.valueProperty().set(g.projectionBatchNorm());
        gActivation.valueProperty().set(g.projectionActivation());
        gSlope.textProperty().set(format(g.projectionSlope()));
        gUpsampling.valueProperty().set(g.upsampling());
        List<BlockSpec> d = c.discriminator().blocks();
        dFilters.textProperty().set(join(d.stream().map(BlockSpec::filters).toList()));
        dDropout.textProperty().set(format(d.isEmpty() ? 0 : d.get(0).dropout()));
        dSlope.textProperty().set(format(d.isEmpty() ? 0.2 : d.get(0).slope()));
    }

    /**
     * Adopts the image shape of newly loaded data. When it differs from the form's, the network fields are reset to
     * the reference architecture for that shape (other fields keep what was typed).
     *
     * @return whether the network fields were reset
     */
    public boolean setImageShape(ImageShape shape) {
        if (shape.equals(base.imageShape())) {
            return false;
        }
        ExperimentConfig reference = Presets.reference(shape);
        ExperimentConfig old = base;
        loading = true;
        try {
            base = new ExperimentConfig(shape, reference.latentSize(), reference.generator(),
                    reference.discriminator(), old.loss(), old.generatorOptimizer(), old.discriminatorOptimizer(),
                    old.discriminatorSteps(), old.labelSmoothing(), old.batchSize(), old.seed(), old.updateOrder());
            loadArchitecture(base);
        } finally {
            loading = false;
        }
        recompute();
        return true;
    }

    /** Shows the live values of a running session (they may differ from its config after live changes). */
    public void setLiveValues(double generatorLr, double discriminatorLr, int discriminatorSteps) {
        loading = true;
        try {
            gLearningRate.textProperty().set(format(generatorLr));
            dLearningRate.textProperty().set(format(discriminatorLr));
            dSteps.textProperty().set(Integer.toString(discriminatorSteps));
        } finally {
            loading = false;
        }
        recompute();
    }

    public void setSampleInterval(int steps) {
        sampleEvery.textProperty().set(Integer.toString(steps));
    }

    // ---- building and checking the config ----

    private void recompute() {
        if (loading || base == null) {
            return;
        }
        for (Setting.Group g : groups) {
            g.settings().forEach(s -> s.setError(""));
        }
        OptimizerKind gKind = gOptimizer.valueOr(OptimizerKind.ADAM);
        OptimizerKind dKind = dOptimizer.valueOr(OptimizerKind.ADAM);
        gBeta1.setApplicable(gKind == OptimizerKind.ADAM);
        gBeta2.setApplicable(gKind != OptimizerKind.SGD_MOMENTUM);
        dBeta1.setApplicable(dKind == OptimizerKind.ADAM);
        dBeta2.setApplicable(dKind != OptimizerKind.SGD_MOMENTUM);
        gSlope.setApplicable(gActivation.valueOr(Activation.LEAKY_RELU) == Activation.LEAKY_RELU);

        Parser p = new Parser();
        int batch = p.integer(batchSize, "batch size");
        long seedValue = p.whole(seed, "seed");
        int latent = p.integer(latentSize, "latent size");
        int startChannels = p.integer(gStartChannels, "start channels");
        List<Integer> gf = p.integers(gFilters, "block filters");
        int kernel = p.integer(gKernel, "kernel size");
        double gs = p.number(gSlope, "slope", base.generator().projectionSlope());
        List<Integer> df = p.integers(dFilters, "block filters");
        double dropout = p.number(dDropout, "dropout", 0);
        double ds = p.number(dSlope, "slope", 0);
        double gLr = p.number(gLearningRate, "learning rate", 0);
        double gB1 = p.number(gBeta1, "beta1", base.generatorOptimizer().beta1());
        double gB2 = p.number(gBeta2, "beta2", base.generatorOptimizer().beta2());
        double dLr = p.number(dLearningRate, "learning rate", 0);
        double dB1 = p.number(dBeta1, "beta1", base.discriminatorOptimizer().beta1());
        double dB2 = p.number(dBeta2, "beta2", base.discriminatorOptimizer().beta2());
        double smoothing = p.number(labelSmoothing, "label smoothing", 0);
        int k = p.integer(dSteps, "D steps per G step");
        Parser trainingFields = new Parser();
        int every = trainingFields.integer(sampleEvery, "sample interval");
        if (!trainingFields.failed(sampleEvery) && (every < 1 || every > 100_000)) {
            trainingFields.fail(sampleEvery, "sample interval must be between 1 and 100000 steps");
        }
        long stopAt = stopStep(trainingFields);
        if (!trainingFields.failed(sampleEvery)) {
            sampleInterval.set(every);
        }
        if (!trainingFields.failed(targetSteps)) {
            target.set(stopAt);
        }

        ExperimentConfig built = null;
        List<String> general = new ArrayList<>();
        if (!p.anyFailed()) {
            GeneratorSpec g = generator(p, latent, startChannels, gf, kernel, gs);
            DiscriminatorSpec d = discriminator(df, dropout, ds);
            if (g != null) {
                ExperimentConfig c = new ExperimentConfig(base.imageShape(), latent, g, d,
                        loss.valueOr(LossKind.NON_SATURATING),
                        optimizer(base.generatorOptimizer(), gKind, gLr, gB1, gB2),
                        optimizer(base.discriminatorOptimizer(), dKind, dLr, dB1, dB2),
                        k, smoothing, batch, seedValue, updateOrder.valueOr(UpdateOrder.SIMULTANEOUS));
                for (ExperimentConfig.Problem problem : c.validate()) {
                    Setting s = settingFor(problem.field());
                    if (s == null) {
                        general.add(problem.message());
                    } else {
                        p.fail(s, blockPrefix(problem.field()) + problem.message());
                    }
                }
                if (!p.anyFailed() && general.isEmpty()) {
                    built = c;
                }
            }
        }
        formError.set(String.join("\n", general));
        config.set(built);
        valid.set(built != null && !trainingFields.anyFailed());
    }

    private long stopStep(Parser p) {
        if (targetSteps.trimmed().isEmpty()) {
            return 0;
        }
        long v = p.whole(targetSteps, "stop step");
        if (!p.failed(targetSteps) && v < 1) {
            p.fail(targetSteps, "stop step must be positive, or empty for none");
        }
        return v;
    }

    private GeneratorSpec generator(Parser p, int latent, int startChannels, List<Integer> filters, int kernel,
                                    double slope) {
        GeneratorSpec b = base.generator();
        int size = base.imageShape().height();
        int[] strides = GeneratorLayout.strides(b, filters.size(), size);
        if (strides == null) {
            p.fail(gFilters, GeneratorLayout.explain(b, filters.size(), size));
            return null;
        }
        boolean bn = gBatchNorm.valueProperty().get();
        Activation act = gActivation.valueOr(Activation.LEAKY_RELU);
        List<BlockSpec> blocks = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            double dropout = i < b.blocks().size() ? b.blocks().get(i).dropout() : 0;
            blocks.add(new BlockSpec(filters.get(i), kernel, strides[i], bn, act, slope, dropout));
        }
        return new GeneratorSpec(b.startSize(), startChannels, bn, act, slope, gUpsampling.valueOr(Upsampling.TRANSPOSED_CONV),
                blocks, kernel, b.outputStride());
    }

    private DiscriminatorSpec discriminator(List<Integer> filters, double dropout, double slope) {
        List<BlockSpec> old = base.discriminator().blocks();
        List<BlockSpec> blocks = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            BlockSpec t = old.isEmpty() ? new BlockSpec(64, 5, 2, false, Activation.LEAKY_RELU, slope, dropout)
                    : old.get(Math.min(i, old.size() - 1));
            blocks.add(new BlockSpec(filters.get(i), t.kernel(), t.stride(), t.batchNorm(), t.activation(), slope, dropout));
        }
        return new DiscriminatorSpec(blocks);
    }

    private static OptimizerSpec optimizer(OptimizerSpec b, OptimizerKind kind, double lr, double beta1, double beta2) {
        return new OptimizerSpec(kind, lr, beta1, beta2, b.momentum(), b.epsilon());
    }

    private static final Pattern BLOCK = Pattern.compile("^(generator|discriminator)\\.blocks\\[(\\d+)]\\.(\\w+)$");

    /** The form field that a {@link ExperimentConfig.Problem#field()} path belongs to, or null. */
    Setting settingFor(String field) {
        Matcher m = BLOCK.matcher(field);
        if (m.matches()) {
            boolean g = m.group(1).equals("generator");
            return switch (m.group(3)) {
                case "kernel" -> g ? gKernel : dFilters;
                case "slope" -> g ? gSlope : dSlope;
                case "dropout" -> g ? gFilters : dDropout;
                default -> g ? gFilters : dFilters;
            };
        }
        Map<String, Setting> exact = new LinkedHashMap<>();
        exact.put("batchSize", batchSize);
        exact.put("latentSize", latentSize);
        exact.put("discriminatorSteps", dSteps);
        exact.put("labelSmoothing", labelSmoothing);
        exact.put("loss", loss);
        exact.put("updateOrder", updateOrder);
        exact.put("generatorOptimizer.learningRate", gLearningRate);
        exact.put("generatorOptimizer.beta1", gBeta1);
        exact.put("generatorOptimizer.beta2", gBeta2);
        exact.put("discriminatorOptimizer.learningRate", dLearningRate);
        exact.put("discriminatorOptimizer.beta1", dBeta1);
        exact.put("discriminatorOptimizer.beta2", dBeta2);
        exact.put("generator.startChannels", gStartChannels);
        exact.put("generator.projectionSlope", gSlope);
        exact.put("generator.outputKernel", gKernel);
        Setting s = exact.get(field);
        if (s != null) {
            return s;
        }
        if (field.startsWith("generatorOptimizer")) {
            return gOptimizer;
        }
        if (field.startsWith("discriminatorOptimizer")) {
            return dOptimizer;
        }
        if (field.startsWith("generator")) {
            return gFilters;
        }
        if (field.startsWith("discriminator")) {
            return dFilters;
        }
        return null;
    }

    private static String blockPrefix(String field) {
        Matcher m = BLOCK.matcher(field);
        return m.matches() ? "block " + (Integer.parseInt(m.group(2)) + 1) + ": " : "";
    }

    /** Collects parse errors per field; failed fields yield a harmless placeholder value. */
    private static final class Parser {
        private final Map<Setting, String> errors = new LinkedHashMap<>();

        int integer(Setting.Text s, String noun) {
            long v = whole(s, noun);
            if (!failed(s) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                fail(s, noun + " is too large");
            }
            return failed(s) ? 1 : (int) v;
        }

        long whole(Setting.Text s, String noun) {
            String t = s.trimmed();
            if (t.isEmpty()) {
                fail(s, noun + " is missing");
                return 1;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                fail(s, noun + " must be a whole number");
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
                    fail(s, t.isEmpty() ? noun + " is missing" : noun + " must be a number");
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
                    fail(s, noun + " must be whole numbers separated by commas");
                    return List.of(1);
                }
            }
            if (out.isEmpty()) {
                fail(s, noun + " need at least one number");
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

    // ---- display ----

    /** A double as short plain text: 2.0E-4 becomes "0.0002", 0.5 stays "0.5". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 8 ? plain : Double.toString(v);
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
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
}
