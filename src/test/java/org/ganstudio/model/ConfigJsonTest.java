package org.ganstudio.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigJsonTest {

    private static final ExperimentConfig REFERENCE = Presets.reference(new ImageShape(1, 28, 28));

    private static String oneLine(Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void roundTripKeepsTheConfig() {
        assertEquals(REFERENCE, ConfigJson.fromJson(ConfigJson.toJson(REFERENCE), Long.MAX_VALUE));
    }

    @Test
    void nullConfigIsRefusedInWords() {
        assertTrue(oneLine(() -> ConfigJson.fromJson("null", Long.MAX_VALUE)).contains("empty"));
    }

    @Test
    void overlongStringBecomesOneLine() {
        // Jackson's stream limits throw exceptions without a location (once a NullPointerException here)
        String json = "{\"loss\": \"" + "x".repeat(21_000_000) + "\"}";
        String m = oneLine(() -> ConfigJson.fromJson(json, Long.MAX_VALUE));
        assertTrue(m.startsWith("not valid JSON"), m);
        assertTrue(m.toLowerCase().contains("length"), m);
    }

    @Test
    void overlongNumberBecomesOneLine() {
        String json = ConfigJson.toJson(REFERENCE).replace("\"seed\" : 42", "\"seed\" : " + "9".repeat(5000));
        assertTrue(json.contains("99999"), "the test must have replaced the seed");
        assertTrue(oneLine(() -> ConfigJson.fromJson(json, Long.MAX_VALUE)).startsWith("not valid JSON"));
    }

    @Test
    void constructorRefusalNamesTheField() {
        String json = ConfigJson.toJson(REFERENCE).replaceFirst("\"channels\" : 1", "\"channels\" : 7");
        String m = oneLine(() -> ConfigJson.fromJson(json, Long.MAX_VALUE));
        assertTrue(m.contains("imageShape") && m.contains("channels"), m);
    }

    @Test
    void trailingGarbageIsRefused() {
        oneLine(() -> ConfigJson.fromJson(ConfigJson.toJson(REFERENCE) + " {}", Long.MAX_VALUE));
    }

    @Test
    void valuesOutOfRangeAreRefusedByValidation() {
        String json = ConfigJson.toJson(REFERENCE).replace("\"discriminatorSteps\" : 1", "\"discriminatorSteps\" : 1000000");
        assertTrue(oneLine(() -> ConfigJson.fromJson(json, Long.MAX_VALUE)).startsWith("discriminatorSteps"));
    }

    @Test
    void hugeNetworkIsRefusedWithTheNumbers() {
        GeneratorSpec g = REFERENCE.generator();
        GeneratorSpec wide = new GeneratorSpec(g.startSize(), 2048, g.projectionBatchNorm(), g.projectionActivation(),
                g.projectionSlope(), g.upsampling(), g.blocks().stream().map(b -> b.withFilters(1024)).toList(),
                g.outputKernel(), g.outputStride());
        ExperimentConfig big = REFERENCE.withNetworks(1024, wide, REFERENCE.discriminator()).withBatchSize(1024);
        String m = oneLine(() -> ConfigJson.fromJson(ConfigJson.toJson(big), 8L << 30));
        assertTrue(m.startsWith(ExperimentConfig.MEMORY_FIELD + ":"), m);
        assertTrue(m.contains("8.0 GB"), "names the limit: " + m);
        assertTrue(m.contains("parameters"), m);
    }

    @Test
    void configFileLargerThanTheLimitIsNotReadWhole(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(3L << 30);   // sparse: 3 GB on paper, nothing on disk
        }
        long t0 = System.nanoTime();
        String m = oneLine(() -> {
            try {
                ConfigJson.read(f);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(m.contains("huge.json") && m.contains("larger"), m);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused without reading 3 GB");
    }

    @Test
    void configFileIsReadAndValidated(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.json");
        Files.writeString(f, ConfigJson.toJson(REFERENCE));
        assertEquals(REFERENCE, ConfigJson.read(f));
    }
}
