package org.ganstudio.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes lesson files ({@code *.lesson.json}, described in README's "Lessons"). The experiment config
 * inside is the very format of {@link ConfigJson}; a "try this" change is a JSON merge patch over it. Every problem
 * is one line naming the field, as a {@link LessonFileException} of a {@link LessonFileException.Kind}.
 */
public final class LessonJson {

    /** The value of the {@code format} field that says a file is a lesson. */
    public static final String FORMAT = "gan-studio-lesson";
    public static final int VERSION = 1;
    /** A lesson is a few kilobytes; larger files are refused unread. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The datasets that ship with the app (folders under {@code datasets/}). */
    public static final Set<String> SHIPPED_DATASETS = Set.of("shapes", "fashion-mnist-small");
    /** Image sides the dataset loader prepares (dataset.PrepareOptions, which this layer cannot see). */
    static final Set<Integer> IMAGE_SIDES = Set.of(28, 32, 64);
    public static final int DEFAULT_SAMPLE_EVERY = 25;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("format", "version", "id", "title", "summary", "watch", "change",
            "expect", "dataset", "steps", "sampleEvery", "config", "tryThis", "lock");

    private LessonJson() {
    }

    /** Reads a lesson file; a relative dataset folder is resolved against the file's folder and must exist. */
    public static Lesson read(Path file, Set<String> shippedDatasets) throws LessonFileException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LessonFileException(LessonFileException.Kind.TOO_LARGE, name + " is larger than "
                        + (MAX_BYTES >> 10) + " KB, so it is not a lesson file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LessonFileException(LessonFileException.Kind.UNREADABLE, "cannot read " + name + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            Lesson lesson = parse(new String(bytes, StandardCharsets.UTF_8), dir, shippedDatasets,
                    MemoryBudget.available());
            if (!lesson.dataset().isShipped() && !Files.isDirectory(lesson.dataset().folder())) {
                throw new LessonFileException(LessonFileException.Kind.UNKNOWN_DATASET, "dataset: the folder "
                        + lesson.dataset().folder() + " does not exist");
            }
            return lesson;
        } catch (LessonFileException e) {
            throw new LessonFileException(e.kind(), name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a lesson. A dataset that names a folder ("./pictures", "/data/cats") is resolved against
     * {@code baseDir}; any other name must be one of {@code shippedDatasets}.
     */
    public static Lesson parse(String json, Path baseDir, Set<String> shippedDatasets, long memoryLimitBytes)
            throws LessonFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new LessonFileException(LessonFileException.Kind.NOT_JSON, ConfigJson.describe(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new LessonFileException(LessonFileException.Kind.NOT_JSON, "a lesson file is a JSON object { ... }");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new LessonFileException(LessonFileException.Kind.NOT_A_LESSON, "not a lesson file: it needs "
                    + "\"format\": \"" + FORMAT + "\"");
        }
        int version = integer(root, "version", 1, 1000);
        if (version > VERSION) {
            throw new LessonFileException(LessonFileException.Kind.BAD_VALUE, "version: this lesson is of format "
                    + "version " + version + "; this GAN Studio reads version " + VERSION + ": update GAN Studio");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new LessonFileException(LessonFileException.Kind.BAD_VALUE, "unknown field '" + f
                        + "' (known: " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        String id = text(root, "id");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new LessonFileException(LessonFileException.Kind.BAD_VALUE, "id: use 1 to 64 letters, digits, "
                    + "'.', '_' or '-', was \"" + id + "\"");
        }
        LocalText title = local(root, "title");
        LocalText summary = local(root, "summary");
        LocalText watch = local(root, "watch");
        LocalText change = local(root, "change");
        LocalText expect = local(root, "expect");
        LessonDataset dataset = dataset(text(root, "dataset"), baseDir, shippedDatasets);
        int steps = integer(root, "steps", 1, Lesson.MAX_STEPS);
        int sampleEvery = root.has("sampleEvery") ? integer(root, "sampleEvery", 1, 100_000) : DEFAULT_SAMPLE_EVERY;
        JsonNode configNode = required(root, "config");
        if (!configNode.isObject()) {
            throw bad("config", "must be an experiment config { ... }, as in an experiment's config.json");
        }
        ExperimentConfig config = config(configNode, "config", memoryLimitBytes);
        List<LessonChange> changes = changes(root.get("tryThis"), configNode, memoryLimitBytes);
        LessonLock lock = lock(root.get("lock"));
        return new Lesson(id, title, summary, watch, change, expect, dataset, config, steps, sampleEvery, changes,
                lock);
    }

    /** The lesson as a lesson file's text; {@link #parse} reads it back to an equal lesson. */
    public static String toJson(Lesson lesson) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", lesson.id());
        root.set("title", local(lesson.title()));
        root.set("summary", local(lesson.summary()));
        root.set("watch", local(lesson.watch()));
        root.set("change", local(lesson.change()));
        root.set("expect", local(lesson.expect()));
        root.put("dataset", lesson.dataset().isShipped() ? lesson.dataset().shipped()
                : lesson.dataset().folder().toString());
        root.put("steps", lesson.steps());
        root.put("sampleEvery", lesson.sampleEvery());
        root.set("config", tree(ConfigJson.toJson(lesson.config())));
        ArrayNode changes = root.putArray("tryThis");
        for (LessonChange c : lesson.tryThis()) {
            ObjectNode n = changes.addObject();
            n.put("id", c.id());
            n.set("label", local(c.label()));
            n.set("set", tree(c.patch()));
        }
        LessonLock lock = lesson.lock();
        if (lock.active()) {
            ObjectNode l = root.putObject("lock");
            lock.locked().stream().sorted().forEach(l.putArray("locked")::add);
            lock.hidden().stream().sorted().forEach(l.putArray("hidden")::add);
            ObjectNode pin = l.putObject("pin");
            pin.put("algorithm", lock.pin().algorithm());
            pin.put("iterations", lock.pin().iterations());
            pin.put("salt", lock.pin().salt());
            pin.put("hash", lock.pin().hash());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write a lesson as JSON", e);
        }
    }

    /** Writes the lesson file (through a temporary file, so a failed write leaves an old file intact). */
    public static void write(Lesson lesson, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".lesson", ".tmp");
        try {
            Files.writeString(tmp, toJson(lesson), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code config} with a merge patch (JSON text) applied, validated; the patch's problems name {@code where}. */
    public static ExperimentConfig applyPatch(ExperimentConfig config, String patch, long memoryLimitBytes)
            throws LessonFileException {
        return config(mergePatch(tree(ConfigJson.toJson(config)), tree(patch)), "change", memoryLimitBytes);
    }

    // ---- reading the parts ----

    private static LessonDataset dataset(String name, Path baseDir, Set<String> shipped) throws LessonFileException {
        boolean folder = name.contains("/") || name.contains("\\") || name.startsWith(".");
        if (folder) {
            Path p;
            try {
                p = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                throw new LessonFileException(LessonFileException.Kind.UNKNOWN_DATASET, "dataset: \"" + name
                        + "\" is not a folder name on this computer");
            }
            return LessonDataset.folder((p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p)).normalize());
        }
        if (!shipped.contains(name)) {
            throw new LessonFileException(LessonFileException.Kind.UNKNOWN_DATASET, "dataset: unknown dataset \""
                    + name + "\"; the shipped ones are " + String.join(", ", new TreeSet<>(shipped))
                    + " (a folder of your own is written as a path, e.g. \"./my-images\")");
        }
        return LessonDataset.shipped(name);
    }

    private static ExperimentConfig config(JsonNode node, String where, long memoryLimitBytes)
            throws LessonFileException {
        ExperimentConfig c;
        try {
            c = ConfigJson.parse(MAPPER.writeValueAsString(node));
        } catch (IllegalArgumentException | JacksonException e) {
            throw new LessonFileException(LessonFileException.Kind.BAD_CONFIG, where + ": " + e.getMessage(), e);
        }
        List<ExperimentConfig.Problem> problems = c.validate(memoryLimitBytes);
        if (!problems.isEmpty()) {
            throw new LessonFileException(LessonFileException.Kind.BAD_CONFIG, where + "." + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        ImageShape s = c.imageShape();
        if (s.height() != s.width() || !IMAGE_SIDES.contains(s.height())) {
            throw new LessonFileException(LessonFileException.Kind.BAD_CONFIG, where + ".imageShape: lessons use "
                    + "square images of " + new TreeSet<>(IMAGE_SIDES) + " pixels, was " + s);
        }
        return c;
    }

    private static List<LessonChange> changes(JsonNode node, JsonNode configNode, long memoryLimitBytes)
            throws LessonFileException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw bad("tryThis", "must be a list [ ... ] of changes");
        }
        List<LessonChange> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String where = "tryThis[" + i + "]";
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                throw bad(where, "must be an object with id, label and set");
            }
            String id = text(c, "id", where + ".id");
            if (!ids.add(id)) {
                throw bad(where + ".id", "\"" + id + "\" is used twice");
            }
            LocalText label = local(c, "label", where + ".label");
            JsonNode set = c.get("set");
            if (set == null || !set.isObject() || set.isEmpty()) {
                throw new LessonFileException(LessonFileException.Kind.MISSING_FIELD, where + ".set: missing; give "
                        + "the settings to change, e.g. {\"loss\": \"LEAST_SQUARES\"}");
            }
            ExperimentConfig changed = config(mergePatch(configNode.deepCopy(), set), where + ".set",
                    memoryLimitBytes);
            try {
                out.add(new LessonChange(id, label, MAPPER.writeValueAsString(set), changed));
            } catch (JacksonException e) {
                throw bad(where + ".set", e.getOriginalMessage());
            }
        }
        return List.copyOf(out);
    }

    private static LessonLock lock(JsonNode node) throws LessonFileException {
        if (node == null || node.isNull()) {
            return LessonLock.NONE;
        }
        if (!node.isObject()) {
            throw bad("lock", "must be an object with locked, hidden and pin");
        }
        Set<String> locked = ids(node.get("locked"), "lock.locked");
        Set<String> hidden = ids(node.get("hidden"), "lock.hidden");
        JsonNode pin = node.get("pin");
        if (pin == null || !pin.isObject()) {
            throw new LessonFileException(LessonFileException.Kind.MISSING_FIELD, "lock.pin: missing; a lock needs "
                    + "the PIN's salted hash (set the PIN in the app's teacher's lock)");
        }
        try {
            PinHash hash = new PinHash(text(pin, "algorithm", "lock.pin.algorithm"),
                    integer(pin, "iterations", "lock.pin.iterations", 1, Integer.MAX_VALUE),
                    text(pin, "salt", "lock.pin.salt"), text(pin, "hash", "lock.pin.hash"));
            return new LessonLock(locked, hidden, hash);
        } catch (IllegalArgumentException e) {
            throw bad("lock", e.getMessage());
        }
    }

    private static Set<String> ids(JsonNode node, String where) throws LessonFileException {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw bad(where, "must be a list of setting names, e.g. [\"loss\", \"dLearningRate\"]");
        }
        Set<String> out = new TreeSet<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw bad(where, "must hold setting names as text, found " + n);
            }
            out.add(n.asText());
        }
        return out;
    }

    // ---- small readers ----

    private static JsonNode required(JsonNode parent, String field) throws LessonFileException {
        return required(parent, field, field);
    }

    /** {@code parent.field}, present and not null; {@code where} names it in the message. */
    private static JsonNode required(JsonNode parent, String field, String where) throws LessonFileException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new LessonFileException(LessonFileException.Kind.MISSING_FIELD, where + ": missing");
        }
        return n;
    }

    private static String text(JsonNode parent, String field) throws LessonFileException {
        return text(parent, field, field);
    }

    private static String text(JsonNode parent, String field, String where) throws LessonFileException {
        JsonNode n = required(parent, field, where);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw bad(where, "must be a text in quotes, was " + n);
        }
        return n.asText().strip();
    }

    private static int integer(JsonNode parent, String field, int lo, int hi) throws LessonFileException {
        return integer(parent, field, field, lo, hi);
    }

    private static int integer(JsonNode parent, String field, String where, int lo, int hi)
            throws LessonFileException {
        JsonNode n = required(parent, field, where);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < lo || n.asInt() > hi) {
            throw new LessonFileException(LessonFileException.Kind.BAD_NUMBER, where + ": must be a whole number "
                    + "from " + lo + " to " + hi + ", was " + n);
        }
        return n.asInt();
    }

    private static LocalText local(JsonNode parent, String field) throws LessonFileException {
        return local(parent, field, field);
    }

    private static LocalText local(JsonNode parent, String field, String where) throws LessonFileException {
        JsonNode n = required(parent, field, where);
        if (!n.isObject()) {
            throw bad(where, "must give the text per language, e.g. {\"en\": \"...\", \"zh\": \"...\"}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw bad(where + "." + e.getKey(), "must be a text in quotes");
            }
            texts.put(e.getKey(), e.getValue().asText());
        }
        if (!texts.containsKey(LocalText.ENGLISH) || texts.get(LocalText.ENGLISH).isBlank()) {
            throw new LessonFileException(LessonFileException.Kind.MISSING_FIELD, where + ".en: missing (every "
                    + "text needs English; other languages are optional)");
        }
        return new LocalText(texts);
    }

    private static ObjectNode local(LocalText t) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        t.byLanguage().forEach(n::put);
        return n;
    }

    private static LessonFileException bad(String where, String what) {
        return new LessonFileException(LessonFileException.Kind.BAD_VALUE, where + ": " + what);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** RFC 7386: fields of {@code patch} replace those of {@code target}; null removes; objects merge. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode out = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                out.set(e.getKey(), mergePatch(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }
}
