package org.ganstudio.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Predicate;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality measured inside the one training loop: snapshot history, listener callback, neighbours, bad input. */
class SessionQualityTest {

    static ExperimentConfig small32() {
        GeneratorSpec g = new GeneratorSpec(8, 32, true, Activation.LEAKY_RELU, 0.2, Upsampling.TRANSPOSED_CONV,
                List.of(new BlockSpec(16, 3, 2, true, Activation.LEAKY_RELU, 0.2, 0)), 3, 2);
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(16, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0),
                new BlockSpec(32, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0)));
        OptimizerSpec adam = OptimizerSpec.adam(2e-3, 0.5);
        return new ExperimentConfig(new ImageShape(3, 32, 32), 16, g, d, LossKind.NON_SATURATING, adam, adam, 1, 0,
                32, 3, UpdateOrder.SEQUENTIAL);
    }

    private static final class Recorder implements RunListener {
        final List<QualityFigures> figures = new CopyOnWriteArrayList<>();
        final DoubleAdder stepMillis = new DoubleAdder();

        @Override
        public void stepped(StepMetrics m) {
            stepMillis.add(m.stepMillis());
        }

        @Override
        public void quality(QualityFigures q) {
            figures.add(q);
        }
    }

    private static SessionSnapshot await(TrainingSession s, Predicate<SessionSnapshot> p) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(400).toNanos();
        while (System.nanoTime() < deadline) {
            SessionSnapshot snap = s.snapshot();
            if (p.test(snap)) {
                return snap;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out; last " + s.snapshot().state() + " at " + s.snapshot().step());
    }

    @Test
    void trainingOnShapesMeasuresQualityWithinItsBudgetAndFindsNeighbours() throws Exception {
        LoadedDataset shapes = new DatasetLoader().load(Path.of("datasets/shapes"), PrepareOptions.defaults(), null,
                null);
        Recorder rec = new Recorder();
        try (TrainingSession session = new TrainingSession(rec)) {
            session.newExperiment(small32(), shapes, DatasetReferences.of(shapes));
            session.setSampleInterval(10);
            session.setStopAt(60);
            session.start();
            SessionSnapshot end = await(session, s -> s.step() == 60 && s.state() == SessionState.PAUSED);
            assertFalse(rec.figures.isEmpty(), "at least one measurement in 60 steps");
            assertEquals(rec.figures, end.quality().points(), "the snapshot carries what the listener heard");
            assertEquals(null, end.quality().unavailable());
            for (QualityFigures q : rec.figures) {
                assertEquals(0, q.step() % 10, "measured on grid steps");
                assertEquals(QualityTracker.SAMPLES, q.samples());
                assertTrue(q.fid() > 0 && q.precision() >= 0 && q.precision() <= 1, q.toString());
            }
            double quality = rec.figures.stream().mapToLong(QualityFigures::millis).sum();
            double training = rec.stepMillis.sum();
            System.out.printf(Locale.ROOT, "quality: %d measurements, %.0f ms of %.0f ms training (%.1f %%; the "
                            + "first has no training before it); per measurement %s ms; figures %s%n",
                    rec.figures.size(), quality, training, 100 * quality / (quality + training),
                    rec.figures.stream().map(q -> Long.toString(q.millis())).toList(), rec.figures);

            NearestImages n = session.nearestTrainingImages(5, 4).get(240, TimeUnit.SECONDS);
            assertEquals(4, n.neighbours().count());
            assertEquals(1, n.generated().count());
            assertEquals(shapes.shape(), n.neighbours().shape());
            assertEquals(shapes.count(), n.indexed());
            for (int i = 1; i < 4; i++) {
                assertTrue(n.distances()[i] >= n.distances()[i - 1]);
            }
            assertTrue(n.typicalDistance() > 0);
        }
    }

    @Test
    void tooFewImagesSayWhatIsNeededInsteadOfFigures(@TempDir Path dir) throws Exception {
        Recorder rec = new Recorder();
        try (TrainingSession session = new TrainingSession(rec)) {
            LoadedDataset tiny = TrainingSessionTest.data(dir, 0.5f);   // 32 images of 8×8
            session.newExperiment(TrainingSessionTest.config(), tiny, DatasetReferences.of(tiny));
            session.setSampleInterval(5);
            session.setStopAt(10);
            session.start();
            SessionSnapshot end = await(session, s -> s.step() == 10 && s.state() == SessionState.PAUSED);
            assertTrue(rec.figures.isEmpty());
            assertTrue(end.quality().points().isEmpty());
            assertNotNull(end.quality().unavailable());
            assertTrue(end.quality().unavailable().contains("at least 50"), end.quality().unavailable());
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> session.nearestTrainingImages(0, 3).get(60, TimeUnit.SECONDS));
            SessionException s = assertInstanceOf(SessionException.class, e.getCause());
            assertEquals(SessionException.Kind.QUALITY_UNAVAILABLE, s.kind());
        }
    }
}
