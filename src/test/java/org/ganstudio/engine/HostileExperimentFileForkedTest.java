package org.ganstudio.engine;

import org.ganstudio.engine.ExperimentFileException.Problem;
import org.ganstudio.model.ConfigJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory-heavy hostile files, each opened by a child JVM with a 256 MB heap: reading any of them
 * whole would fail there with an OutOfMemoryError; each must be refused cleanly, within seconds,
 * well under 1 GB resident.
 */
class HostileExperimentFileForkedTest {

    private static final int GIGABYTES_2 = 2048;
    private static final long TIMEOUT_S = 60;

    @TempDir
    static Path dir;

    @BeforeAll
    static void genuineFile() throws IOException {
        HostileExperimentFileTest.dir = dir;
        HostileExperimentFileTest.saveARealExperiment();
    }

    private static Path write(String name, List<RawZip.Entry> entries) throws IOException {
        Path f = dir.resolve(name + ExperimentFile.EXTENSION);
        try (OutputStream out = Files.newOutputStream(f)) {
            RawZip.write(entries, out);
        }
        return f;
    }

    /** The genuine entries with {@code name} replaced by {@code replacement}. */
    private static List<RawZip.Entry> replacing(String name, RawZip.Entry replacement) {
        List<RawZip.Entry> l = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : HostileExperimentFileTest.genuine.entrySet()) {
            l.add(e.getKey().equals(name) ? replacement : RawZip.Entry.deflated(e.getKey(), e.getValue()));
        }
        return l;
    }

    private record Case(String mode, Path file, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> memoryHeavyFilesAreRefusedInASmallHeap() throws IOException {
        long expectedValues = ExperimentReader.expectedLengths(HostileExperimentFileTest.config).get("generator.params");
        byte[] header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(0x47534641)
                .putLong(expectedValues).array();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("parameters inflating to 2 GB, size declared honestly", new Case("read",
                write("bomb-params", replacing("generator.params",
                        RawZip.zeros("generator.params", header, GIGABYTES_2, 12L + (2048L << 20)))),
                Problem.ENTRY_TOO_LARGE.name()));
        cases.put("a manifest declaring 100 bytes that inflates to 2 GB", new Case("read",
                write("bomb-manifest", replacing("manifest.json", RawZip.zeros("manifest.json", GIGABYTES_2, 100))),
                Problem.ENTRY_TOO_LARGE.name()));
        cases.put("a config entry inflating to 2 GB", new Case("read",
                write("bomb-config", replacing("config.json", RawZip.zeros("config.json", GIGABYTES_2, 300))),
                Problem.ENTRY_TOO_LARGE.name()));
        cases.put("metrics inflating to 2 GB", new Case("read",
                write("bomb-metrics", replacing("metrics.csv", RawZip.zeros("metrics.csv", GIGABYTES_2, 1000))),
                Problem.DAMAGED.name()));
        cases.put("a config describing ~900 M weights", new Case("read",
                write("huge-network", replacing("config.json", RawZip.Entry.deflated("config.json",
                        ConfigJson.toJson(HostileExperimentFileTest.huge(HostileExperimentFileTest.config))
                                .getBytes(StandardCharsets.UTF_8)))),
                Problem.TOO_LARGE_FOR_MEMORY.name()));
        Path sparse = dir.resolve("three-gigabytes.json");
        try (RandomAccessFile raf = new RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        cases.put("a 3 GB config file for train --config", new Case("config", sparse, "CONFIG"));
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> probe(e.getValue())));
    }

    private static void probe(Case c) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dganstudio.memoryLimit=8G", "-cp", testClassPath(),
                HostileFileProbe.class.getName(), c.mode, c.file.toString()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean ended = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(ended, "the child must end within " + TIMEOUT_S + " s");
        assertEquals(0, p.exitValue(), out);
        String outcome = out.lines().filter(l -> l.startsWith("REFUSED") || l.startsWith("ACCEPTED")
                || l.startsWith("FAILED")).findFirst().orElse(out);
        assertTrue(outcome.startsWith("REFUSED " + c.expected + " "), outcome);
        long rssKb = out.lines().filter(l -> l.startsWith("PEAK_RSS_KB ")).mapToLong(l -> Long.parseLong(l.substring(12)))
                .findFirst().orElse(-1);
        System.out.printf("forked: %-40s %.1f s, peak RSS %d MB: %s%n", c.file.getFileName(), seconds, rssKb / 1024, outcome);
        assertTrue(seconds < 30, "refused within seconds, took " + seconds);
        if (rssKb > 0) {
            assertTrue(rssKb < 1024 * 1024, "under 1 GB resident: " + rssKb + " kB");
        }
    }

    /** Surefire's real test classpath (its own java.class.path may be a manifest-only jar). */
    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
