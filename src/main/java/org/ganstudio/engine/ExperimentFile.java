package org.ganstudio.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsHistory;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An experiment on disk: a ZIP holding a JSON manifest, the config as JSON, both networks'
 * parameters, batch-norm statistics and optimiser moments as raw little-endian float32 arrays, the
 * metric history as CSV and the dataset reference. Saving writes a temporary file beside the
 * target, forces it to disk and renames it over the target, so a crash mid-save leaves the previous
 * file whole. Nothing is read with Java serialisation.
 */
public final class ExperimentFile {

    public static final String EXTENSION = ".ganstudio";
    static final String FORMAT = "gan-studio-experiment";
    static final int VERSION = 1;
    private static final int ARRAY_MAGIC = 0x47534641; // "GSFA"
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a file could not be opened, in words for the user. */
    public static final class FormatException extends IOException {
        public FormatException(String message) {
            super(message);
        }
    }

    /** What a file holds, before it is applied to a trainer built for its config and data. */
    public record Contents(ExperimentConfig config, long step, MetricsHistory history, DatasetReference dataset,
                           Map<String, float[]> arrays, int generatorIterations, int discriminatorIterations,
                           int discriminatorSteps, double generatorLearningRate, double discriminatorLearningRate) {

        /** Restores parameters, statistics, optimiser state and the step counter into {@code t}. */
        public void applyTo(GanTrainer t) throws FormatException {
            if (!t.config().sameArchitecture(config)) {
                throw new FormatException("the experiment's networks differ from the trainer's");
            }
            put(t.generator().params(), "generator.params");
            put(t.generator().state(), "generator.state");
            put(t.generatorOptimizer().state(), "generator.optimizer");
            put(t.discriminator().params(), "discriminator.params");
            put(t.discriminator().state(), "discriminator.state");
            put(t.discriminatorOptimizer().state(), "discriminator.optimizer");
            t.generatorOptimizer().setIteration(generatorIterations);
            t.discriminatorOptimizer().setIteration(discriminatorIterations);
            t.setDiscriminatorSteps(discriminatorSteps);
            t.setLearningRates(generatorLearningRate, discriminatorLearningRate);
            t.setCompletedSteps(step);
        }

        private void put(INDArray target, String name) throws FormatException {
            float[] v = arrays.get(name);
            if (v == null || v.length != target.length()) {
                throw new FormatException("damaged experiment file: " + name + " has "
                        + (v == null ? "no data" : v.length + " values") + ", expected " + target.length());
            }
            target.assign(Nd4j.createFromArray(v).reshape(target.shape()));
        }
    }

    private ExperimentFile() {
    }

    public static void save(Path target, GanTrainer t, MetricsHistory history, DatasetReference dataset)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
        try {
            try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
                 ZipOutputStream zip = new ZipOutputStream(fos)) {
                ObjectNode manifest = JSON.createObjectNode();
                manifest.put("format", FORMAT);
                manifest.put("version", VERSION);
                manifest.put("step", t.completedSteps());
                manifest.put("generatorIterations", t.generatorOptimizer().iteration());
                manifest.put("discriminatorIterations", t.discriminatorOptimizer().iteration());
                manifest.put("discriminatorSteps", t.discriminatorSteps());
                manifest.put("generatorLearningRate", t.generatorOptimizer().learningRate());
                manifest.put("discriminatorLearningRate", t.discriminatorOptimizer().learningRate());
                manifest.put("savedAt", java.time.Instant.now().toString());
                text(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
                text(zip, "config.json", ConfigJson.toJson(t.config()));
                array(zip, "generator.params", t.generator().params());
                array(zip, "generator.state", t.generator().state());
                array(zip, "generator.optimizer", t.generatorOptimizer().state());
                array(zip, "discriminator.params", t.discriminator().params());
                array(zip, "discriminator.state", t.discriminator().state());
                array(zip, "discriminator.optimizer", t.discriminatorOptimizer().state());
                text(zip, "metrics.csv", history.toCsv());
                if (dataset != null) {
                    text(zip, "dataset.json", JSON.writeValueAsString(dataset));
                }
                zip.finish();
                fos.flush();
                fos.getFD().sync();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every OS lets a directory be opened; the rename itself is still atomic
        }
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void array(ZipOutputStream zip, String name, INDArray a) throws IOException {
        float[] v = a.reshape(a.length()).toFloatVector();
        ByteBuffer buf = ByteBuffer.allocate(12 + 4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(ARRAY_MAGIC).putLong(v.length);
        buf.asFloatBuffer().put(v);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(buf.array());
        zip.closeEntry();
    }

    public static Contents read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = JSON.readTree(entry(zip, "manifest.json", name));
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw new FormatException(name + " is not a GAN Studio experiment");
            }
            int version = manifest.path("version").asInt(-1);
            if (version > VERSION) {
                throw new FormatException(name + " was saved by a newer GAN Studio (format " + version
                        + "); this version reads format " + VERSION);
            }
            ExperimentConfig config;
            try {
                config = ConfigJson.fromJson(new String(entry(zip, "config.json", name), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new FormatException(name + " has an invalid configuration: " + e.getMessage());
            }
            Map<String, float[]> arrays = new HashMap<>();
            for (String a : new String[]{"generator.params", "generator.state", "generator.optimizer",
                    "discriminator.params", "discriminator.state", "discriminator.optimizer"}) {
                arrays.put(a, floats(entry(zip, a, name), a, name));
            }
            MetricsHistory history;
            try {
                history = MetricsHistory.fromCsv(new String(entry(zip, "metrics.csv", name), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new FormatException(name + " is damaged: " + e.getMessage());
            }
            DatasetReference dataset = zip.getEntry("dataset.json") == null ? null
                    : JSON.readValue(entry(zip, "dataset.json", name), DatasetReference.class);
            long step = manifest.path("step").asLong(-1);
            if (step < 0) {
                throw new FormatException(name + " is damaged: no step count");
            }
            history.truncateFrom(step);
            return new Contents(config, step, history, dataset, arrays,
                    manifest.path("generatorIterations").asInt((int) step),
                    manifest.path("discriminatorIterations").asInt((int) step),
                    manifest.path("discriminatorSteps").asInt(config.discriminatorSteps()),
                    manifest.path("generatorLearningRate").asDouble(config.generatorOptimizer().learningRate()),
                    manifest.path("discriminatorLearningRate").asDouble(config.discriminatorOptimizer().learningRate()));
        } catch (ZipException e) {
            throw new FormatException(name + " is incomplete or not a GAN Studio experiment (" + e.getMessage() + ")");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new FormatException(name + " is damaged: unreadable JSON");
        }
    }

    private static byte[] entry(ZipFile zip, String entry, String fileName) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new FormatException(fileName + " is not a complete GAN Studio experiment (no " + entry + ")");
        }
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException ex) {
            throw new FormatException(fileName + " is damaged (" + entry + " cannot be read)");
        }
    }

    private static float[] floats(byte[] bytes, String entry, String fileName) throws FormatException {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || buf.getInt() != ARRAY_MAGIC) {
            throw new FormatException(fileName + " is damaged (" + entry + " has no valid header)");
        }
        long n = buf.getLong();
        if (n < 0 || n * 4 != bytes.length - 12) {
            throw new FormatException(fileName + " is damaged (" + entry + " is truncated)");
        }
        float[] v = new float[(int) n];
        buf.asFloatBuffer().get(v);
        return v;
    }
}
