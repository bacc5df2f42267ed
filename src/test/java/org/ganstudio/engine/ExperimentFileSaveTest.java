package org.ganstudio.engine;

import org.ganstudio.engine.ExperimentFileException.Problem;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MemoryEstimate;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.Presets;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentFileSaveTest {

    private static GanTrainer trained() {
        GanTrainer t = new GanTrainer(TestConfigs.small(UpdateOrder.SIMULTANEOUS, LossKind.NON_SATURATING),
                GanTrainerTest.squares());
        t.trainStep();
        return t;
    }

    private static List<Path> partials(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void nonFiniteStateIsNotSavedAndThePreviousFileIsKept(@TempDir Path dir) throws IOException {
        GanTrainer t = trained();
        Path f = dir.resolve("run" + ExperimentFile.EXTENSION);
        ExperimentFile.save(f, t, new MetricsHistory(), null);
        byte[] before = Files.readAllBytes(f);
        t.discriminatorOptimizer().state().putScalar(0, 3, Float.NaN);
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFile.save(f, t, new MetricsHistory(), null));
        assertEquals(Problem.NON_FINITE_STATE, e.problem());
        assertTrue(e.getMessage().contains("optimiser"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(List.of(), partials(dir));
        Path fresh = dir.resolve("fresh" + ExperimentFile.EXTENSION);
        t.discriminatorOptimizer().state().putScalar(0, 3, 0f);
        t.generator().params().putScalar(7, Float.NEGATIVE_INFINITY);
        assertEquals(Problem.NON_FINITE_STATE, assertThrows(ExperimentFileException.class,
                () -> ExperimentFile.save(fresh, t, new MetricsHistory(), null)).problem());
        assertFalse(Files.exists(fresh));
    }

    @Test
    void staleLeftoversOfThisTargetAreRemovedAndNothingElse(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("run" + ExperimentFile.EXTENSION);
        FileTime old = FileTime.from(Instant.now().minusSeconds(600));
        Path stale1 = Files.createFile(dir.resolve(".run.ganstudio.123456789.partial"));
        Path stale2 = Files.createFile(dir.resolve(".run.ganstudio.42.partial"));
        Files.setLastModifiedTime(stale1, old);
        Files.setLastModifiedTime(stale2, old);
        List<Path> keep = List.of(
                Files.createFile(dir.resolve(".other.ganstudio.123.partial")),      // another target's
                Files.createFile(dir.resolve(".run.ganstudio.notes.partial")),      // not the temp pattern
                Files.createFile(dir.resolve("run.ganstudio.1.partial")),           // not hidden: not ours
                Files.createFile(dir.resolve(".run.ganstudio.77.partial.txt")));
        for (Path p : keep) {
            Files.setLastModifiedTime(p, old);
        }
        // a save of the same target still being written by another process: newer than this save
        Path running = Files.createFile(dir.resolve(".run.ganstudio.99.partial"));
        Files.setLastModifiedTime(running, FileTime.from(Instant.now().plusSeconds(60)));
        ExperimentFile.save(f, trained(), new MetricsHistory(), null);
        assertFalse(Files.exists(stale1));
        assertFalse(Files.exists(stale2));
        for (Path p : keep) {
            assertTrue(Files.exists(p), p + " is not this save's to remove");
        }
        assertTrue(Files.exists(running));
        assertEquals(1, ExperimentFile.read(f).step());
    }

    @Test
    void namesThatLookLikePatternsAreCleanedLiterally(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("run [2] {a,b}*" + ExperimentFile.EXTENSION);
        Path stale = Files.createFile(dir.resolve(".run [2] {a,b}*.ganstudio.5.partial"));
        Path other = Files.createFile(dir.resolve(".run 2 a*.ganstudio.5.partial"));
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(stale, old);
        Files.setLastModifiedTime(other, old);
        ExperimentFile.save(f, trained(), new MetricsHistory(), null);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(other));
        assertEquals(1, ExperimentFile.read(f).step());
    }

    @Test
    void unusableTargetsAreRefusedBeforeTraining(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        ExperimentFileException under = assertThrows(ExperimentFileException.class,
                () -> ExperimentFile.checkTarget(file.resolve("experiment.ganstudio")));
        assertEquals(Problem.UNUSABLE_TARGET, under.problem());
        Path folder = Files.createDirectories(dir.resolve("out").resolve("experiment.ganstudio"));
        assertEquals(Problem.UNUSABLE_TARGET, assertThrows(ExperimentFileException.class,
                () -> ExperimentFile.checkTarget(folder)).problem());
        assertEquals(Problem.UNUSABLE_TARGET, assertThrows(ExperimentFileException.class,
                () -> ExperimentFile.save(folder, trained(), new MetricsHistory(), null)).problem());
        Path ok = dir.resolve("new").resolve("sub").resolve("e.ganstudio");
        ExperimentFile.checkTarget(ok);
        assertTrue(Files.isDirectory(ok.getParent()));
        assertEquals(List.of(), partials(ok.getParent()));
        try (var s = Files.list(ok.getParent())) {
            assertEquals(0, s.count(), "the probe file is removed");
        }
    }

    @Test
    void readOnlyFolderIsRefused(@TempDir Path dir) throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permissions do not apply");
            assertEquals(Problem.UNUSABLE_TARGET, assertThrows(ExperimentFileException.class,
                    () -> ExperimentFile.checkTarget(ro.resolve("e.ganstudio"))).problem());
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    /** The reader derives every array length from the config alone: it must agree with the networks built. */
    @Test
    void estimatedCountsAreTheBuiltNetworksCounts() {
        OptimizerSpec sgd = new OptimizerSpec(OptimizerKind.SGD_MOMENTUM, 0.01, 0.5, 0.999, 0.9, 1e-8);
        OptimizerSpec rms = new OptimizerSpec(OptimizerKind.RMSPROP, 0.01, 0.5, 0.9, 0.9, 1e-8);
        ExperimentConfig small = TestConfigs.small(UpdateOrder.SIMULTANEOUS, LossKind.HINGE);
        GeneratorSpec g = small.generator();
        GeneratorSpec resize = new GeneratorSpec(2, 16, false, Activation.NONE, 0, Upsampling.RESIZE_CONV,
                List.of(new BlockSpec(8, 4, 2, false, Activation.RELU, 0, 0.2)), 3, 2);
        DiscriminatorSpec bnD = new DiscriminatorSpec(List.of(new BlockSpec(8, 4, 2, true, Activation.LEAKY_RELU, 0.2, 0),
                new BlockSpec(6, 5, 3, true, Activation.TANH, 0, 0.5)));
        for (ExperimentConfig c : List.of(small, small.withOptimizers(sgd, rms),
                small.withNetworks(5, resize, bnD), small.withNetworks(3, g, bnD).withOptimizers(rms, sgd),
                Presets.reference(new ImageShape(1, 28, 28)), Presets.reference(new ImageShape(3, 16, 16)))) {
            GanTrainer t = new GanTrainer(c, GanTrainerTest.squares());
            Map<String, Long> expected = ExperimentReader.expectedLengths(c);
            assertEquals(t.generator().params().length(), expected.get("generator.params"), c.toString());
            assertEquals(t.generator().state().length(), expected.get("generator.state"));
            assertEquals(t.generatorOptimizer().state().length(), expected.get("generator.optimizer"));
            assertEquals(t.discriminator().params().length(), expected.get("discriminator.params"));
            assertEquals(t.discriminator().state().length(), expected.get("discriminator.state"));
            assertEquals(t.discriminatorOptimizer().state().length(), expected.get("discriminator.optimizer"));
            MemoryEstimate e = MemoryEstimate.of(c);
            assertEquals(t.generator().paramCount() + t.discriminator().paramCount(), e.parameters());
        }
    }
}
