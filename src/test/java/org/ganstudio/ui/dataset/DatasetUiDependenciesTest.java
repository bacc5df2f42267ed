package org.ganstudio.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Layering rules from the style guide, checked on the import lines of the sources. */
class DatasetUiDependenciesTest {

    private static final Path UI = Path.of("src/main/java/org/ganstudio/ui");

    private static List<String> imports(Path folder, Predicate<Path> files, Predicate<String> forbidden) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java")).filter(files).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import ")).filter(forbidden)
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void uiDoesNotUseTheTrainingEngineLibraries() {
        assertEquals(List.of(), imports(UI, p -> true,
                l -> l.contains("org.nd4j") || l.contains("org.deeplearning4j") || l.contains("org.datavec")));
    }

    @Test
    void viewModelsAndTheirDataDoNotUseTheSceneGraph() {
        assertEquals(List.of(), imports(UI.resolve("dataset"), p -> !p.getFileName().toString().endsWith("View.java"),
                l -> l.contains("javafx.scene") || l.contains("javafx.stage")));
    }
}
