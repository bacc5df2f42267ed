package org.ganstudio.ui.runs;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.List;

/** A line chart of several runs' curves of one figure (a few hundred points each, no symbols). */
final class CurvesChart {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);

    CurvesChart(String title, String id) {
        chart.setTitle(title);
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        chart.setMinHeight(150);
        chart.setLegendVisible(true);
        // Modena's first two series colours are two oranges: runs side by side need colours that differ
        chart.setStyle("CHART_COLOR_1: #2f6fdb; CHART_COLOR_2: #e07b28; CHART_COLOR_3: #2ca02c; "
                + "CHART_COLOR_4: #9467bd; CHART_COLOR_5: #d62728; CHART_COLOR_6: #17becf;");
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(List<Curve> curves, String xLabel) {
        x.setLabel(xLabel);
        chart.getData().clear();
        for (Curve c : curves) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(c.name());
            for (int i = 0; i < c.x().length; i++) {
                s.getData().add(new XYChart.Data<>(c.x()[i], c.y()[i]));
            }
            chart.getData().add(s);
        }
    }
}
