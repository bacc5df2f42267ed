package org.ganstudio.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.dataset.SourceKind;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.RealAndFake;
import org.ganstudio.model.StepTrace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's classroom commands: a traced step, and the images of a "Real or fake?" round. */
class ClassroomSessionTest {

    private final TrainingSession session = new TrainingSession();
    private final TrainingSession other = new TrainingSession();

    @AfterEach
    void close() {
        session.close();
        other.close();
    }

    /** 40 different images: image k has its own ramp of grey levels. */
    static LoadedDataset distinctImages(Path dir) {
        ImageShape shape = TrainingSessionTest.config().imageShape();
        int n = 40;
        float[] px = new float[n * shape.size()];
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < shape.size(); p++) {
                px[k * shape.size() + p] = ((k * 37 + p * 11) % 255) / 127.5f - 1f;
            }
        }
        LoadReport report = new LoadReport(dir, SourceKind.IMAGE_FOLDER, PrepareOptions.defaults(), shape, n, n, 0,
                List.of(), List.of(), Map.of(), 1);
        return new LoadedDataset(shape, n, px, List.of(), new int[n], report);
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static SessionException.Kind failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return SessionException.of(e).kind();
        }
        fail("expected the command to fail");
        return null;
    }

    @Test
    void aTracedStepIsAnOrdinaryStepOfTheRun(@TempDir Path dir) throws Exception {
        LoadedDataset data = distinctImages(dir);
        session.newExperiment(TrainingSessionTest.config(), data, null);
        other.newExperiment(TrainingSessionTest.config(), data, null);
        session.step(TrainingControl.StepKind.BOTH);
        other.step(TrainingControl.StepKind.BOTH);
        StepTrace trace = get(session.traceStep(TrainingControl.StepKind.BOTH));
        other.step(TrainingControl.StepKind.BOTH);
        SessionSnapshot after = Snapshots.await(session, s -> s.step() == 2);
        Snapshots.await(other, s -> s.step() == 2);
        assertEquals(1, trace.step());
        assertEquals(SessionState.PAUSED, after.state());
        assertEquals(after.last(), trace.metrics(), "the traced step's figures are the run's figures of that step");
        assertEquals(2, after.metrics().size(), "the traced step counts in the history like any step");
        assertTrue(trace.discriminatorUpdateNorm() > 0 && trace.generatorUpdateNorm() > 0);
        // both runs' generators are now the same network: they draw the same fakes for the same seed
        RealAndFake a = get(session.realAndFake(4, 99));
        RealAndFake b = get(other.realAndFake(4, 99));
        assertArrayEquals(b.fake().pixels(), a.fake().pixels());
        assertArrayEquals(b.real().pixels(), a.real().pixels());
    }

    @Test
    void aRoundHasDistinctTrainingImagesAndFakesFromTheCurrentGenerator(@TempDir Path dir) throws Exception {
        LoadedDataset data = distinctImages(dir);
        session.newExperiment(TrainingSessionTest.config(), data, null);
        for (int i = 0; i < 3; i++) {
            session.step(TrainingControl.StepKind.BOTH);
        }
        RealAndFake round = get(session.realAndFake(6, 7));
        assertEquals(3, round.step(), "drawn by the generator as it is after three steps");
        assertEquals(6, round.count());
        // every real image is one of the dataset's, and no image twice
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            int found = -1;
            for (int k = 0; k < data.count(); k++) {
                float[] one = new float[data.shape().size()];
                data.copyImage(k, one, 0);
                byte[] expected = ImageBatch.fromTanh(0, 0, data.shape(), 1, one).pixels();
                byte[] actual = java.util.Arrays.copyOfRange(round.real().pixels(), i * expected.length,
                        (i + 1) * expected.length);
                if (java.util.Arrays.equals(expected, actual)) {
                    found = k;
                }
            }
            assertTrue(found >= 0, "real image " + i + " is a training image");
            assertTrue(used.add(found), "training image " + found + " is used once");
        }
        // the fakes are what the current generator draws for the round's latent vectors
        session.renderLatent(41, round.latent(), round.count());
        SessionSnapshot drawn = Snapshots.await(session,
                s -> s.latent() != null && s.latent().tag() == 41 && s.latent().step() == 3);
        byte[] expected = drawn.latent().pixels();
        byte[] actual = round.fake().pixels();
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs((expected[i] & 0xff) - (actual[i] & 0xff)) <= 1, "pixel " + i);
        }
        // another seed picks other images
        RealAndFake next = get(session.realAndFake(6, 8));
        assertTrue(!java.util.Arrays.equals(round.real().pixels(), next.real().pixels()));
        assertTrue(!java.util.Arrays.equals(round.fake().pixels(), next.fake().pixels()));
    }

    @Test
    void withoutARunOrWhileTrainingTheCommandsSayWhy(@TempDir Path dir) throws Exception {
        assertEquals(SessionException.Kind.NOT_READY, failure(session.realAndFake(4, 1)));
        assertEquals(SessionException.Kind.NOT_READY, failure(session.traceStep(TrainingControl.StepKind.BOTH)));
        session.newExperiment(TrainingSessionTest.config(), distinctImages(dir), null);
        session.start();
        Snapshots.await(session, s -> s.state() == SessionState.TRAINING && s.step() >= 1);
        assertEquals(SessionException.Kind.NOT_READY, failure(session.traceStep(TrainingControl.StepKind.BOTH)));
        RealAndFake whileTraining = get(session.realAndFake(4, 1));
        assertEquals(4, whileTraining.count(), "a round can be drawn between two training steps");
        session.pause();
    }
}
