package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The dataset layer must stay free of JavaFX and ND4J/DL4J (checked on the sources, no ArchUnit needed). */
class DatasetLayerDependenciesTest {

    @Test
    void noJavaFxOrNd4jImports() throws IOException {
        Path sources = Path.of("src/main/java/org/ganstudio/dataset");
        assertTrue(Files.isDirectory(sources), "run from the project root");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.startsWith("import"))
                            .filter(l -> l.contains("javafx.") || l.contains("org.nd4j") || l.contains("org.deeplearning4j")
                                    || l.contains("org.datavec"))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
