package org.ganstudio.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;

import org.ganstudio.model.MetricsHistory;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts with real nodes, and how long a frame takes with 100k steps of history (printed, not asserted). */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {

    private ChartsViewModel vm;
    private ChartsView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new ChartsViewModel(null);
        view = new ChartsView(vm);
        scene = new Scene(view.getRoot(), 900, 420);
        TestStages.show(stage, scene);
    }

    @Test
    void alarmsAreMarkedOnTheLossChartAtTheirSteps(FxRobot robot) {
        org.ganstudio.ui.common.Texts.useLocale(Locale.ENGLISH);
        MetricsHistory h = new MetricsHistory();
        for (int i = 1; i <= 300; i++) {
            h.add(FakeTrainingControl.syntheticMetrics(i));
        }
        robot.interact(() -> vm.update(h.view()));
        assertEquals(0, view.alarmMarkerCount());
        robot.interact(() -> vm.showAlarms(List.of(
                new org.ganstudio.model.Alarm(org.ganstudio.model.AlarmKind.D_TOO_STRONG, 120, 100, 0.01, "x"),
                new org.ganstudio.model.Alarm(org.ganstudio.model.AlarmKind.MODE_COLLAPSE, 250, 230, 0.1, "y"))));
        assertEquals(2, view.alarmMarkerCount());
        assertEquals(List.of(120L, 250L), vm.alarmsProperty().get().stream().map(ChartsViewModel.AlarmMark::step).toList());
        assertTrue(vm.alarmsProperty().get().get(0).text().startsWith("Step 120: Discriminator too strong"),
                vm.alarmsProperty().get().get(0).text());
        assertEquals(2, robot.lookup(".alarm-marker").queryAll().size(), "a marker node per alarm in the chart");
        for (org.ganstudio.model.AlarmKind k : org.ganstudio.model.AlarmKind.values()) {
            assertTrue(org.ganstudio.ui.common.Texts.has("charts.kind." + k.id()), "no chart name for " + k);
        }
    }

    @Test
    void pointsAppearAndLogScaleRelabelsTheAxis(FxRobot robot) throws Exception {
        MetricsHistory h = new MetricsHistory();
        for (int i = 1; i <= 300; i++) {
            h.add(FakeTrainingControl.syntheticMetrics(i));
        }
        robot.interact(() -> vm.update(h.view()));
        assertEquals(300, view.pointCount(ChartsViewModel.Series.G_LOSS));
        robot.clickOn("#logScale");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, vm.logScaleProperty()::get);
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> loss = robot.lookup("#lossChart").queryAs(LineChart.class);
        assertEquals("loss (log scale)", loss.getYAxis().getLabel());
        assertEquals("1.00", ((NumberAxis) loss.getYAxis()).getTickLabelFormatter().toString(0));
        assertEquals(300, view.pointCount(ChartsViewModel.Series.D_LOSS));
    }

    @Test
    void frameTimeWithAHundredThousandSteps(FxRobot robot) {
        MetricsHistory h = new MetricsHistory();
        for (int i = 1; i <= 100_000; i++) {
            h.add(FakeTrainingControl.syntheticMetrics(i));
        }
        double[] first = new double[1];
        robot.interact(() -> first[0] = frame(h));
        assertTrue(view.pointCount(ChartsViewModel.Series.D_LOSS) <= ChartsViewModel.MAX_POINTS);

        List<double[]> frames = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        long step = 100_000;
        for (int f = 0; f < 90; f++) {
            for (int k = 0; k < 30; k++) { // 30 steps per frame = 900 steps/s at 30 Hz
                h.add(FakeTrainingControl.syntheticMetrics(++step));
            }
            double[][] t = new double[1][];
            robot.interact(() -> t[0] = parts(h));
            frames.add(t[0]);
            double[] none = new double[1];
            robot.interact(() -> none[0] = parts(h)[3]); // nothing new: only layout and render
            idle.add(none[0]);
        }
        System.out.printf(Locale.ROOT, "[charts benchmark] 100k steps, 4 series, <= %d points each; first frame %.1f ms%n",
                ChartsViewModel.MAX_POINTS, first[0]);
        String[] names = {"ViewModel update + chart data", "CSS + layout", "software render (snapshot)", "whole frame"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            print("  +30 steps/frame, " + names[i], frames.stream().map(a -> a[k]).toList());
        }
        print("  no new steps, whole frame", idle);
    }

    private static void print(String what, List<Double> values) {
        List<Double> times = new ArrayList<>(values);
        Collections.sort(times);
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms%n", what, mean,
                times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), times.get(times.size() - 1));
    }

    private double frame(MetricsHistory h) {
        return parts(h)[3];
    }

    /** One frame: new metrics into the ViewModel and the chart nodes, CSS and layout, a software render. */
    private double[] parts(MetricsHistory h) {
        long t0 = System.nanoTime();
        vm.update(h.view());
        long t1 = System.nanoTime();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long t2 = System.nanoTime();
        scene.snapshot(null);
        long t3 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6};
    }
}
