package org.ganstudio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganstudio.engine.ExperimentFileException.Problem;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MemoryBudget;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.QualityHistory;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An experiment on disk: a ZIP holding a JSON manifest, the config as JSON, both networks'
 * parameters, batch-norm statistics and optimiser moments as raw little-endian float32 arrays, the
 * metric history as CSV and the dataset reference. Saving writes a temporary file beside the
 * target, forces it to disk and renames it over the target, so a crash mid-save leaves the previous
 * file whole; the next save removes such leftovers. A save refuses non-finite state. Reading treats
 * the file as untrusted ({@link ExperimentReader}). Nothing is read with Java serialisation.
 */
public final class ExperimentFile {

    public static final String EXTENSION = ".ganstudio";
    static final String FORMAT = "gan-studio-experiment";
    static final int VERSION = 1;
    private static final String PARTIAL_SUFFIX = ".partial";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a file holds, before it is applied to a trainer built for its config and data. Every value is validated. */
    public record Contents(ExperimentConfig config, long step, MetricsHistory history, DatasetReference dataset,
                           Map<String, float[]> arrays, int generatorIterations, int discriminatorIterations,
                           int discriminatorSteps, double generatorLearningRate, double discriminatorLearningRate,
                           Path file, List<Alarm> alarms) {

        public Contents {
            alarms = alarms == null ? List.of() : List.copyOf(alarms);
        }

        /** Contents without alarms (files saved before alarms existed read this way). */
        public Contents(ExperimentConfig config, long step, MetricsHistory history, DatasetReference dataset,
                        Map<String, float[]> arrays, int generatorIterations, int discriminatorIterations,
                        int discriminatorSteps, double generatorLearningRate, double discriminatorLearningRate,
                        Path file) {
            this(config, step, history, dataset, arrays, generatorIterations, discriminatorIterations,
                    discriminatorSteps, generatorLearningRate, discriminatorLearningRate, file, List.of());
        }

        /** Restores parameters, statistics, optimiser state and the step counter into {@code t}. */
        public void applyTo(GanTrainer t) throws ExperimentFileException {
            if (!t.config().sameArchitecture(config)) {
                throw new ExperimentFileException(file, Problem.DIFFERENT_ARCHITECTURE,
                        "holds networks that differ from the trainer's");
            }
            for (Map.Entry<String, INDArray> e : Map.of("generator.params", t.generator().params(),
                    "generator.state", t.generator().state(), "generator.optimizer", t.generatorOptimizer().state(),
                    "discriminator.params", t.discriminator().params(), "discriminator.state", t.discriminator().state(),
                    "discriminator.optimizer", t.discriminatorOptimizer().state()).entrySet()) {
                float[] v = arrays.get(e.getKey());
                if (v == null || v.length != e.getValue().length()) {
                    throw new ExperimentFileException(file, Problem.WRONG_ARRAY_LENGTH, "does not fit the trainer: "
                            + e.getKey() + " has " + (v == null ? "no data" : v.length + " values") + ", expected "
                            + e.getValue().length());
                }
            }
            for (Map.Entry<String, float[]> e : arrays.entrySet()) {
                INDArray target = switch (e.getKey()) {
                    case "generator.params" -> t.generator().params();
                    case "generator.state" -> t.generator().state();
                    case "generator.optimizer" -> t.generatorOptimizer().state();
                    case "discriminator.params" -> t.discriminator().params();
                    case "discriminator.state" -> t.discriminator().state();
                    case "discriminator.optimizer" -> t.discriminatorOptimizer().state();
                    default -> throw new IllegalStateException(e.getKey());
                };
                target.assign(Nd4j.createFromArray(e.getValue()).reshape(target.shape()));
            }
            t.generatorOptimizer().setIteration(generatorIterations);
            t.discriminatorOptimizer().setIteration(discriminatorIterations);
            t.setDiscriminatorSteps(discriminatorSteps);
            t.setLearningRates(generatorLearningRate, discriminatorLearningRate);
            t.setCompletedSteps(step);
        }
    }

    private ExperimentFile() {
    }

    /**
     * Reads and checks {@code file} against this machine's memory ({@link MemoryBudget#available()}).
     *
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws ExperimentFileException           when it is refused, with the reason as a {@link Problem}
     * @throws IOException                       when it cannot be read at all
     */
    public static Contents read(Path file) throws IOException {
        return read(file, MemoryBudget.available());
    }

    /** As {@link #read(Path)}, refusing configs that need more than {@code memoryLimitBytes}. */
    public static Contents read(Path file, long memoryLimitBytes) throws IOException {
        return ExperimentReader.read(file, memoryLimitBytes);
    }

    /**
     * Refuses, before any training, a target that a save could not write: a folder, a path under a
     * regular file, a read-only or missing folder that cannot be created. Creates the folder.
     *
     * @throws ExperimentFileException with {@link Problem#UNUSABLE_TARGET}
     */
    public static void checkTarget(Path target) throws ExperimentFileException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "is a folder, so an experiment cannot be saved there");
        }
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "cannot be saved: its folder " + dir
                    + " cannot be created (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            Files.delete(Files.createTempFile(dir, "." + abs.getFileName() + ".", ".check"));
        } catch (IOException | SecurityException e) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "cannot be saved: its folder " + dir
                    + " is not writable", e);
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "is read-only");
        }
    }

    /**
     * Writes the trainer's state to {@code target} atomically; removes leftovers of earlier crashed
     * saves of the same target.
     *
     * @throws ExperimentFileException {@link Problem#NON_FINITE_STATE} when some parameter, statistic or
     *                                 optimiser value is NaN or infinite (the previous file is kept);
     *                                 {@link Problem#UNUSABLE_TARGET} when the target cannot be written
     */
    public static void save(Path target, GanTrainer t, MetricsHistory history, DatasetReference dataset)
            throws IOException {
        save(target, t, history, dataset, List.of(), QualityHistory.EMPTY);
    }

    /**
     * As {@link #save(Path, GanTrainer, MetricsHistory, DatasetReference)}, keeping the run's alarms and quality
     * measurements too (each an optional entry: files without them open as before).
     */
    public static void save(Path target, GanTrainer t, MetricsHistory history, DatasetReference dataset,
                            List<Alarm> alarms, QualityHistory quality) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "is a folder, so an experiment cannot be saved there");
        }
        FileTime started = FileTime.from(Instant.now());
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, partialPrefix(abs), PARTIAL_SUFFIX);
        } catch (IOException e) {
            throw new ExperimentFileException(target, Problem.UNUSABLE_TARGET, "cannot be saved: its folder " + dir
                    + " is not writable (" + e.getClass().getSimpleName() + ")", e);
        }
        removeStalePartials(abs, tmp, started);
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
                manifest.put("savedAt", Instant.now().toString());
                text(zip, ExperimentReader.MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
                text(zip, ExperimentReader.CONFIG, ConfigJson.toJson(t.config()));
                array(zip, "generator.params", t.generator().params(), target);
                array(zip, "generator.state", t.generator().state(), target);
                array(zip, "generator.optimizer", t.generatorOptimizer().state(), target);
                array(zip, "discriminator.params", t.discriminator().params(), target);
                array(zip, "discriminator.state", t.discriminator().state(), target);
                array(zip, "discriminator.optimizer", t.discriminatorOptimizer().state(), target);
                text(zip, ExperimentReader.METRICS, history.toCsv());
                if (dataset != null) {
                    text(zip, ExperimentReader.DATASET, JSON.writeValueAsString(dataset));
                }
                if (!alarms.isEmpty()) {
                    text(zip, ExperimentReader.ALARMS, AlarmsJson.write(alarms));
                }
                if (!quality.points().isEmpty()) {
                    text(zip, QualityEntry.NAME, QualityEntry.csv(quality));
                }
                zip.finish();
                fos.flush();
                fos.getFD().sync();
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String partialPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Deletes {@code .<target name>.<digits>.partial} files beside the target that were last written
     * before this save started: what a save killed mid-write leaves (a save still running elsewhere
     * keeps writing its file, so it is newer).
     */
    static int removeStalePartials(Path target, Path own, FileTime started) {
        Pattern mine = Pattern.compile(Pattern.quote(partialPrefix(target)) + "\\d+" + Pattern.quote(PARTIAL_SUFFIX));
        int removed = 0;
        // a filter, not a glob: a name like "run [2].ganstudio" would be a glob pattern
        DirectoryStream.Filter<Path> candidates = p -> mine.matcher(p.getFileName().toString()).matches();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), candidates)) {
            for (Path p : ds) {
                if (p.equals(own)) {
                    continue;
                }
                try {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).compareTo(started) < 0) {
                        Files.deleteIfExists(p);
                        removed++;
                    }
                } catch (IOException e) {
                    // another save removed it, or it is not ours to remove: leave it
                }
            }
        } catch (IOException e) {
            // listing failed: leftovers stay until a later save; the save itself goes on
        }
        return removed;
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

    /** Streams {@code a} in chunks, straight from its native buffer, refusing the save at its first non-finite value. */
    private static void array(ZipOutputStream zip, String name, INDArray a, Path target) throws IOException {
        INDArray whole = !a.isView() && a.ordering() == 'c' && a.data().length() == a.length() ? a : a.dup('c');
        FloatBuffer src = whole.data().asNioFloat();
        src.position(0);
        long n = whole.length();
        zip.putNextEntry(new ZipEntry(name));
        ByteBuffer buf = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(ExperimentReader.ARRAY_MAGIC).putLong(n);
        for (long i = 0; i < n; i++) {
            float v = src.get();
            if (!Float.isFinite(v)) {
                throw new ExperimentFileException(target, Problem.NON_FINITE_STATE, "was not saved: "
                        + ExperimentReader.ARRAYS.get(name) + " contain " + v + " (the run diverged); the previous file is kept");
            }
            if (buf.remaining() < Float.BYTES) {
                zip.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(v);
        }
        zip.write(buf.array(), 0, buf.position());
        zip.closeEntry();
    }
}
