package org.ganstudio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganstudio.engine.ExperimentFileException.Problem;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Experiment files made by a hostile hand, each built here from a real save, and the typed refusal
 * each must get. The memory-heavy kinds run in a child JVM ({@link HostileExperimentFileForkedTest}).
 */
class HostileExperimentFileTest {

    static final long LIMIT = 8L << 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    /** The entries of a genuine save, in order. */
    static Map<String, byte[]> genuine;
    static ExperimentConfig config;

    @BeforeAll
    static void saveARealExperiment() throws IOException {
        config = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
        GanTrainer t = new GanTrainer(config, GanTrainerTest.squares());
        MetricsHistory h = new MetricsHistory();
        for (int i = 0; i < 2; i++) {
            h.add(t.trainStep());
        }
        Path f = dir.resolve("genuine" + ExperimentFile.EXTENSION);
        ExperimentFile.save(f, t, h, new DatasetReference("/data/squares", Map.of("size", "8")));
        genuine = entriesOf(f);
    }

    static Map<String, byte[]> entriesOf(Path f) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(f.toFile())) {
            Enumeration<? extends ZipEntry> all = z.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    static List<RawZip.Entry> deflatedEntries(Map<String, byte[]> m) {
        List<RawZip.Entry> l = new ArrayList<>();
        m.forEach((k, v) -> l.add(RawZip.Entry.deflated(k, v)));
        return l;
    }

    /** The genuine file with one entry's content replaced. */
    static Supplier<byte[]> with(String entry, UnaryOperator<byte[]> change) {
        return () -> {
            Map<String, byte[]> m = new LinkedHashMap<>(genuine);
            m.put(entry, change.apply(m.get(entry).clone()));
            return RawZip.build(deflatedEntries(m));
        };
    }

    static Supplier<byte[]> manifest(String field, Object value) {
        return with("manifest.json", b -> {
            try {
                ObjectNode n = (ObjectNode) JSON.readTree(b);
                if (value == null) {
                    n.remove(field);
                } else {
                    n.set(field, JSON.valueToTree(value));
                }
                return JSON.writeValueAsBytes(n);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Supplier<byte[]> manifestRaw(String field, String rawJsonValue) {
        return with("manifest.json", b -> new String(b, StandardCharsets.UTF_8)
                .replaceFirst("\"" + field + "\" : [^,\\n]+", "\"" + field + "\" : " + rawJsonValue)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Supplier<byte[]> entries(UnaryOperator<List<RawZip.Entry>> change) {
        return () -> RawZip.build(change.apply(deflatedEntries(genuine)));
    }

    static byte[] array(long declared, float[] values) {
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x47534641).putLong(declared);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    static float[] values(byte[] arrayEntry) {
        ByteBuffer b = ByteBuffer.wrap(arrayEntry).order(ByteOrder.LITTLE_ENDIAN);
        b.position(12);
        float[] v = new float[b.remaining() / 4];
        b.asFloatBuffer().get(v);
        return v;
    }

    static UnaryOperator<byte[]> poison(float value) {
        return b -> {
            float[] v = values(b);
            v[v.length / 2] = value;
            return array(v.length, v);
        };
    }

    static String configWith(UnaryOperator<ExperimentConfig> change) {
        return ConfigJson.toJson(change.apply(config));
    }

    /** Eight discriminator blocks of 1024 filters of 11x11: every field in range, ~900 M weights. */
    static ExperimentConfig huge(ExperimentConfig x) {
        BlockSpec wide = new BlockSpec(1024, 11, 1, false, Activation.LEAKY_RELU, 0.2, 0);
        return x.withNetworks(x.latentSize(), x.generator(), new DiscriminatorSpec(java.util.Collections.nCopies(8, wide)));
    }

    private record Case(String name, Supplier<byte[]> file, Problem expected) {
    }

    private static Case c(String name, Supplier<byte[]> file, Problem expected) {
        return new Case(name, file, expected);
    }

    static List<Case> cases() {
        byte[] deep = ("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8);
        return List.of(
                c("not a ZIP at all", () -> "hello, I am a text file".getBytes(StandardCharsets.UTF_8), Problem.NOT_AN_EXPERIMENT),
                c("an empty file", () -> new byte[0], Problem.NOT_AN_EXPERIMENT),
                c("the first half of a genuine file", () -> {
                    byte[] b = RawZip.build(deflatedEntries(genuine));
                    return Arrays.copyOf(b, b.length / 2);
                }, Problem.NOT_AN_EXPERIMENT),
                c("another program's ZIP", () -> RawZip.build(List.of(RawZip.Entry.stored("readme.txt", new byte[]{1}))),
                        Problem.UNEXPECTED_ENTRY),
                c("a traversal entry name", entries(l -> {
                    l.add(RawZip.Entry.stored("../../.bashrc", "rm -rf ~".getBytes(StandardCharsets.UTF_8)));
                    return l;
                }), Problem.UNEXPECTED_ENTRY),
                c("an absolute entry name", entries(l -> {
                    l.set(0, l.get(0).withName("/manifest.json"));
                    return l;
                }), Problem.UNEXPECTED_ENTRY),
                c("forty thousand entries", entries(l -> {
                    for (int i = 0; i < 40_000; i++) {
                        l.add(RawZip.Entry.stored("x" + i, new byte[0]));
                    }
                    return l;
                }), Problem.UNEXPECTED_ENTRY),
                c("a duplicate parameter entry (last would win)", entries(l -> {
                    float[] v = values(genuine.get("generator.params"));
                    Arrays.fill(v, 0.5f);
                    l.add(RawZip.Entry.deflated("generator.params", array(v.length, v)));
                    return l;
                }), Problem.DUPLICATE_ENTRY),
                c("no config entry", entries(l -> {
                    l.removeIf(e -> e.name().equals("config.json"));
                    return l;
                }), Problem.MISSING_ENTRY),
                c("no optimiser state", entries(l -> {
                    l.removeIf(e -> e.name().equals("discriminator.optimizer"));
                    return l;
                }), Problem.MISSING_ENTRY),
                c("one flipped bit in stored parameters (CRC)", entries(l -> {
                    byte[] p = genuine.get("generator.params").clone();
                    RawZip.Entry good = RawZip.Entry.stored("generator.params", p);
                    p[100] ^= 0x10;
                    l.replaceAll(e -> e.name().equals("generator.params") ? good : e);
                    return l;
                }), Problem.DAMAGED),
                c("one flipped bit in deflated parameters", entries(l -> {
                    l.replaceAll(e -> {
                        if (!e.name().equals("discriminator.params")) {
                            return e;
                        }
                        byte[] d = e.data().clone();
                        d[d.length / 2] ^= 0x01;
                        return new RawZip.Entry(e.name(), 8, d, e.crc(), e.size());
                    });
                    return l;
                }), Problem.DAMAGED),
                c("an entry in a compression method Java does not read", entries(l -> {
                    l.replaceAll(e -> e.name().equals("metrics.csv") ? new RawZip.Entry(e.name(), 12, e.data(), e.crc(), e.size()) : e);
                    return l;
                }), Problem.NOT_AN_EXPERIMENT),   // ZipFile refuses the archive when opening it
                c("a manifest that declares fewer bytes than it holds", entries(l -> {
                    l.replaceAll(e -> e.name().equals("manifest.json") ? e.withSize(10) : e);
                    return l;
                }), Problem.DAMAGED),
                c("parameters that declare fewer bytes than they hold", entries(l -> {
                    l.replaceAll(e -> e.name().equals("generator.params") ? e.withSize(100) : e);
                    return l;
                }), Problem.DAMAGED),
                c("a metrics entry that inflates past its limit", entries(l -> {
                    l.replaceAll(e -> e.name().equals("metrics.csv") ? RawZip.zeros("metrics.csv", 64, 100) : e);
                    return l;
                }), Problem.DAMAGED),
                c("parameters with 64 MB of zeros after them", with("generator.params", b -> {
                    byte[] longer = Arrays.copyOf(b, b.length + (64 << 20));
                    return longer;
                }), Problem.ENTRY_TOO_LARGE),
                c("an array header count near 2^62 (n * 4 overflows)", with("generator.params", b -> {
                    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(4, (1L << 62) + values(b).length / 4);
                    return b;
                }), Problem.WRONG_ARRAY_LENGTH),
                c("a negative array count", with("discriminator.state", b -> {
                    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(4, -1);
                    return b;
                }), Problem.WRONG_ARRAY_LENGTH),
                c("a wrong array magic", with("generator.state", b -> {
                    b[0] ^= 0x7f;
                    return b;
                }), Problem.DAMAGED),
                c("a truncated array", with("generator.optimizer", b -> Arrays.copyOf(b, b.length - 8)), Problem.DAMAGED),
                c("parameters one value too long for the config", with("generator.params", b -> {
                    float[] v = Arrays.copyOf(values(b), values(b).length + 1);
                    return array(v.length, v);
                }), Problem.WRONG_ARRAY_LENGTH),
                c("parameters one value too short for the config", with("discriminator.params", b -> {
                    float[] v = Arrays.copyOf(values(b), values(b).length - 1);
                    return array(v.length, v);
                }), Problem.WRONG_ARRAY_LENGTH),
                c("NaN in the parameters", with("discriminator.params", poison(Float.NaN)), Problem.NON_FINITE_VALUES),
                c("infinity in the optimiser state", with("discriminator.optimizer", poison(Float.POSITIVE_INFINITY)),
                        Problem.NON_FINITE_VALUES),
                c("NaN in the batch-norm statistics", with("generator.state", poison(Float.NaN)), Problem.NON_FINITE_VALUES),
                c("no format marker", manifest("format", null), Problem.NOT_AN_EXPERIMENT),
                c("another program's format", manifest("format", "zip-bomb-3000"), Problem.NOT_AN_EXPERIMENT),
                c("no format version", manifest("version", null), Problem.NO_FORMAT_VERSION),
                c("a newer format version", manifest("version", 99), Problem.NEWER_FORMAT),
                c("a format version as text", manifest("version", "1"), Problem.INVALID_VALUE),
                c("learning rate NaN", manifest("generatorLearningRate", "NaN"), Problem.INVALID_VALUE),
                c("a negative learning rate", manifest("discriminatorLearningRate", -0.1), Problem.INVALID_VALUE),
                c("a learning rate of 5", manifest("generatorLearningRate", 5.0), Problem.INVALID_VALUE),
                c("D steps 0", manifest("discriminatorSteps", 0), Problem.INVALID_VALUE),
                c("D steps a million", manifest("discriminatorSteps", 1_000_000), Problem.INVALID_VALUE),
                c("a step of 9e18", manifest("step", 9_000_000_000_000_000_000L), Problem.INVALID_VALUE),
                c("a step written 9e18", manifestRaw("step", "9e18"), Problem.INVALID_VALUE),
                c("a step beyond long", manifestRaw("step", "99999999999999999999999"), Problem.INVALID_VALUE),
                c("a negative step", manifest("step", -1), Problem.INVALID_VALUE),
                c("no step", manifest("step", null), Problem.INVALID_VALUE),
                c("a negative iteration count", manifest("generatorIterations", -5), Problem.INVALID_VALUE),
                c("an iteration count beyond int", manifest("discriminatorIterations", 1L << 40), Problem.INVALID_VALUE),
                c("a manifest nested 3000 deep", with("manifest.json", b -> deep), Problem.UNREADABLE_JSON),
                c("a manifest that is not JSON", with("manifest.json", b -> "{".getBytes(StandardCharsets.UTF_8)),
                        Problem.UNREADABLE_JSON),
                c("a manifest that is an array", with("manifest.json", b -> "[1,2]".getBytes(StandardCharsets.UTF_8)),
                        Problem.NOT_AN_EXPERIMENT),
                c("a null config", with("config.json", b -> "null".getBytes(StandardCharsets.UTF_8)), Problem.INVALID_CONFIG),
                c("a config nested 3000 deep", with("config.json", b -> deep), Problem.INVALID_CONFIG),
                c("a config with batch size 0", with("config.json",
                        b -> configWith(x -> x.withBatchSize(0)).getBytes(StandardCharsets.UTF_8)), Problem.INVALID_CONFIG),
                c("a config with D steps 10^6", with("config.json",
                        b -> configWith(x -> x.withDiscriminatorSteps(1_000_000)).getBytes(StandardCharsets.UTF_8)),
                        Problem.INVALID_CONFIG),
                c("a config whose values are each in range but describe ~900 M weights", with("config.json",
                        b -> configWith(HostileExperimentFileTest::huge).getBytes(StandardCharsets.UTF_8)),
                        Problem.TOO_LARGE_FOR_MEMORY),
                c("a config for other networks than the arrays", with("config.json",
                        b -> configWith(x -> x.withNetworks(x.latentSize() + 1, x.generator(), x.discriminator()))
                                .getBytes(StandardCharsets.UTF_8)), Problem.WRONG_ARRAY_LENGTH),
                c("a metrics line with a bad number", with("metrics.csv",
                        b -> (new String(b, StandardCharsets.UTF_8) + "2,x,1,1,1,1,1,1\n").getBytes(StandardCharsets.UTF_8)),
                        Problem.DAMAGED),
                c("a metrics line of a megabyte", with("metrics.csv",
                        b -> (new String(b, StandardCharsets.UTF_8) + "1".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8)),
                        Problem.DAMAGED),
                c("a dataset reference without a path", with("dataset.json",
                        b -> "{\"path\":null,\"options\":{}}".getBytes(StandardCharsets.UTF_8)), Problem.INVALID_VALUE),
                c("a dataset reference with unknown fields", with("dataset.json",
                        b -> "{\"path\":\"a\",\"evil\":1}".getBytes(StandardCharsets.UTF_8)), Problem.UNREADABLE_JSON));
    }

    @TestFactory
    Stream<DynamicTest> eachHostileKindGetsItsTypedRefusal() {
        return cases().stream().map(k -> DynamicTest.dynamicTest(k.name + " -> " + k.expected, () -> {
            Path f = dir.resolve(k.name.replaceAll("[^a-zA-Z0-9]+", "-") + ExperimentFile.EXTENSION);
            Files.write(f, k.file.get());
            assertRefused(f, k.expected);
        }));
    }

    static void assertRefused(Path f, Problem expected) {
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFile.read(f, LIMIT));
        assertEquals(expected, e.problem(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.getFileName() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().length() < 400, "one sentence: " + e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void theGenuineFileRebuiltByHandStillReads() throws IOException {
        Path f = dir.resolve("rebuilt" + ExperimentFile.EXTENSION);
        Files.write(f, RawZip.build(deflatedEntries(genuine)));
        ExperimentFile.Contents c = ExperimentFile.read(f, LIMIT);
        assertEquals(2, c.step());
        assertEquals(config, c.config());
        assertEquals("/data/squares", c.dataset().path());
        Path stored = dir.resolve("stored" + ExperimentFile.EXTENSION);
        List<RawZip.Entry> l = new ArrayList<>();
        genuine.forEach((k, v) -> l.add(RawZip.Entry.stored(k, v)));
        Files.write(stored, RawZip.build(l));
        assertEquals(2, ExperimentFile.read(stored, LIMIT).step());
    }

    /**
     * Random damage anywhere in the file (headers, names, sizes, data) of a stored and a deflated
     * copy: each either still reads (a flip in an unused field) or is refused with a typed
     * ExperimentFileException, never another exception.
     */
    @Test
    void randomByteDamageEndsInATypedRefusalOrAGoodRead() throws IOException {
        List<RawZip.Entry> stored = new ArrayList<>();
        genuine.forEach((k, v) -> stored.add(RawZip.Entry.stored(k, v)));
        java.util.SplittableRandom r = new java.util.SplittableRandom(12);
        Map<Problem, Integer> seen = new java.util.EnumMap<>(Problem.class);
        int read = 0;
        for (byte[] base : List.of(RawZip.build(stored), RawZip.build(deflatedEntries(genuine)))) {
            for (int i = 0; i < 300; i++) {
                byte[] b = base.clone();
                int flips = 1 + r.nextInt(3);
                for (int k = 0; k < flips; k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                Path f = dir.resolve("damaged-" + i + ExperimentFile.EXTENSION);
                Files.write(f, b);
                try {
                    ExperimentFile.read(f, LIMIT);
                    read++;
                } catch (ExperimentFileException e) {
                    seen.merge(e.problem(), 1, Integer::sum);
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                }
                Files.delete(f);
            }
        }
        assertTrue(seen.getOrDefault(Problem.DAMAGED, 0) > 100, "most damage is caught by the CRC: " + seen);
        System.out.println("random damage: " + read + " still read, refused " + seen);
    }

    @Test
    void aFolderIsNotAnExperiment() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder" + ExperimentFile.EXTENSION));
        assertRefused(folder, Problem.NOT_AN_EXPERIMENT);
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> ExperimentFile.read(dir.resolve("absent.ganstudio")));
    }

    @Test
    void aFileForOtherNetworksIsRefusedByTheTrainer() throws IOException {
        Path f = dir.resolve("other" + ExperimentFile.EXTENSION);
        Files.write(f, RawZip.build(deflatedEntries(genuine)));
        ExperimentFile.Contents c = ExperimentFile.read(f, LIMIT);
        GanTrainer other = new GanTrainer(config.withNetworks(config.latentSize() + 1, config.generator(),
                config.discriminator()), GanTrainerTest.squares());
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> c.applyTo(other));
        assertEquals(Problem.DIFFERENT_ARCHITECTURE, e.problem());
    }
}
