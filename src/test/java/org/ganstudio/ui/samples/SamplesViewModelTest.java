package org.ganstudio.ui.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;
import org.ganstudio.ui.latent.LatentViewModel;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.junit.jupiter.api.Test;

class SamplesViewModelTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);
    private static final ExperimentConfig CONFIG = Presets.reference(SHAPE);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final SnapshotPoller poller = new SnapshotPoller(session);
    private final LatentViewModel latent = new LatentViewModel(session, poller.snapshotProperty(), new ManualClock(), 1);
    private final SamplesViewModel vm = new SamplesViewModel(poller.snapshotProperty(), latent::setEndpoint);

    private void train(long steps) {
        if (session.snapshot().config() == null) {
            session.newExperiment(CONFIG, FakeImages.dataset(SHAPE, 4), null);
            session.setSampleInterval(10);
        }
        session.train(steps);
        poller.poll();
    }

    @Test
    void theNewestGridIsShownUpscaled() {
        assertNull(vm.rasterProperty().get());
        assertEquals("No samples yet: they appear once training starts", vm.captionProperty().get());
        train(35);
        ArgbRaster r = vm.rasterProperty().get();
        assertEquals(8 * 56 + 7 * 2, r.width(), "28 px tiles doubled, 2 px gaps");
        assertEquals(r.width(), r.height());
        assertEquals(4, vm.gridCountProperty().get());
        assertEquals("Step 30 · newest", vm.captionProperty().get());
        int expected = vm.shownGrid().argb(0, 3, 5);
        assertEquals(expected, r.argb(3 * 2, 5 * 2));
        assertEquals(expected, r.argb(3 * 2 + 1, 5 * 2 + 1));
        assertEquals(ArgbRaster.GAP_COLOUR, r.argb(56, 0));
    }

    @Test
    void scrubbingBackStaysThereWhileNewGridsArrive() {
        train(30);
        vm.indexProperty().set(1);
        assertFalse(vm.followingProperty().get());
        assertEquals("Step 10 · 2 of 4", vm.captionProperty().get());
        train(20);
        assertEquals(1, vm.indexProperty().get());
        assertEquals(10, vm.shownGrid().step());
        vm.followNewest();
        assertEquals(50, vm.shownGrid().step());
        train(10);
        assertEquals(60, vm.shownGrid().step());
        assertTrue(vm.followingProperty().get());
    }

    @Test
    void cellsAreFoundByPositionAndCanBecomeLatentEndpoints() {
        train(1);
        assertEquals(0, vm.cellAt(0.01, 0.01));
        assertEquals(9, vm.cellAt(1.5 / 8, 1.5 / 8));
        assertEquals(63, vm.cellAt(0.999, 0.999));
        assertEquals(-1, vm.cellAt(57.0 / 462, 0.01), "the gap between tiles");
        assertArrayEquals(FixedNoise.cell(CONFIG, 9), vm.latentOfCell(9));
        vm.useCellAs(9, Endpoint.B);
        assertArrayEquals(FixedNoise.cell(CONFIG, 9), latent.endpoint(Endpoint.B));
        assertEquals(28 * 8, vm.enlarged(9, 200).width());
    }

    private static org.ganstudio.session.SessionSnapshot withScores(org.ganstudio.session.SessionSnapshot s,
                                                                     float[] scores, long step) {
        return new org.ganstudio.session.SessionSnapshot(s.version() + 1, s.state(), s.config(), s.step(), s.last(),
                s.metrics(), s.stepsPerSecond(), s.grids(), s.latent(), s.message(), s.dataset(),
                s.datasetReference(), s.file(), s.generatorLearningRate(), s.discriminatorLearningRate(),
                s.discriminatorSteps(), s.sampleInterval(), s.stopAt(), s.savedStep(), s.quality(), s.plane(),
                new org.ganstudio.model.HealthReport(org.ganstudio.model.StepDiagnostics.NONE, java.util.List.of(),
                        scores, step, java.util.List.of()));
    }

    @Test
    void dScoresFrameEachSampleOfTheNewestGridWhenAsked() {
        javafx.beans.property.SimpleObjectProperty<org.ganstudio.session.SessionSnapshot> snaps =
                new javafx.beans.property.SimpleObjectProperty<>();
        SamplesViewModel scored = new SamplesViewModel(snaps, (e, z) -> { });
        session.newExperiment(CONFIG, FakeImages.dataset(SHAPE, 4), null);
        session.setSampleInterval(10);
        session.train(20);
        org.ganstudio.session.SessionSnapshot plain = session.snapshot();
        long gridStep = plain.grids().get(plain.grids().size() - 1).step();
        float[] scores = new float[64];
        for (int k = 0; k < 64; k++) {
            scores[k] = k < 16 ? 0.9f : 0.1f;   // the first two rows fool D
        }
        snaps.set(withScores(plain, scores, gridStep));
        ArgbRaster without = scored.rasterProperty().get();
        assertEquals("", scored.scoresLineProperty().get(), "off by default: nothing said, nothing drawn");

        scored.showScoresProperty().set(true);
        ArgbRaster with = scored.rasterProperty().get();
        assertEquals(without.width(), with.width());
        int tile = 56;
        assertEquals(ScoreFrames.blend(ScoreFrames.CAUGHT, ScoreFrames.FOOLS, 0.9f), with.argb(0, 0),
                "cell 0 (0.9): a frame close to green");
        assertEquals(ScoreFrames.blend(ScoreFrames.CAUGHT, ScoreFrames.FOOLS, 0.1f), with.argb(0, 2 * (tile + 2)),
                "cell 16 (0.1): a frame close to red");
        assertEquals(without.argb(tile / 2, tile / 2), with.argb(tile / 2, tile / 2), "the image inside is untouched");
        assertTrue(scored.scoresLineProperty().get().startsWith("16 of 64 samples fool D"),
                scored.scoresLineProperty().get());

        snaps.set(withScores(plain, scores, gridStep - 10));   // scores of another grid than the one shown
        assertEquals(without.argb(0, 0), scored.rasterProperty().get().argb(0, 0), "no frames for other grids");
        assertTrue(scored.scoresLineProperty().get().startsWith("D's scores exist for the newest grid only"));

        scored.showScoresProperty().set(false);
        assertEquals(without.argb(0, 0), scored.rasterProperty().get().argb(0, 0));
    }

    @Test
    void aScoreMeansHowRealDThinksTheSampleIsForEveryLoss() {
        assertEquals(0.8, ScoreFrames.realness(0.8f, org.ganstudio.model.LossKind.NON_SATURATING), 1e-6);
        assertEquals(1.0, ScoreFrames.realness(1.7f, org.ganstudio.model.LossKind.LEAST_SQUARES), 1e-6);
        assertEquals(0.5, ScoreFrames.realness(0f, org.ganstudio.model.LossKind.HINGE), 1e-6);
        assertTrue(Double.isNaN(ScoreFrames.realness(Float.NaN, org.ganstudio.model.LossKind.MINIMAX)));
    }
}
