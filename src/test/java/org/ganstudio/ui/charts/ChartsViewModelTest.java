package org.ganstudio.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.ui.charts.ChartsViewModel.Series;
import org.junit.jupiter.api.Test;

class ChartsViewModelTest {

    private final ChartsViewModel vm = new ChartsViewModel(null);
    private final MetricsHistory history = new MetricsHistory();

    private void add(long step, double dLoss, double gLoss) {
        history.add(new StepMetrics(step, dLoss, gLoss, 0.6, 0.4, 1, 1, 5));
    }

    @Test
    void rawValuesWithoutSmoothing() {
        vm.smoothingProperty().set(0);
        add(1, 1.0, 2.0);
        add(2, 3.0, 4.0);
        vm.update(history.view());
        ChartsViewModel.SeriesData d = vm.frameProperty().get().get(Series.D_LOSS);
        assertEquals(2, d.x().length);
        assertEquals(3.0, d.y()[1]);
        assertEquals(1.0, d.x()[0]);
        assertEquals("step 2 · D loss 3.000 · G loss 4.000 · D(x) 0.600 · D(G(z)) 0.400", vm.latestTextProperty().get());
    }

    @Test
    void smoothingIsAnExponentialMovingAverage() {
        vm.smoothingProperty().set(0.5);
        add(1, 1.0, 1.0);
        add(2, 3.0, 1.0);
        add(3, 3.0, 1.0);
        vm.update(history.view());
        double[] y = vm.frameProperty().get().get(Series.D_LOSS).y();
        assertEquals(1.0, y[0]);
        assertEquals(2.0, y[1]);
        assertEquals(2.5, y[2]);
    }

    @Test
    void logScaleAppliesToLossesAndSkipsNonPositiveValues() {
        vm.smoothingProperty().set(0);
        add(1, 100, -1);
        add(2, 0.01, 10);
        vm.update(history.view());
        vm.logScaleProperty().set(true);
        ChartsViewModel.Frame f = vm.frameProperty().get();
        assertEquals(2.0, f.get(Series.D_LOSS).y()[0], 1e-12);
        assertEquals(-2.0, f.get(Series.D_LOSS).y()[1], 1e-12);
        assertEquals(1, f.get(Series.G_LOSS).y().length);
        assertEquals(0.6, f.get(Series.D_REAL).y()[0], 1e-12, "outputs stay linear");
    }

    @Test
    void updatesAreIncrementalAndAReplacedHistoryStartsOver() {
        vm.smoothingProperty().set(0);
        for (int i = 1; i <= 100; i++) {
            add(i, i, i);
        }
        vm.update(history.view());
        long revision = vm.frameProperty().get().revision();
        add(101, 1, 1);
        vm.update(history.view());
        ChartsViewModel.Frame f = vm.frameProperty().get();
        assertEquals(revision + 1, f.revision());
        assertEquals(100, f.get(Series.D_LOSS).unchanged());

        MetricsHistory reset = new MetricsHistory();
        reset.add(new StepMetrics(1, 7, 7, 0.5, 0.5, 1, 1, 5));
        vm.update(reset.view());
        f = vm.frameProperty().get();
        assertEquals(1, f.get(Series.D_LOSS).y().length);
        assertEquals(0, f.get(Series.D_LOSS).unchanged());
        assertEquals(7.0, f.get(Series.D_LOSS).y()[0]);
    }

    @Test
    void aHundredThousandStepsStayUnderTheLimit() {
        for (int i = 1; i <= 100_000; i++) {
            add(i, Math.random(), Math.random());
        }
        vm.update(history.view());
        for (ChartsViewModel.SeriesData d : vm.frameProperty().get().series()) {
            assertTrue(d.x().length <= ChartsViewModel.MAX_POINTS, d.series() + ": " + d.x().length);
        }
    }
}
