package org.ganstudio.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.model.plane.PointCloud;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.session.SessionSnapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The 2-D lab's form: what Build sends to the session, and what it refuses. No toolkit needed. */
class PlaneViewModelTest {

    /** Records the 2-D commands; the image lab's commands are not used by this view model. */
    private static final class Recorder implements org.ganstudio.session.TrainingControl {
        final List<PlaneConfig> configs = new ArrayList<>();
        final List<PlaneDistribution> data = new ArrayList<>();
        int starts;

        @Override
        public void newPlaneExperiment(PlaneConfig config, PlaneDistribution d) {
            configs.add(config);
            data.add(d);
        }

        @Override
        public void newExperiment(org.ganstudio.model.ExperimentConfig c, org.ganstudio.dataset.LoadedDataset d,
                                  org.ganstudio.model.DatasetReference r) {
        }

        @Override
        public void start() {
            starts++;
        }

        @Override
        public void pause() {
        }

        @Override
        public void step(StepKind kind) {
        }

        @Override
        public void reset() {
        }

        @Override
        public void updateHyperparameters(double g, double d, int k) {
        }

        @Override
        public void setSampleInterval(int steps) {
        }

        @Override
        public void setStopAt(long step) {
        }

        @Override
        public void renderLatent(long tag, float[] latents, int count) {
        }

        @Override
        public CompletableFuture<Path> save(Path file) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<org.ganstudio.session.ExperimentSummary> inspect(Path file) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<org.ganstudio.model.ExperimentConfig> open(Path f,
                                                                         org.ganstudio.dataset.LoadedDataset d) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public SessionSnapshot snapshot() {
            return SessionSnapshot.empty();
        }

        @Override
        public CompletableFuture<Void> closeAsync() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    }

    private final Recorder session = new Recorder();
    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(SessionSnapshot.empty());
    private final PlaneViewModel vm = new PlaneViewModel(session, snapshots);

    @Test
    void buildSendsTheFieldsAsA2dExperiment() {
        vm.unitsProperty().set(16);
        vm.latentSizeProperty().set(4);
        vm.lossProperty().set(LossKind.HINGE);
        vm.generatorLrProperty().set("0.002");
        vm.datasetProperty().set("moons");
        vm.discriminatorLayersProperty().set(3);
        vm.discriminatorActivationProperty().set(org.ganstudio.model.Activation.TANH);
        vm.batchSizeProperty().set(64);
        vm.seedProperty().set(9);
        assertTrue(vm.build());
        PlaneConfig c = session.configs.get(0);
        assertEquals(16, c.generator().units());
        assertEquals(32, c.discriminator().units(), "D keeps its own units");
        assertEquals(4, c.latentSize());
        assertEquals(3, c.discriminator().hiddenLayers());
        assertEquals(org.ganstudio.model.Activation.TANH, c.discriminator().activation());
        assertEquals(2, c.generator().hiddenLayers());
        assertEquals(64, c.batchSize());
        assertEquals(9, c.seed());
        assertEquals(LossKind.HINGE, c.loss());
        assertEquals(0.002, c.generatorOptimizer().learningRate(), 1e-12);
        assertEquals(BuiltInDistribution.TWO_MOONS, session.data.get(0));
        assertEquals("", vm.problemsProperty().get());
    }

    @Test
    void badFieldsAreRefusedWithTheReason() {
        vm.discriminatorLrProperty().set("fast");
        assertFalse(vm.build());
        assertTrue(vm.problemsProperty().get().contains("discriminator learning rate"));
        vm.discriminatorLrProperty().set("0.001");
        vm.latentSizeProperty().set(40);
        assertFalse(vm.build());
        assertTrue(vm.problemsProperty().get().contains("latent size"));
        assertTrue(session.configs.isEmpty());
    }

    @Test
    void theBrushNeedsPointsAndThenTrainsOnThem() {
        vm.datasetProperty().set(PlaneViewModel.BRUSH);
        assertFalse(vm.build());
        assertTrue(vm.problemsProperty().get().contains("Draw"));
        vm.addBrushPoint(0.5, -0.25);
        vm.addBrushPoint(-1, 1);
        assertEquals(2, vm.brushCountProperty().get());
        assertTrue(vm.build());
        PointCloud cloud = (PointCloud) session.data.get(0);
        assertEquals(2, cloud.size());
        assertEquals(-0.25, cloud.points()[1]);
    }

    @Test
    void anOpenedRunsSettingsAndViewAreShown() {
        PlaneConfig opened = PlaneConfig.defaults().withLatentSize(5).withLoss(LossKind.LEAST_SQUARES);
        org.ganstudio.model.plane.PlaneView v = new org.ganstudio.model.plane.PlaneView(300, opened, "spiral", new float[2],
                new float[2], new float[2], 1, new float[]{0.4f}, false, 1, new float[2],
                List.of(new org.ganstudio.model.plane.PlaneQuality(300, 0.5, 0.25, -1, 0, Double.NaN)));
        SessionSnapshot empty = SessionSnapshot.empty();
        snapshots.set(new SessionSnapshot(7, org.ganstudio.session.SessionState.PAUSED, null, 300, null,
                empty.metrics(), 0, List.of(), null, "Opened run.gan2d at step 300", null, null, null, 1e-3, 1e-3,
                1, 50, 0, 300, null, v));
        assertEquals(v, vm.viewProperty().get());
        assertEquals(5, vm.latentSizeProperty().get());
        assertEquals(LossKind.LEAST_SQUARES, vm.lossProperty().get());
        assertEquals("spiral", vm.datasetProperty().get());
        assertTrue(vm.qualityTextProperty().get().contains("JS 0.250"), vm.qualityTextProperty().get());
        assertTrue(vm.statusProperty().get().contains("Opened run.gan2d"), vm.statusProperty().get());
        assertFalse(vm.trainingProperty().get());
    }

    @Test
    void startBuildsFirstWhenNothingIsShownYet() {
        assertNull(vm.viewProperty().get());
        vm.start();
        assertEquals(1, session.configs.size());
        assertEquals(1, session.starts);
    }
}
