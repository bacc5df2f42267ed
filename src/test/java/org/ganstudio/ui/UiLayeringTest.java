package org.ganstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * ViewModels (and the plain data they hand out) stay free of the scene graph, so they test without a toolkit; the
 * feature packages of ui do not import each other (only ui.lab wires them; ui.common is shared).
 */
class UiLayeringTest {

    private static final Path UI = Path.of("src/main/java/org/ganstudio/ui");
    /** Classes that are neither views nor allowed to see the scene graph, besides every *ViewModel. */
    private static final List<String> PLAIN = List.of("Setting.java", "GeneratorLayout.java", "DataSelection.java",
            "SeriesDecimator.java", "FixedNoise.java", "Interpolation.java", "Endpoint.java", "RecentFiles.java",
            "Exports.java", "AnimatedGif.java", "Failures.java", "ArgbRaster.java", "SnapshotPoller.java",
            "Confirmer.java", "Notifier.java", "FileDialogs.java", "ExperimentSettings.java", "TrainingStatus.java",
            "LiveSettingsSync.java", "BuiltExperiment.java", "PendingChanges.java", "FieldParser.java", "FieldSpec.java",
            "FormValues.java", "HyperparameterFields.java", "ProblemMapping.java", "ConfigAssembler.java",
            "OptionNames.java", "FormActions.java", "SavedState.java", "Autosave.java", "ExperimentOpening.java",
            "ExperimentWorkspace.java", "DatasetLoading.java", "SizeEstimate.java", "DatasetStats.java",
            "LabWorkspace.java", "LatentWalk.java", "LatentRequests.java", "DimensionSliders.java", "TrainingFormActions.java");

    @Test
    void viewModelsDoNotImportTheSceneGraph() throws IOException {
        try (Stream<Path> walk = Files.walk(UI)) {
            List<Path> checked = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.getFileName().toString().endsWith("ViewModel.java")
                            || PLAIN.contains(p.getFileName().toString()))
                    .toList();
            assertTrue(checked.size() >= 20, "found " + checked.size());
            List<String> bad = checked.stream().flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.startsWith("import javafx.scene") || l.startsWith("import javafx.stage"))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), bad);
        }
    }

    @Test
    void featurePackagesDoNotImportEachOther() throws IOException {
        List<String> bad;
        try (Stream<Path> walk = Files.walk(UI)) {
            bad = walk.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                String feature = UI.relativize(p).getName(0).toString();
                if (feature.equals("lab") || feature.endsWith(".java")) {
                    return Stream.empty();
                }
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.startsWith("import org.ganstudio.ui."))
                            .filter(l -> !l.startsWith("import org.ganstudio.ui.common.")
                                    && !l.startsWith("import org.ganstudio.ui." + feature + "."))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), bad);
    }
}
