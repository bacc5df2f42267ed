package org.ganstudio.ui.hyperparameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MemoryBudget;
import org.ganstudio.model.MemoryEstimate;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.Preset;
import org.ganstudio.ui.common.ExperimentSettings;
import org.ganstudio.ui.common.Texts;

/**
 * The hyperparameter form: typed text and choices in, a validated {@link ExperimentConfig} out (null while anything
 * is wrong), with the reason next to each field. The fields are declared in {@link HyperparameterFields}; parse
 * errors come from {@link FieldParser}, range and consistency errors from {@link ExperimentConfig#validate()},
 * placed by {@link ProblemMapping}; {@link ConfigAssembler} builds the config.
 */
public final class HyperparametersViewModel implements ExperimentSettings {

    public static final int DEFAULT_SAMPLE_INTERVAL = 50;
    static final ImageShape DEFAULT_SHAPE = new ImageShape(1, 32, 32);

    private final HyperparameterFields fields = new HyperparameterFields();
    private final ProblemMapping problems = new ProblemMapping(fields);
    private final ConfigAssembler assembler = new ConfigAssembler(fields);

    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final javafx.beans.value.ObservableValue<String> memoryEstimate = config.map(HyperparametersViewModel::memoryText).orElse("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyIntegerWrapper sampleInterval =
            new ReadOnlyIntegerWrapper(this, "sampleInterval", DEFAULT_SAMPLE_INTERVAL);
    private final ReadOnlyLongWrapper target = new ReadOnlyLongWrapper(this, "target");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    private final javafx.beans.property.ObjectProperty<Preset> preset =
            new javafx.beans.property.SimpleObjectProperty<>(this, "preset", Preset.DEFAULT);
    private final ReadOnlyBooleanWrapper presetChanged = new ReadOnlyBooleanWrapper(this, "presetChanged");

    private ExperimentConfig base;
    private boolean loading;

    public HyperparametersViewModel() {
        for (FieldSpec spec : fields.specs()) {
            Setting s = spec.setting();
            if (s instanceof Setting.Text t) {
                t.textProperty().addListener((obs, old, now) -> recompute());
            } else if (s instanceof Setting.Choice<?> c) {
                c.valueProperty().addListener((obs, old, now) -> recompute());
            } else if (s instanceof Setting.Flag f) {
                f.valueProperty().addListener((obs, old, now) -> recompute());
            }
        }
        loading = true;
        fields.text("sampleEvery").textProperty().set(Integer.toString(DEFAULT_SAMPLE_INTERVAL));
        load(Preset.DEFAULT.config(DEFAULT_SHAPE));
    }

    // ---- presets ----

    /**
     * The preset the form started from; choosing one fills the whole form with it for the current image shape
     * ({@link #applyPreset}), and new experiments and new image shapes start from it.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset;
    }

    /** Fills the form with {@code p} for the form's image shape and makes it the preset new shapes start from. */
    public void applyPreset(Preset p) {
        Objects.requireNonNull(p, "preset");
        preset.set(p);
        fill(p.config(base.imageShape()), false);
    }

    /** The chosen preset's configuration for images of {@code shape}. */
    public ExperimentConfig presetConfig(ImageShape shape) {
        return preset.get().config(shape);
    }

    /** True when the form's valid configuration differs from the chosen preset's (someone edited a field). */
    public ReadOnlyBooleanProperty presetChangedProperty() {
        return presetChanged.getReadOnlyProperty();
    }

    /** The presets' names, for views: "Fast (tuned for a CPU)". */
    public static String presetName(Preset p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case FAST -> Texts.get("presets.fast.name");
            case TENSORFLOW -> Texts.get("presets.tensorflow.name");
            case PYTORCH -> Texts.get("presets.pytorch.name");
        };
    }

    /** The one-line description of {@code p}. */
    public static String presetDescription(Preset p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case FAST -> Texts.get("presets.fast.description");
            case TENSORFLOW -> Texts.get("presets.tensorflow.description");
            case PYTORCH -> Texts.get("presets.pytorch.description");
        };
    }

    // ---- outputs ----

    public List<Setting.Group> groups() {
        return fields.groups();
    }

    /** The setting with this id; throws for unknown ids. */
    public Setting setting(String id) {
        return fields.setting(id);
    }

    public Setting.Text textSetting(String id) {
        return fields.text(id);
    }

    @Override
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    @Override
    public ExperimentConfig config() {
        return config.get();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty sampleIntervalProperty() {
        return sampleInterval.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty targetStepsProperty() {
        return target.getReadOnlyProperty();
    }

    /**
     * What the configuration in the form needs in memory, live, with what this machine can give: the same
     * estimate that {@code ExperimentConfig.validate} refuses a network with before it is built. "" without a
     * valid configuration.
     */
    public javafx.beans.value.ObservableValue<String> memoryEstimateProperty() {
        return memoryEstimate;
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
    @Override
    public void load(ExperimentConfig c) {
        Objects.requireNonNull(c, "config");
        fill(c, false);
    }

    /**
     * Adopts the image shape of newly loaded data. When it differs from the form's, the network fields are reset to
     * the chosen preset's architecture for that shape (other fields keep what was typed).
     *
     * @return whether the network fields were reset
     */
    public boolean setImageShape(ImageShape shape) {
        if (shape.equals(base.imageShape())) {
            return false;
        }
        ExperimentConfig reference = preset.get().config(shape);
        ExperimentConfig old = base;
        fill(new ExperimentConfig(shape, reference.latentSize(), reference.generator(), reference.discriminator(),
                old.loss(), old.generatorOptimizer(), old.discriminatorOptimizer(), old.discriminatorSteps(),
                old.labelSmoothing(), old.batchSize(), old.seed(), old.updateOrder()), true);
        return true;
    }

    @Override
    public void setLiveValues(double generatorLr, double discriminatorLr, int discriminatorSteps) {
        loading = true;
        try {
            fields.text("gLearningRate").textProperty().set(OptionNames.format(generatorLr));
            fields.text("dLearningRate").textProperty().set(OptionNames.format(discriminatorLr));
            fields.text("dSteps").textProperty().set(Integer.toString(discriminatorSteps));
        } finally {
            loading = false;
        }
        recompute();
    }

    @Override
    public void setSampleInterval(int steps) {
        fields.text("sampleEvery").textProperty().set(Integer.toString(steps));
    }

    // ---- building and checking the config ----

    /** Makes {@code c} the base and shows it: all fields, or only the architecture's. */
    private void fill(ExperimentConfig c, boolean architectureOnly) {
        loading = true;
        try {
            base = c;
            for (FieldSpec spec : fields.specs()) {
                if (!architectureOnly || spec.architecture()) {
                    spec.load(c);
                }
            }
        } finally {
            loading = false;
        }
        recompute();
    }

    private void recompute() {
        if (loading || base == null) {
            return;
        }
        fields.specs().forEach(s -> s.setting().setError(""));
        updateApplicability();

        FieldParser p = new FieldParser();
        FormValues values = new FormValues();
        fields.specs().forEach(spec -> spec.parse(p, base, values));
        boolean trainingFieldsValid = readTrainingFields();

        ExperimentConfig built = null;
        List<String> general = new ArrayList<>();
        if (!p.anyFailed()) {
            ExperimentConfig c = assembler.assemble(base, values, p);
            if (c != null) {
                for (ExperimentConfig.Problem problem : c.validate()) {
                    Setting s = problems.settingFor(problem.field());
                    if (s == null) {
                        general.add(ProblemTexts.localize(problem.message()));
                    } else {
                        p.fail(s, ProblemMapping.blockPrefix(problem.field()) + ProblemTexts.localize(problem.message()));
                    }
                }
                if (!p.anyFailed() && general.isEmpty()) {
                    built = c;
                }
            }
        }
        formError.set(String.join("\n", general));
        presetChanged.set(built == null || !built.equals(preset.get().config(built.imageShape())));
        config.set(built);
        valid.set(built != null && trainingFieldsValid);
    }

    /** Beta fields matter only for the optimizers that use them, the slope only for leaky ReLU. */
    private void updateApplicability() {
        OptimizerKind gKind = fields.<OptimizerKind>choice("gOptimizer").valueOr(OptimizerKind.ADAM);
        OptimizerKind dKind = fields.<OptimizerKind>choice("dOptimizer").valueOr(OptimizerKind.ADAM);
        fields.setting("gBeta1").setApplicable(gKind == OptimizerKind.ADAM);
        fields.setting("gBeta2").setApplicable(gKind != OptimizerKind.SGD_MOMENTUM);
        fields.setting("dBeta1").setApplicable(dKind == OptimizerKind.ADAM);
        fields.setting("dBeta2").setApplicable(dKind != OptimizerKind.SGD_MOMENTUM);
        fields.setting("gSlope").setApplicable(
                fields.<Activation>choice("gActivation").valueOr(Activation.LEAKY_RELU) == Activation.LEAKY_RELU);
    }

    /** Sample interval and stop step: not part of the config. Returns whether both are valid. */
    private boolean readTrainingFields() {
        FieldParser p = new FieldParser();
        Setting.Text sampleEvery = fields.text("sampleEvery");
        Setting.Text targetSteps = fields.text("targetSteps");
        int every = p.integer(sampleEvery, Texts.get("hyperparameters.sampleEvery.noun"));
        if (!p.failed(sampleEvery) && (every < 1 || every > 100_000)) {
            p.fail(sampleEvery, Texts.get("hyperparameters.sampleEvery.range"));
        }
        long stopAt = 0;
        if (!targetSteps.trimmed().isEmpty()) {
            stopAt = p.whole(targetSteps, Texts.get("hyperparameters.targetSteps.noun"));
            if (!p.failed(targetSteps) && stopAt < 1) {
                p.fail(targetSteps, Texts.get("hyperparameters.targetSteps.positive"));
            }
        }
        if (!p.failed(sampleEvery)) {
            sampleInterval.set(every);
        }
        if (!p.failed(targetSteps)) {
            target.set(stopAt);
        }
        return !p.anyFailed();
    }

    // ---- display (kept here for views and tests that name them so) ----

    static String format(double v) {
        return OptionNames.format(v);
    }

    /** Display name of an enum option. */
    public static String name(Enum<?> e) {
        return OptionNames.name(e);
    }

    /** Names for any setting choice, for views. */
    public static <E> Function<E, String> names() {
        return OptionNames.names();
    }

    /** The live memory line, e.g. "Memory: needs about 590 MB (2.9 M parameters, ...); this computer can give 3.3 GB." */
    static String memoryText(ExperimentConfig c) {
        MemoryEstimate e = MemoryEstimate.of(c);
        long limit = MemoryBudget.available();
        return Texts.get("hyperparameters.memory", MemoryEstimate.bytes(e.bytesNeeded()), MemoryEstimate.count(e.parameters()),
                MemoryEstimate.count(e.optimizerState()), MemoryEstimate.count(e.activations() + e.workspace()),
                limit == Long.MAX_VALUE ? Texts.get("hyperparameters.memory.noLimit") : MemoryEstimate.bytes(limit));
    }
}
