package org.ganstudio.ui.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.Presets;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.junit.jupiter.api.Test;

class LatentViewModelTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);
    private static final ExperimentConfig CONFIG = Presets.reference(SHAPE);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final SnapshotPoller poller = new SnapshotPoller(session);
    private final ManualClock clock = new ManualClock();
    private final LatentViewModel vm = new LatentViewModel(session, poller.snapshotProperty(), clock, 1);

    {
        poller.addFrameAction(vm::flush);
    }

    private void build() {
        session.newExperiment(CONFIG, FakeImages.dataset(SHAPE, 4), null);
        poller.poll();
    }

    @Test
    void nothingIsRequestedWithoutAnExperiment() {
        vm.positionProperty().set(0.2);
        poller.poll();
        assertEquals(List.of(), session.callsStartingWith("renderLatent"));
        assertFalse(vm.availableProperty().get());
    }

    @Test
    void endpointsStartAtTheFirstTwoGridCells() {
        build();
        float[] all = LatentNoise.gaussian(CONFIG.seed() ^ 0x5A4D4C45L, 64, 100);
        assertArrayEquals(Arrays.copyOfRange(all, 0, 100), vm.endpoint(Endpoint.A));
        assertArrayEquals(Arrays.copyOfRange(all, 100, 200), vm.endpoint(Endpoint.B));
        assertEquals(100, vm.latentSizeProperty().get());
        assertEquals(List.of(0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96), vm.dimensionPages());
    }

    @Test
    void aSecondAnswerToTheSameRequestFromALaterGeneratorReplacesTheFirst() {
        session.answerLatent = false;
        build();
        poller.poll(); // sends request 1
        assertEquals(List.of("renderLatent 1 9"), session.callsStartingWith("renderLatent"));
        float[] z = LatentNoise.gaussian(3, 9, CONFIG.latentSize());
        // the session answers at once with the generator it has (step 5) ...
        session.publish(b -> b.latent(FakeImages.fromLatents(5, 1, CONFIG, z, 9)));
        poller.poll();
        assertEquals("step 5", vm.statusProperty().get());
        // ... and again after the next training step with the same tag: that one is shown
        session.publish(b -> b.latent(FakeImages.fromLatents(9, 1, CONFIG, z, 9)));
        poller.poll();
        assertEquals("step 9", vm.statusProperty().get());
        assertEquals(2, vm.rendersProperty().get());
        // an older answer to the same request never replaces a newer one
        session.publish(b -> b.latent(FakeImages.fromLatents(7, 1, CONFIG, z, 9)));
        poller.poll();
        assertEquals("step 9", vm.statusProperty().get());
    }

    @Test
    void changesAreCoalescedIntoOneRequestPerFrameAndAnsweredWithImages() {
        build();
        poller.poll(); // first render of the new experiment
        assertEquals(List.of("renderLatent 1 9"), session.callsStartingWith("renderLatent"));
        poller.poll();
        assertNotNull(vm.imageProperty().get());
        assertNotNull(vm.stripProperty().get());
        assertEquals(1, vm.rendersProperty().get());
        int[] before = vm.imageProperty().get().pixels();

        clock.advance(5, TimeUnit.MILLISECONDS);
        vm.positionProperty().set(0.1);
        vm.positionProperty().set(0.2);
        vm.positionProperty().set(0.9);
        clock.advance(20, TimeUnit.MILLISECONDS);
        poller.poll();
        assertEquals(List.of("renderLatent 1 9", "renderLatent 2 9"), session.callsStartingWith("renderLatent"));
        // the fake answers at once, so the same poll reads the answer
        assertEquals(2, vm.rendersProperty().get());
        assertFalse(Arrays.equals(before, vm.imageProperty().get().pixels()), "the image changed");
        assertEquals(20.0, vm.latencyMillisProperty().get(), 1e-9, "from the first change to the pixels");
        assertEquals(9, session.snapshot().latent().count());
    }

    @Test
    void olderAnswersAreIgnored() {
        build();
        session.answerLatent = false;
        poller.poll();
        vm.positionProperty().set(0.3);
        poller.poll();
        assertEquals(2, session.callsStartingWith("renderLatent").size());
        session.publish(b -> b.latent(FakeImages.fromLatents(0, 2, CONFIG, new float[9 * 100], 9)));
        poller.poll();
        assertEquals(1, vm.rendersProperty().get());
        session.publish(b -> b.latent(FakeImages.fromLatents(0, 1, CONFIG, new float[9 * 100], 9)));
        poller.poll();
        assertEquals(1, vm.rendersProperty().get(), "tag 1 is older than the one shown");
    }

    @Test
    void dimensionSlidersEditTheCurrentVectorAndTheEditSurvivesMovingAlongTheWalk() {
        build();
        vm.firstDimensionProperty().set(8);
        float[] z = vm.currentVector();
        assertEquals(Math.max(-3, Math.min(3, z[9])), vm.dimensionProperty(1).get(), 1e-6);
        vm.dimensionProperty(1).set(2.5);
        assertEquals(2.5, vm.currentVector()[9], 1e-6);
        float before = vm.currentVector()[9];
        vm.positionProperty().set(0.0);
        float base = vm.endpoint(Endpoint.A)[9];
        assertNotEquals(before, vm.currentVector()[9]);
        assertEquals(base + (2.5 - interpolated(0.5, 9)), vm.currentVector()[9], 1e-5);
        vm.clearEdits();
        assertEquals(base, vm.currentVector()[9], 1e-6);

        vm.firstDimensionProperty().set(96);
        assertEquals(4, vm.shownDimensionsProperty().get());
    }

    private float interpolated(double t, int d) {
        return Interpolation.SPHERICAL.apply(vm.endpoint(Endpoint.A), vm.endpoint(Endpoint.B), t)[d];
    }

    @Test
    void endpointsCanBeRerolledOrSet() {
        build();
        float[] a = vm.endpoint(Endpoint.A);
        vm.reroll(Endpoint.A);
        assertFalse(Arrays.equals(a, vm.endpoint(Endpoint.A)));
        float[] cell = FixedNoise.cell(CONFIG, 5);
        vm.setEndpoint(Endpoint.B, cell);
        assertArrayEquals(cell, vm.endpoint(Endpoint.B));
        vm.setEndpoint(Endpoint.B, new float[3]);
        assertArrayEquals(cell, vm.endpoint(Endpoint.B), "a vector of the wrong length is ignored");
        vm.positionProperty().set(1);
        assertArrayEquals(cell, vm.currentVector(), 1e-5f);
    }

    @Test
    void newGridsWhileTrainingTriggerAFreshRender() {
        build();
        poller.poll();
        poller.poll();
        int requests = session.callsStartingWith("renderLatent").size();
        session.start();
        session.train(60); // a grid at 1 and 50
        poller.poll();
        poller.poll();
        assertTrue(session.callsStartingWith("renderLatent").size() > requests);
    }
}
