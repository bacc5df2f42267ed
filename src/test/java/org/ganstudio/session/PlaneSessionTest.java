package org.ganstudio.session;

import org.ganstudio.model.plane.PlaneView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A 2-D run on the session's engine thread: the same commands as an image run, a PlaneView in the snapshot. */
class PlaneSessionTest {

    private final List<Long> steps = new CopyOnWriteArrayList<>();
    private final TrainingSession session = new TrainingSession(new RunListener() {
        @Override
        public void stepped(StepMetrics m) {
            steps.add(m.step());
        }
    });

    @AfterEach
    void close() {
        session.close();
    }

    private SessionSnapshot await(Predicate<SessionSnapshot> p) throws InterruptedException {
        return Snapshots.await(session, p);
    }

    private SessionSnapshot queued() throws Exception {
        return session.afterQueuedCommands().get(60, TimeUnit.SECONDS);
    }

    @Test
    void aNewPlaneExperimentPublishesItsViewAndStepsOnCommand() throws Exception {
        PlaneConfig config = PlaneConfig.defaults().withTraining(1, UpdateOrder.SIMULTANEOUS, 64).withLatentSize(3);
        session.newPlaneExperiment(config, BuiltInDistribution.RING8);
        SessionSnapshot s = queued();
        assertEquals(SessionState.READY, s.state());
        PlaneView v = s.plane();
        assertNotNull(v);
        assertNull(s.config(), "no image config for a 2-D run");
        assertEquals(PlaneRun.VIEW_POINTS * 2, v.real().length);
        assertEquals(PlaneRun.VIEW_POINTS * 2, v.generated().length);
        assertEquals(v.generated().length, v.pull().length);
        assertEquals(PlaneRun.HEAT_SIZE * PlaneRun.HEAT_SIZE, v.heat().length);
        assertEquals(PlaneRun.MESH_SIZE * PlaneRun.MESH_SIZE * 2, v.mesh().length);
        assertTrue(v.probabilistic());
        for (float h : v.heat()) {
            assertTrue(h > 0 && h < 1, "a probability: " + h);
        }
        assertEquals("ring8", v.dataset());
        assertEquals(0, v.latestQuality().step());

        float[] before = v.generated();
        session.step(TrainingControl.StepKind.BOTH);
        s = queued();
        assertEquals(1, s.step());
        assertEquals(SessionState.PAUSED, s.state());
        assertEquals(1, s.plane().step());
        assertFalse(java.util.Arrays.equals(before, s.plane().generated()), "the view shows the new G");
        assertEquals(List.of(0L), steps);
    }

    @Test
    void trainingStopsExactlyAtTheTargetWithQualityEveryFiftyStepsAndResetStartsOver() throws Exception {
        session.newPlaneExperiment(PlaneConfig.defaults().withTraining(1, UpdateOrder.SEQUENTIAL, 32),
                BuiltInDistribution.GRID25);
        session.setStopAt(120);
        session.start();
        SessionSnapshot s = await(x -> x.state() == SessionState.PAUSED && x.step() == 120);
        assertEquals(120, s.plane().step(), "the final view is of the final step");
        assertEquals(List.of(0L, 50L, 100L), s.plane().quality().stream().map(PlaneQuality::step).toList());
        assertEquals(25, s.plane().latestQuality().modeCount());
        assertEquals(120, s.metrics().size());
        assertEquals(120, steps.size());

        session.updateHyperparameters(2e-3, 3e-3, 2);
        session.reset();
        s = queued();
        assertEquals(0, s.step());
        assertEquals(SessionState.READY, s.state());
        assertEquals(1, s.plane().quality().size());
        assertEquals(1e-3, s.generatorLearningRate(), 1e-12, "reset goes back to the config's rates");
    }

    @Test
    void savedAndOpenedRunsContinueLikeTheOriginalOnBrushedPoints(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        PlaneConfig config = PlaneConfig.defaults().withTraining(1, UpdateOrder.SIMULTANEOUS, 32);
        var brushed = new org.ganstudio.model.plane.PointCloud("brush", new double[]{0, 0, 0.5, 0.5, -0.5, 1});
        session.newPlaneExperiment(config, brushed);
        session.setStopAt(60);
        session.start();
        await(x -> x.state() == SessionState.PAUSED && x.step() == 60);
        java.nio.file.Path file = dir.resolve("run.gan2d");
        session.save(file).get(60, TimeUnit.SECONDS);
        SessionSnapshot saved = queued();
        assertEquals(60, saved.savedStep());
        assertEquals(file, saved.file());

        try (TrainingSession other = new TrainingSession()) {
            other.open(file, null).get(60, TimeUnit.SECONDS);
            SessionSnapshot o = other.afterQueuedCommands().get(60, TimeUnit.SECONDS);
            assertEquals(60, o.step());
            assertEquals(SessionState.PAUSED, o.state());
            assertEquals("brush", o.plane().dataset());
            assertEquals(saved.plane().quality(), o.plane().quality());
            assertTrue(java.util.Arrays.equals(saved.plane().generated(), o.plane().generated()));
            for (int i = 0; i < 5; i++) {
                session.step(TrainingControl.StepKind.BOTH);
                other.step(TrainingControl.StepKind.BOTH);
            }
            float[] a = queued().plane().generated();
            float[] b = other.afterQueuedCommands().get(60, TimeUnit.SECONDS).plane().generated();
            assertTrue(java.util.Arrays.equals(a, b), "the opened run trains on exactly like the saved one");
        }
        java.nio.file.Files.writeString(dir.resolve("bad.gan2d"), "{not json");
        var failure = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> session.open(dir.resolve("bad.gan2d"), null).get(60, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("bad.gan2d"), failure.getCause().getMessage());
    }

    @Test
    void updatedHyperparametersReachThe2dTrainer() throws Exception {
        session.newPlaneExperiment(PlaneConfig.defaults(), BuiltInDistribution.LINE);
        session.updateHyperparameters(2e-3, 3e-3, 2);
        SessionSnapshot s = queued();
        assertEquals(2e-3, s.generatorLearningRate(), 1e-12);
        assertEquals(3e-3, s.discriminatorLearningRate(), 1e-12);
        assertEquals(2, s.discriminatorSteps());
    }
}
