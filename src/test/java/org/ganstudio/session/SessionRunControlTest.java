package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.StepMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session owns the run: exact stops, typed failures, saved step, closing, one picture of the generator. */
class SessionRunControlTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final TrainingSession session = new TrainingSession(new RunListener() {
        @Override
        public void stepped(StepMetrics m) {
            events.add("step " + m.step());
        }

        @Override
        public void stopped(Stop reason, long step, String message) {
            events.add("stopped " + reason + " " + step);
        }
    });

    @AfterEach
    void close() {
        session.close();
    }

    private SessionSnapshot await(Predicate<SessionSnapshot> p) throws InterruptedException {
        return Snapshots.await(session, p);
    }

    private static ExperimentConfig config() {
        return TrainingSessionTest.config();
    }

    @Test
    void stopsExactlyAtTheTargetStep(@TempDir Path dir) throws Exception {
        session.setSampleInterval(1000);
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), null);
        session.setStopAt(7);
        session.start();
        SessionSnapshot s = await(x -> x.state() == SessionState.PAUSED);
        assertEquals(7, s.step());
        Thread.sleep(300);
        assertEquals(7, session.snapshot().step(), "no step after the target");
        assertTrue(s.message().contains("7"), s.message());
        assertEquals(7, s.stopAt());
        // the listener heard every step once (metrics count steps from 0: the 7th is step 6), then the stop
        assertEquals("step 6", events.get(events.size() - 2));
        assertEquals("stopped TARGET_REACHED 7", events.get(events.size() - 1));
        assertEquals(8, events.size());
        // a grid is drawn at the target even off the sample interval, so the stop shows where it ended
        assertEquals(7, s.latestGrid().step());
        // starting again at the target does not train past it
        session.start();
        session.afterQueuedCommands().get(30, TimeUnit.SECONDS);
        assertEquals(SessionState.PAUSED, session.snapshot().state());
        assertEquals(7, session.snapshot().step());
        session.setStopAt(9);
        session.start();
        assertEquals(9, await(x -> x.state() == SessionState.PAUSED && x.step() > 7).step());
    }

    @Test
    void theSavedStepIsTheEnginesNotTheCallers(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), null);
        assertEquals(-1, session.afterQueuedCommands().get(30, TimeUnit.SECONDS).savedStep());
        session.start();
        await(x -> x.step() >= 3);
        Path file = dir.resolve("run.ganstudio");
        session.save(file).get(30, TimeUnit.SECONDS);
        // the save ran between two steps on the engine thread; the snapshot says at which
        SessionSnapshot s = session.snapshot();
        assertTrue(s.savedStep() >= 3);
        session.pause();
        SessionSnapshot later = await(x -> x.state() == SessionState.PAUSED);
        assertTrue(later.step() >= later.savedStep());
        try (TrainingSession other = new TrainingSession()) {
            other.open(file, TrainingSessionTest.data(dir, 0.8f)).get(30, TimeUnit.SECONDS);
            assertEquals(s.savedStep(), other.snapshot().step(), "the file holds the step the snapshot named");
        }
    }

    @Test
    void failuresAreTypedAndSaySoOnce(@TempDir Path dir) throws Exception {
        ExecutionException nothing = assertThrows(ExecutionException.class,
                () -> session.save(dir.resolve("x.ganstudio")).get(30, TimeUnit.SECONDS));
        assertEquals(SessionException.Kind.NOTHING_TO_SAVE, SessionException.of(nothing).kind());

        LoadedDataset data = TrainingSessionTest.data(dir, 0.8f);
        session.newExperiment(config(), data, null);
        Path noRef = dir.resolve("my-dataset.ganstudio");
        session.save(noRef).get(30, TimeUnit.SECONDS);
        SessionException e = failureOf(session.open(noRef, null));
        assertEquals(SessionException.Kind.NO_DATASET_REFERENCE, e.kind());
        assertEquals(1, count(e.getMessage(), "Could not open"), e.getMessage());

        session.newExperiment(config(), data, new DatasetReference(dir.resolve("gone").toString(), Map.of()));
        Path gone = dir.resolve("gone.ganstudio");
        session.save(gone).get(30, TimeUnit.SECONDS);
        SessionException unavailable = failureOf(session.open(gone, null));
        assertEquals(SessionException.Kind.DATASET_UNAVAILABLE, unavailable.kind());
        assertTrue(unavailable.getMessage().contains("gone"), unavailable.getMessage());

        LoadedDataset other = TrainingSessionTest.data(dir, 0.8f, new ImageShape(1, 16, 16));
        assertEquals(SessionException.Kind.SHAPE_MISMATCH, failureOf(session.open(gone, other)).kind());

        Path folder = dir.resolve("folder.ganstudio");
        Files.createDirectories(folder.resolve("inside"));
        SessionException save = failureOf(session.save(folder));
        assertEquals(SessionException.Kind.SAVE_FAILED, save.kind());
        assertEquals(1, count(save.getMessage(), "Could not save"), save.getMessage());
        // the run is still there after every failure
        assertEquals(config(), session.snapshot().config());
    }

    @Test
    void inspectReadsWhatAFileSaysWithoutOpeningIt(@TempDir Path dir) throws Exception {
        DatasetReference ref = new DatasetReference(dir.toString(), Map.of("imageSize", "28"));
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), ref);
        session.step(TrainingControl.StepKind.BOTH);
        Path file = dir.resolve("run.ganstudio");
        session.save(file).get(30, TimeUnit.SECONDS);
        session.reset();
        ExperimentSummary summary = session.inspect(file).get(30, TimeUnit.SECONDS);
        assertEquals(config(), summary.config());
        assertEquals(1, summary.step());
        assertEquals(dir, summary.datasetPath());
        assertEquals(28, summary.datasetOptions().imageSize());
        assertEquals(0, session.afterQueuedCommands().get(30, TimeUnit.SECONDS).step(), "the run was not replaced");
        assertEquals(SessionException.Kind.FILE_UNREADABLE, failureOf(session.inspect(dir.resolve("none"))).kind());
    }

    @Test
    void closingRunsWhatWasQueuedThenRefusesMore(@TempDir Path dir) throws Exception {
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), null);
        session.start();
        await(x -> x.step() >= 2);
        Path file = dir.resolve("last.ganstudio");
        CompletableFuture<Path> lastSave = session.save(file);
        CompletableFuture<Void> closed = session.closeAsync();
        assertEquals(file, lastSave.get(30, TimeUnit.SECONDS));
        closed.get(30, TimeUnit.SECONDS);
        assertEquals(SessionState.CLOSED, session.snapshot().state());
        assertEquals(SessionException.Kind.CLOSED, failureOf(session.save(file)).kind());
        assertEquals(SessionException.Kind.CLOSED, failureOf(session.open(file, null)).kind());
        assertTrue(session.closeAsync().isDone(), "a second close is a no-op");
    }

    @Test
    void theExplorerAndTheGridShowTheSameGenerator(@TempDir Path dir) throws Exception {
        session.setSampleInterval(4);
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), null);
        session.setStopAt(8);
        session.start();
        SessionSnapshot s = await(x -> x.state() == SessionState.PAUSED);
        ImageBatch grid = s.latestGrid();
        assertEquals(8, grid.step());
        int cell = 5;
        session.renderLatent(99, GridNoise.cell(config(), cell), 1);
        ImageBatch latent = await(x -> x.latent() != null && x.latent().tag() == 99 && x.latent().step() == 8).latent();
        int size = config().imageShape().size();
        assertArrayEquals(Arrays.copyOfRange(grid.pixels(), cell * size, (cell + 1) * size), latent.pixels());
    }

    @Test
    void anOpenExplorerThatAsksNothingCostsNoWeightCopies(@TempDir Path dir) throws Exception {
        session.setSampleInterval(5);
        session.newExperiment(config(), TrainingSessionTest.data(dir, 0.8f), null);
        session.renderLatent(1, GridNoise.cell(config(), 0), 1);
        await(x -> x.latent() != null);
        long before = session.weightCopies();
        session.setStopAt(40);
        session.start();
        await(x -> x.state() == SessionState.PAUSED);
        assertEquals(before, session.weightCopies(), "no copies while nobody asked for latent images");
        session.renderLatent(2, GridNoise.cell(config(), 1), 1);
        await(x -> x.latent() != null && x.latent().tag() == 2 && x.latent().step() == 40);
        assertEquals(before + 1, session.weightCopies());
    }

    private static SessionException failureOf(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        assertFalse(e.getCause() instanceof java.util.concurrent.CompletionException);
        return SessionException.of(e);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
