package org.ganstudio.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ganstudio.engine.ExperimentFileException.Problem;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MemoryEstimate;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepMetrics;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an experiment file as untrusted input. Every entry is inflated through a counter that stops
 * at a limit derived from the config (arrays: exactly their header and values; text: a fixed cap)
 * whatever the ZIP declares, and its CRC-32 and size are compared at the end. Only the entries
 * GAN Studio writes are accepted, each once. Every restored value passes the validation a new config
 * passes, and every array must have the config's length and finite values. Each refusal is an
 * {@link ExperimentFileException} with its {@link Problem}.
 */
final class ExperimentReader {

    static final String MANIFEST = "manifest.json";
    static final String CONFIG = "config.json";
    static final String METRICS = "metrics.csv";
    static final String DATASET = "dataset.json";
    /** Optional (written since health alarms exist; older files have none). */
    static final String ALARMS = "alarms.json";
    /** Alarms accepted: a run raises a handful per episode of trouble. */
    static final int MAX_ALARM_BYTES = 1 << 20;
    /** Optional (files from before it was written open without it): see {@link QualityEntry}. */
    static final String QUALITY = QualityEntry.NAME;
    /** The arrays in the order they are written, with words for the user. */
    static final Map<String, String> ARRAYS = arrays();
    static final int ARRAY_MAGIC = 0x47534641; // "GSFA"
    static final int ARRAY_HEADER_BYTES = 12;
    /** A step count no run reaches (30 years at 1000 steps a second); beyond it the file is not believed. */
    static final long MAX_STEP = 1_000_000_000_000L;
    static final int MAX_JSON_BYTES = 64 << 10;
    /** Rows of metrics history accepted: 4 M rows take 256 MB once parsed. */
    static final long MAX_METRICS_ROWS = 4_000_000;
    private static final int MAX_METRICS_LINE = 512;
    /** float[] cannot be longer. */
    private static final long MAX_ARRAY_VALUES = Integer.MAX_VALUE - 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long memoryLimit;
    private ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private ExperimentReader(Path file, long memoryLimit) {
        this.file = file;
        this.memoryLimit = memoryLimit;
    }

    private static Map<String, String> arrays() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("generator.params", "the generator's parameters");
        m.put("generator.state", "the generator's batch-norm statistics");
        m.put("generator.optimizer", "the generator's optimiser state");
        m.put("discriminator.params", "the discriminator's parameters");
        m.put("discriminator.state", "the discriminator's batch-norm statistics");
        m.put("discriminator.optimizer", "the discriminator's optimiser state");
        return java.util.Collections.unmodifiableMap(m);
    }

    static ExperimentFile.Contents read(Path file, long memoryLimit) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw fail(file, Problem.NOT_AN_EXPERIMENT, "is a folder, not a GAN Studio experiment");
        }
        ExperimentReader r = new ExperimentReader(file, memoryLimit);
        try (ZipFile z = open(file)) {
            r.zip = z;
            return r.read();
        }
    }

    private static ZipFile open(Path file) throws ExperimentFileException {
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw fail(file, Problem.NOT_AN_EXPERIMENT, "is not a GAN Studio experiment, or is incomplete (not a readable ZIP archive)", e);
        }
    }

    private ExperimentFile.Contents read() throws IOException {
        listEntries();
        JsonNode manifest = json(MANIFEST);
        if (!manifest.isObject() || !ExperimentFile.FORMAT.equals(manifest.path("format").asText(null))) {
            throw fail(Problem.NOT_AN_EXPERIMENT, "is not a GAN Studio experiment (its manifest has no GAN Studio format marker)");
        }
        JsonNode version = manifest.get("version");
        if (version == null || version.isNull()) {
            throw fail(Problem.NO_FORMAT_VERSION, "has no format version, so it cannot be read safely");
        }
        long v = whole(version, "version", 1, Integer.MAX_VALUE);
        if (v > ExperimentFile.VERSION) {
            throw fail(Problem.NEWER_FORMAT, "was saved by a newer GAN Studio (format " + v + "); this version reads format "
                    + ExperimentFile.VERSION);
        }
        ExperimentConfig config = config();
        long step = whole(manifest.get("step"), "step", 0, MAX_STEP);
        int gIter = (int) whole(manifest.get("generatorIterations"), "generatorIterations", 0, Integer.MAX_VALUE);
        int dIter = (int) whole(manifest.get("discriminatorIterations"), "discriminatorIterations", 0, Integer.MAX_VALUE);
        int dSteps = (int) whole(manifest.get("discriminatorSteps"), "discriminatorSteps", Integer.MIN_VALUE, Integer.MAX_VALUE);
        double gLr = number(manifest.get("generatorLearningRate"), "generatorLearningRate");
        double dLr = number(manifest.get("discriminatorLearningRate"), "discriminatorLearningRate");
        ExperimentConfig effective = config.withDiscriminatorSteps(dSteps).withOptimizers(
                config.generatorOptimizer().withLearningRate(gLr), config.discriminatorOptimizer().withLearningRate(dLr));
        List<ExperimentConfig.Problem> problems = effective.validate(memoryLimit);
        if (!problems.isEmpty()) {
            throw fail(Problem.INVALID_VALUE, "has an invalid saved setting: " + problems.get(0));
        }

        Map<String, float[]> arrays = new HashMap<>();
        Map<String, Long> lengths = expectedLengths(config);
        for (String a : ARRAYS.keySet()) {
            arrays.put(a, floats(a, lengths.get(a)));
        }
        MetricsHistory history = metrics(step);
        history.truncateFrom(step);
        DatasetReference dataset = entries.containsKey(DATASET) ? dataset() : null;
        List<org.ganstudio.model.Alarm> alarms = List.of();
        if (entries.containsKey(ALARMS)) {
            try {
                alarms = AlarmsJson.read(bytes(ALARMS, MAX_ALARM_BYTES), step);
            } catch (IllegalArgumentException e) {
                throw fail(Problem.INVALID_VALUE, "has unreadable alarms (" + e.getMessage() + ")");
            }
        }
        return new ExperimentFile.Contents(config, step, history, dataset, arrays, gIter, dIter, dSteps, gLr, dLr, file,
                alarms);
    }

    private void listEntries() throws ExperimentFileException {
        Set<String> allowed = new HashSet<>(ARRAYS.keySet());
        allowed.addAll(List.of(MANIFEST, CONFIG, METRICS, DATASET, ALARMS, QUALITY));
        // every entry is either one of these, once, or refused: no count limit is needed
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            if (!allowed.contains(name)) {
                throw fail(Problem.UNEXPECTED_ENTRY, "holds an entry GAN Studio does not write (" + printable(name) + ")");
            }
            if (entries.put(name, e) != null) {
                throw fail(Problem.DUPLICATE_ENTRY, "holds " + name + " twice");
            }
        }
        for (String required : allowed) {
            if (!required.equals(DATASET) && !required.equals(ALARMS) && !required.equals(QUALITY)
                    && !entries.containsKey(required)) {
                throw fail(Problem.MISSING_ENTRY, "is not a complete GAN Studio experiment (no " + required + ")");
            }
        }
    }

    private static String printable(String name) {
        String s = name.replaceAll("[^\\x20-\\x7e]", "?");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private ExperimentConfig config() throws IOException {
        String text = new String(bytes(CONFIG, ConfigJson.MAX_BYTES), StandardCharsets.UTF_8);
        ExperimentConfig c;
        try {
            c = ConfigJson.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail(Problem.INVALID_CONFIG, "has an invalid configuration: " + e.getMessage());
        }
        List<ExperimentConfig.Problem> problems = c.validate(memoryLimit);
        if (!problems.isEmpty()) {
            ExperimentConfig.Problem p = problems.get(0);
            boolean memory = ExperimentConfig.MEMORY_FIELD.equals(p.field());
            throw fail(memory ? Problem.TOO_LARGE_FOR_MEMORY : Problem.INVALID_CONFIG,
                    (memory ? "cannot be opened on this machine: " : "has an invalid configuration: ") + p);
        }
        return c;
    }

    /** Array lengths as the engine builds the networks and optimisers: an empty array still holds one value. */
    static Map<String, Long> expectedLengths(ExperimentConfig c) {
        MemoryEstimate e = MemoryEstimate.of(c);
        Map<String, Long> m = new HashMap<>();
        m.put("generator.params", Math.max(1, e.generatorParameters()));
        m.put("generator.state", Math.max(1, e.generatorStatistics()));
        m.put("generator.optimizer", Optimizer.stateLength(c.generatorOptimizer(), e.generatorParameters()));
        m.put("discriminator.params", Math.max(1, e.discriminatorParameters()));
        m.put("discriminator.state", Math.max(1, e.discriminatorStatistics()));
        m.put("discriminator.optimizer", Optimizer.stateLength(c.discriminatorOptimizer(), e.discriminatorParameters()));
        return m;
    }

    private JsonNode json(String name) throws IOException {
        byte[] b = bytes(name, MAX_JSON_BYTES);
        try {
            JsonNode n = JSON.readTree(b);
            if (n == null || n.isMissingNode()) {
                throw fail(Problem.UNREADABLE_JSON, name + " is empty");
            }
            return n;
        } catch (JacksonException e) {
            throw fail(Problem.UNREADABLE_JSON, name + " is " + ConfigJson.describe(e));
        }
    }

    private long whole(JsonNode n, String field, long lo, long hi) throws ExperimentFileException {
        if (n == null || n.isNull()) {
            throw fail(Problem.INVALID_VALUE, "is damaged: its manifest has no " + field);
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw fail(Problem.INVALID_VALUE, "is damaged: its manifest's " + field + " is not a whole number");
        }
        long v = n.longValue();
        if (v < lo || v > hi) {
            throw fail(Problem.INVALID_VALUE, "is damaged: its manifest's " + field + " is " + v + ", outside "
                    + lo + " to " + hi);
        }
        return v;
    }

    private double number(JsonNode n, String field) throws ExperimentFileException {
        if (n == null || !n.isNumber()) {
            throw fail(Problem.INVALID_VALUE, "is damaged: its manifest's " + field + " is " + (n == null ? "missing" : "not a number"));
        }
        return n.doubleValue();
    }

    private DatasetReference dataset() throws IOException {
        byte[] b = bytes(DATASET, MAX_JSON_BYTES);
        DatasetReference d;
        try {
            d = JSON.readValue(b, DatasetReference.class);
        } catch (JacksonException e) {
            throw fail(Problem.UNREADABLE_JSON, DATASET + " is " + ConfigJson.describe(e));
        }
        if (d == null || d.path() == null || d.path().isBlank() || d.path().indexOf('\0') >= 0) {
            throw fail(Problem.INVALID_VALUE, "names no usable dataset folder in " + DATASET);
        }
        return d;
    }

    /** The whole entry, at most {@code limit} bytes, CRC and size checked. */
    private byte[] bytes(String name, long limit) throws IOException {
        try (CheckedEntry in = new CheckedEntry(name, limit)) {
            return in.readAllBytes();
        }
    }

    private float[] floats(String name, long expected) throws IOException {
        String what = ARRAYS.get(name);
        if (expected > MAX_ARRAY_VALUES) {
            throw fail(Problem.TOO_LARGE_FOR_MEMORY, what + " (" + expected + " values) are too large to load");
        }
        try (CheckedEntry in = new CheckedEntry(name, ARRAY_HEADER_BYTES + 4 * expected)) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(ARRAY_HEADER_BYTES)).order(ByteOrder.LITTLE_ENDIAN);
            if (header.remaining() < ARRAY_HEADER_BYTES || header.getInt() != ARRAY_MAGIC) {
                throw fail(Problem.DAMAGED, "is damaged (" + what + " have no valid header)");
            }
            long n = header.getLong();   // compared, never multiplied: a count near 2^62 must not wrap
            if (n != expected) {
                throw fail(Problem.WRONG_ARRAY_LENGTH, "does not fit its own config: " + what + " hold "
                        + Long.toUnsignedString(n) + " values where the config needs " + expected);
            }
            float[] v = new float[(int) expected];
            byte[] chunk = new byte[64 << 10];
            int filled = 0;
            while (filled < v.length) {
                int want = Math.min(chunk.length, (v.length - filled) * 4);
                int got = in.readNBytes(chunk, 0, want);
                if (got < want) {
                    throw fail(Problem.DAMAGED, "is damaged (" + what + " are truncated)");
                }
                ByteBuffer.wrap(chunk, 0, got).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v, filled, got / 4);
                filled += got / 4;
            }
            if (in.read() != -1) {   // reading to the end checks the CRC and the declared size
                throw fail(Problem.DAMAGED, "is damaged (" + what + " have data after their values)");
            }
            for (int i = 0; i < v.length; i++) {
                if (!Float.isFinite(v[i])) {
                    throw fail(Problem.NON_FINITE_VALUES, "holds a diverged run: " + what + " contain "
                            + v[i] + " (value " + i + ")");
                }
            }
            return v;
        }
    }

    private MetricsHistory metrics(long step) throws IOException {
        long rows = Math.min(MAX_METRICS_ROWS, 2 * (step + 1) + 1000);
        MetricsHistory h = new MetricsHistory();
        try (CheckedEntry in = new CheckedEntry(METRICS, 4096 + rows * MAX_METRICS_LINE / 2)) {
            StringBuilder line = new StringBuilder(256);
            byte[] buf = new byte[64 << 10];
            int lineNo = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = (char) (buf[i] & 0xff);
                    if (c == '\n') {
                        metricsLine(h, line, ++lineNo);
                        line.setLength(0);
                    } else if (line.length() >= MAX_METRICS_LINE) {
                        throw fail(Problem.DAMAGED, "is damaged (metrics line " + (lineNo + 1) + " is too long)");
                    } else {
                        line.append(c);
                    }
                }
            }
            metricsLine(h, line, ++lineNo);
        }
        return h;
    }

    private void metricsLine(MetricsHistory h, CharSequence raw, int lineNo) throws ExperimentFileException {
        String line = raw.toString().trim();
        if (lineNo == 1 || line.isEmpty()) {
            return;   // the header
        }
        String[] f = line.split(",");
        if (f.length != 8) {
            throw fail(Problem.DAMAGED, "is damaged (metrics line " + lineNo + " has " + f.length + " fields, expected 8)");
        }
        try {
            h.add(new StepMetrics(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7])));
        } catch (NumberFormatException e) {
            throw fail(Problem.DAMAGED, "is damaged (metrics line " + lineNo + " has a bad number)");
        }
    }

    private ExperimentFileException fail(Problem p, String sentence) {
        return fail(file, p, sentence);
    }

    private static ExperimentFileException fail(Path file, Problem p, String sentence) {
        return new ExperimentFileException(file, p, sentence);
    }

    private static ExperimentFileException fail(Path file, Problem p, String sentence, Throwable cause) {
        return new ExperimentFileException(file, p, sentence, cause);
    }

    /**
     * One entry's inflated bytes, refused past {@code limit} as they arrive; at the end its size and
     * CRC-32 must match what the archive declares.
     */
    private final class CheckedEntry extends InputStream {

        private final String name;
        private final ZipEntry entry;
        private final long limit;
        private final InputStream in;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean verified;

        CheckedEntry(String name, long limit) throws IOException {
            this.name = name;
            this.entry = entries.get(name);
            this.limit = limit;
            try {
                this.in = zip.getInputStream(entry);
            } catch (ZipException e) {
                throw fail(file, Problem.DAMAGED, "is damaged (" + name + " cannot be read)", e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            try {
                // never ask for more than one byte past the limit: that byte is enough to refuse
                n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            } catch (ZipException | EOFException e) {
                throw fail(file, Problem.DAMAGED, "is damaged (" + name + " cannot be inflated)", e);
            }
            if (n < 0) {
                verify();
                return -1;
            }
            count += n;
            if (count > limit) {
                throw fail(Problem.ENTRY_TOO_LARGE, "is not a GAN Studio experiment: its " + name
                        + " inflates past the " + limit + " bytes it can have");
            }
            crc.update(b, off, n);
            return n;
        }

        private void verify() throws ExperimentFileException {
            if (verified) {
                return;
            }
            verified = true;
            if (entry.getSize() >= 0 && entry.getSize() != count) {
                throw fail(Problem.DAMAGED, "is damaged (" + name + " holds " + count + " bytes but declares "
                        + entry.getSize() + ")");
            }
            if (entry.getCrc() < 0 || entry.getCrc() != crc.getValue()) {
                throw fail(Problem.DAMAGED, "is damaged (" + name + " fails its CRC-32 check)");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
