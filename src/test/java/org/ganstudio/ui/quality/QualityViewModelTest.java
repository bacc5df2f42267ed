package org.ganstudio.ui.quality;

import org.ganstudio.model.ImageBatch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.engine.TestConfigs;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.NearestImages;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.junit.jupiter.api.Test;

/** The quality ViewModel without a toolkit: snapshots in, chart points and texts out, neighbour search answered. */
class QualityViewModelTest {

    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(SessionSnapshot.empty());
    private final List<int[]> searches = new ArrayList<>();
    private CompletableFuture<NearestImages> answer = new CompletableFuture<>();
    private final TrainingControl session = (TrainingControl) Proxy.newProxyInstance(
            TrainingControl.class.getClassLoader(), new Class<?>[]{TrainingControl.class}, (proxy, method, args) -> {
                if (method.getName().equals("nearestTrainingImages")) {
                    searches.add(new int[]{(int) args[0], (int) args[1]});
                    return answer;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final QualityViewModel vm = new QualityViewModel(snapshots, session, uiQueue::add);

    private static final ExperimentConfig CONFIG = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);

    private static SessionSnapshot withQuality(long version, QualityHistory q) {
        return new SessionSnapshot(version, SessionState.PAUSED, CONFIG, 200, null, MetricsView.EMPTY, 0, List.of(),
                null, null, null, null, null, 1e-3, 1e-3, 1, 50, 0, -1, q, null);
    }

    private static QualityFigures figures(long step, double fid) {
        return new QualityFigures(step, fid, 0.5, 0.1, 0.4, 0.3, 0.9, 0.5, 0.8, 512, 40);
    }

    private void runUi() {
        List<Runnable> now = new ArrayList<>(uiQueue);
        uiQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void noRunShowsNothingAndCannotSearch() {
        assertEquals(0, vm.pointsProperty().get().steps().length);
        assertEquals("", vm.statusTextProperty().get());
        assertFalse(vm.canSearchProperty().get());
    }

    @Test
    void historyBecomesChartPointsAndTheNewestFigureInWords() {
        QualityHistory h = QualityHistory.EMPTY.with(figures(100, 80.5)).with(figures(200, 12.25));
        snapshots.set(withQuality(1, h));
        assertArrayEquals(new double[]{100, 200}, vm.pointsProperty().get().steps());
        assertArrayEquals(new double[]{80.5, 12.25}, vm.pointsProperty().get().fid());
        assertTrue(vm.statusTextProperty().get().contains("FID 12.25"), vm.statusTextProperty().get());
        assertTrue(vm.explanationProperty().get().contains("step 200"), vm.explanationProperty().get());
        assertTrue(vm.explanationProperty().get().contains("this dataset only"));

        QualityViewModel.Points before = vm.pointsProperty().get();
        snapshots.set(withQuality(2, h));   // a newer snapshot, same history: nothing to redraw
        assertSame(before, vm.pointsProperty().get());
    }

    @Test
    void runWithoutMeasurementsSaysNotYet() {
        snapshots.set(withQuality(1, QualityHistory.EMPTY));
        assertEquals(QualityTexts.notYet(), vm.statusTextProperty().get());
        assertTrue(vm.canSearchProperty().get());
    }

    @Test
    void unavailableQualitySaysWhyAndDrawsNoPoints() {
        snapshots.set(withQuality(1, QualityHistory.EMPTY.unavailable("Quality needs at least 50 real images.")));
        assertEquals(0, vm.pointsProperty().get().steps().length);
        assertTrue(vm.statusTextProperty().get().contains("at least 50"), vm.statusTextProperty().get());
    }

    @Test
    void neighbourSearchShowsTheImagesSideBySideWithDistances() {
        snapshots.set(withQuality(1, QualityHistory.EMPTY));
        vm.cellProperty().set(7);
        vm.findNeighbours();
        assertEquals(1, searches.size());
        assertArrayEquals(new int[]{7, QualityViewModel.NEIGHBOURS}, searches.get(0));
        assertTrue(vm.searchingProperty().get());
        assertFalse(vm.canSearchProperty().get(), "one search at a time");
        vm.findNeighbours();
        assertEquals(1, searches.size());

        ImageShape shape = new ImageShape(1, 8, 8);
        int k = QualityViewModel.NEIGHBOURS;
        ImageBatch one = new ImageBatch(300, 0, shape, 1, new byte[shape.size()]);
        ImageBatch near = new ImageBatch(300, 0, shape, k, new byte[k * shape.size()]);
        double[] d = {0.5, 1.25, 2, 2, 3, 4};
        answer.complete(new NearestImages(300, 7, one, near, new int[k], d, 2.5, 2000));
        assertTrue(vm.searchingProperty().get(), "the answer is applied on the UI thread only");
        runUi();
        assertFalse(vm.searchingProperty().get());
        int scale = 8;   // 8-pixel images drawn at least 64 pixels
        assertEquals(8 * scale + 8 + k * 8 * scale + (k - 1) * 2, vm.neighbourImagesProperty().get().width());
        String text = vm.neighbourTextProperty().get();
        assertTrue(text.contains("0.50 1.25 2.00"), text);
        assertTrue(text.contains("2000 training images"), text);
    }

    @Test
    void failedSearchShowsTheSessionsSentence() {
        snapshots.set(withQuality(1, QualityHistory.EMPTY));
        vm.findNeighbours();
        answer.completeExceptionally(new SessionException(SessionException.Kind.QUALITY_UNAVAILABLE,
                "Quality needs at least 50 real images to compare with; this dataset has 32."));
        runUi();
        assertNull(vm.neighbourImagesProperty().get());
        assertTrue(vm.neighbourTextProperty().get().startsWith("Quality needs at least 50"));
        assertTrue(vm.canSearchProperty().get());
    }
}
