package org.ganstudio.session;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.dataset.SourceKind;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSessionTest {

    private final TrainingSession session = new TrainingSession();

    @AfterEach
    void close() {
        session.close();
    }

    static ExperimentConfig config() {
        return org.ganstudio.engine.TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
    }

    static LoadedDataset data(Path dir, float value) {
        return data(dir, value, config().imageShape());
    }

    static LoadedDataset data(Path dir, float value, org.ganstudio.model.ImageShape shape) {
        int n = 32;
        float[] px = new float[n * shape.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i % 7 == 0) ? value : -value;
        }
        LoadReport report = new LoadReport(dir, SourceKind.IMAGE_FOLDER, PrepareOptions.defaults(), shape, n, n, 0,
                List.of(), List.of(), Map.of(), 1);
        return new LoadedDataset(shape, n, px, List.of(), new int[n], report);
    }

    private SessionSnapshot await(Predicate<SessionSnapshot> p) throws InterruptedException {
        return Snapshots.await(session, p);
    }

    @Test
    void trainsPausesStepsAndPublishesGrids(@TempDir Path dir) throws Exception {
        session.setSampleInterval(5);
        session.newExperiment(config(), data(dir, 0.8f), null);
        SessionSnapshot ready = await(s -> s.state() == SessionState.READY);
        assertEquals(1, ready.grids().size(), "an initial grid from the untrained generator");
        session.start();
        SessionSnapshot s = await(x -> x.step() >= 12);
        assertEquals(SessionState.TRAINING, s.state());
        assertTrue(s.grids().size() >= 3);
        assertTrue(s.metrics().size() >= 12);
        session.pause();
        SessionSnapshot paused = await(x -> x.state() == SessionState.PAUSED);
        long step = paused.step();
        Thread.sleep(200);
        assertEquals(step, session.snapshot().step(), "no training while paused");
        session.step(TrainingControl.StepKind.DISCRIMINATOR);
        SessionSnapshot afterD = await(x -> x.step() == step + 1);
        assertTrue(Double.isNaN(afterD.last().gLoss()) && Double.isFinite(afterD.last().dLoss()));
        session.step(TrainingControl.StepKind.GENERATOR);
        SessionSnapshot afterG = await(x -> x.step() == step + 2);
        assertTrue(Double.isNaN(afterG.last().dLoss()) && Double.isFinite(afterG.last().gLoss()));
    }

    @Test
    void latentRequestsAreAnsweredWithTheirTag(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), data(dir, 0.8f), null);
        await(s -> s.state() == SessionState.READY);
        int latent = config().latentSize();
        session.renderLatent(7, new float[3 * latent], 3);
        SessionSnapshot s = await(x -> x.latent() != null && x.latent().tag() == 7);
        assertEquals(3, s.latent().count());
        assertEquals(3 * 64, s.latent().pixels().length);
    }

    @Test
    void latentRequestsAreAnsweredWhileTraining(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), data(dir, 0.8f), null);
        session.start();
        await(x -> x.step() >= 3);
        int latent = config().latentSize();
        float[] z = org.ganstudio.model.LatentNoise.gaussian(5, 2, latent);
        session.renderLatent(11, z, 2);
        // answered at once with the renderer's copy, then again after the next step with G as it is then
        SessionSnapshot s = await(x -> x.latent() != null && x.latent().tag() == 11 && x.latent().step() >= 3);
        assertEquals(SessionState.TRAINING, s.state());
        assertEquals(2, s.latent().count());
    }

    @Test
    void divergencePausesWithAnExplanation(@TempDir Path dir) throws Exception {
        LoadedDataset poisoned = data(dir, Float.NaN);
        session.newExperiment(config(), poisoned, null);
        session.start();
        SessionSnapshot s = await(x -> x.state() == SessionState.DIVERGED);
        assertEquals(0, s.step());
        assertTrue(s.message().contains("lower learning rate"), s.message());
    }

    @Test
    void learningRateChangesApplyWhileTraining(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), data(dir, 0.8f), null);
        session.start();
        await(x -> x.step() >= 2);
        session.updateHyperparameters(1e-5, 3e-5, 2);
        SessionSnapshot s = await(x -> x.discriminatorSteps() == 2);
        assertEquals(1e-5, s.generatorLearningRate(), 1e-12);
        assertEquals(3e-5, s.discriminatorLearningRate(), 1e-12);
        assertEquals(SessionState.TRAINING, s.state());
    }

    @Test
    void saveAndOpenRestoreTheRun(@TempDir Path dir) throws Exception {
        LoadedDataset data = data(dir, 0.8f);
        session.newExperiment(config(), data, null);
        session.setStopAt(4);   // stops with a grid drawn at step 4
        session.start();
        SessionSnapshot paused = await(x -> x.state() == SessionState.PAUSED);
        assertEquals(4, paused.latestGrid().step());
        Path file = dir.resolve("exp.ganstudio");
        assertEquals(file, session.save(file).get(30, TimeUnit.SECONDS));
        try (TrainingSession other = new TrainingSession()) {
            ExperimentConfig opened = other.open(file, data).get(30, TimeUnit.SECONDS);
            assertEquals(config(), opened);
            SessionSnapshot s = other.snapshot();
            assertEquals(paused.step(), s.step());
            assertEquals(paused.metrics().size(), s.metrics().size());
            assertEquals(SessionState.PAUSED, s.state());
            assertNotNull(s.latestGrid());
            // same weights: the reopened session draws the same grid from the fixed noise
            assertEquals(paused.latestGrid().step(), s.latestGrid().step());
            assertArrayEquals(paused.latestGrid().pixels(), s.latestGrid().pixels());
            assertEquals(paused.step(), s.savedStep(), "opened from the file: nothing unsaved");
        }
    }

    @Test
    void openingAForeignFileFailsWithAMessageAndKeepsTheRun(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), data(dir, 0.8f), null);
        await(s -> s.state() == SessionState.READY);
        Path junk = dir.resolve("notes.ganstudio");
        java.nio.file.Files.writeString(junk, "hello");
        var err = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> session.open(junk, null).get(30, TimeUnit.SECONDS));
        SessionException failure = SessionException.of(err);
        assertEquals(SessionException.Kind.FILE_UNREADABLE, failure.kind());
        assertTrue(failure.getMessage().startsWith("Could not open notes.ganstudio: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("not a GAN Studio experiment"), failure.getMessage());
        SessionSnapshot s = await(x -> x.state() == SessionState.READY);
        assertFalse(s.message().isBlank());
    }
}
