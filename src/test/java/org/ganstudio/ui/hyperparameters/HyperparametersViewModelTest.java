package org.ganstudio.ui.hyperparameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.Preset;
import org.ganstudio.model.Presets;
import org.junit.jupiter.api.Test;

/** The form without a toolkit: parsing, validation messages per field, and config building. */
class HyperparametersViewModelTest {

    private final HyperparametersViewModel vm = new HyperparametersViewModel();

    /** The form tests below read the article's network (128, 64 filters, 5x5 kernels), whatever the default. */
    @org.junit.jupiter.api.BeforeEach
    void articleNetwork() {
        vm.applyPreset(Preset.TENSORFLOW);
    }

    private void type(String id, String text) {
        vm.textSetting(id).textProperty().set(text);
    }

    private String error(String id) {
        return vm.setting(id).errorProperty().get();
    }

    @Test
    void theFormStartsFromTheDefaultPreset() {
        HyperparametersViewModel fresh = new HyperparametersViewModel();
        assertTrue(fresh.validProperty().get());
        assertEquals(Preset.DEFAULT, fresh.presetProperty().get());
        assertEquals(Preset.DEFAULT.config(HyperparametersViewModel.DEFAULT_SHAPE), fresh.config());
        assertFalse(fresh.presetChangedProperty().get());
    }

    @Test
    void choosingAPresetFillsTheFormAndEditsAreNoticed() {
        vm.applyPreset(Preset.PYTORCH);
        assertEquals(Preset.PYTORCH.config(HyperparametersViewModel.DEFAULT_SHAPE), vm.config());
        assertEquals("128", vm.textSetting("batchSize").textProperty().get());
        assertFalse(vm.presetChangedProperty().get());
        type("batchSize", "32");
        assertTrue(vm.presetChangedProperty().get(), "an edited field");
        vm.applyPreset(Preset.PYTORCH);
        assertEquals("128", vm.textSetting("batchSize").textProperty().get(), "chosen again: the preset's values");
        assertFalse(vm.presetChangedProperty().get());
        // a new image shape takes the chosen preset's networks, and a new experiment its whole configuration
        vm.applyPreset(Preset.FAST);
        assertTrue(vm.setImageShape(new ImageShape(1, 28, 28)));
        assertEquals(Preset.FAST.config(new ImageShape(1, 28, 28)).generator(), vm.config().generator());
        assertEquals(Preset.FAST.config(new ImageShape(1, 28, 28)), vm.presetConfig(new ImageShape(1, 28, 28)));
        assertTrue(HyperparametersViewModel.presetDescription(Preset.FAST).length() > 20);
        assertTrue(HyperparametersViewModel.presetName(Preset.TENSORFLOW).contains("TensorFlow"));
    }

    @Test
    void theArticlePresetIsTheReferenceConfig() {
        assertTrue(vm.validProperty().get());
        assertEquals(Presets.reference(HyperparametersViewModel.DEFAULT_SHAPE), vm.config());
        assertEquals("0.0002", vm.textSetting("gLearningRate").textProperty().get());
        assertEquals("128, 64", vm.textSetting("gFilters").textProperty().get());
        assertEquals(50, vm.sampleIntervalProperty().get());
        assertEquals(0, vm.targetStepsProperty().get());
    }

    @Test
    void theMemoryEstimateFollowsTheFormLive() {
        String reference = vm.memoryEstimateProperty().getValue();
        assertTrue(reference.startsWith("Memory: needs about "), reference);
        assertEquals(org.ganstudio.model.MemoryEstimate.of(vm.config()).describe(),
                reference.substring("Memory: needs ".length(), reference.indexOf("; this computer")));
        type("batchSize", "512");
        String bigger = vm.memoryEstimateProperty().getValue();
        assertTrue(org.ganstudio.model.MemoryEstimate.of(vm.config()).bytesNeeded()
                > org.ganstudio.model.MemoryEstimate.of(Presets.reference(HyperparametersViewModel.DEFAULT_SHAPE)).bytesNeeded());
        assertFalse(bigger.equals(reference), bigger);
        type("gLearningRate", "fast");
        assertEquals("", vm.memoryEstimateProperty().getValue(), "no estimate without a valid configuration");
    }

    @Test
    void textThatIsNotANumberIsReportedNextToItsField() {
        type("gLearningRate", "fast");
        assertEquals("learning rate must be a number", error("gLearningRate"));
        assertFalse(vm.validProperty().get());
        assertNull(vm.config());

        type("gLearningRate", "1e-3");
        assertEquals("", error("gLearningRate"));
        assertEquals(1e-3, vm.config().generatorOptimizer().learningRate());

        type("batchSize", "12.5");
        assertEquals("batch size must be a whole number", error("batchSize"));
        type("batchSize", "");
        assertEquals("batch size is missing", error("batchSize"));
    }

    @Test
    void rangeProblemsFromTheConfigAreMappedToTheirFields() {
        type("dLearningRate", "2");
        assertEquals("learning rate must be in (0, 1]", error("dLearningRate"));
        type("dLearningRate", "0.001");
        type("batchSize", "1");
        assertEquals("batch size must be between 2 and 1024, was 1", error("batchSize"));
        type("batchSize", "16");
        type("dFilters", "64, 2000");
        assertEquals("block 2: filters must be between 1 and 1024, was 2000", error("dFilters"));
        type("dFilters", "64, x");
        assertEquals("block filters must be whole numbers separated by commas", error("dFilters"));
        type("dFilters", "32");
        type("labelSmoothing", "0.7");
        assertEquals("label smoothing must be in [0, 0.5)", error("labelSmoothing"));
        type("labelSmoothing", "0.1");
        assertTrue(vm.validProperty().get(), () -> vm.formErrorProperty().get());
    }

    @Test
    void moreGeneratorBlocksKeepTheImageSize() {
        type("gFilters", "256, 128, 64");
        ExperimentConfig c = vm.config();
        assertNotNull(c);
        assertArrayEquals(new int[] {1, 1, 2}, c.generator().blocks().stream().mapToInt(BlockSpec::stride).toArray());
        assertEquals(32, c.generator().outputSize());

        type("gFilters", "");
        assertEquals("block filters need at least one number", error("gFilters"));
    }

    @Test
    void tooFewGeneratorBlocksForA64PixelImageAreExplained() {
        vm.setImageShape(new ImageShape(3, 64, 64));
        assertTrue(vm.validProperty().get());
        type("gFilters", "128");
        assertEquals("needs at least 2 blocks to grow 8 px to 64 px (you gave 1)", error("gFilters"));
    }

    @Test
    void aNewImageShapeResetsOnlyTheNetworks() {
        type("batchSize", "16");
        type("gFilters", "32, 16");
        assertTrue(vm.setImageShape(new ImageShape(1, 28, 28)));
        assertEquals(7, vm.config().generator().startSize());
        assertEquals(28, vm.config().generator().outputSize());
        assertEquals("128, 64", vm.textSetting("gFilters").textProperty().get());
        assertEquals(16, vm.config().batchSize());
        assertFalse(vm.setImageShape(new ImageShape(1, 28, 28)));
    }

    @Test
    void fieldsThatDoNotApplyAreNotChecked() {
        @SuppressWarnings("unchecked")
        Setting.Choice<OptimizerKind> kind = (Setting.Choice<OptimizerKind>) vm.setting("gOptimizer");
        kind.valueProperty().set(OptimizerKind.SGD_MOMENTUM);
        assertFalse(vm.setting("gBeta1").applicableProperty().get());
        type("gBeta1", "?");
        assertEquals("", error("gBeta1"));
        assertTrue(vm.validProperty().get());
        assertEquals(OptimizerKind.SGD_MOMENTUM, vm.config().generatorOptimizer().kind());
        kind.valueProperty().set(OptimizerKind.ADAM);
        assertEquals("beta1 must be a number", error("gBeta1"));
    }

    @Test
    void trainingFieldsAreValidatedToo() {
        type("sampleEvery", "0");
        assertEquals("sample interval must be between 1 and 100000 steps", error("sampleEvery"));
        assertFalse(vm.validProperty().get());
        assertNotNull(vm.config(), "the experiment config itself is fine");
        type("sampleEvery", "25");
        assertEquals(25, vm.sampleIntervalProperty().get());
        type("targetSteps", "-3");
        assertEquals("stop step must be positive, or empty for none", error("targetSteps"));
        type("targetSteps", " 5000 ");
        assertEquals(5000, vm.targetStepsProperty().get());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void loadingAConfigShowsAllItsValues() {
        ExperimentConfig c = Presets.reference(new ImageShape(3, 32, 32)).withBatchSize(8).withSeed(7)
                .withDiscriminatorSteps(3);
        vm.load(c);
        assertEquals(c, vm.config());
        assertEquals("8", vm.textSetting("batchSize").textProperty().get());
        assertEquals("3", vm.textSetting("dSteps").textProperty().get());
        vm.setLiveValues(1e-3, 5e-4, 2);
        assertEquals("0.001", vm.textSetting("gLearningRate").textProperty().get());
        assertEquals(2, vm.config().discriminatorSteps());
    }

    @Test
    void numbersAreShownShort() {
        assertEquals("0.0002", HyperparametersViewModel.format(2e-4));
        assertEquals("0.5", HyperparametersViewModel.format(0.5));
        assertEquals("64", HyperparametersViewModel.format(64));
        assertEquals("1.0E-8", HyperparametersViewModel.format(1e-8));
    }
}
