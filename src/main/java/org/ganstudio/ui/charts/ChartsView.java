package org.ganstudio.ui.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganstudio.ui.common.Texts;

/**
 * Two line charts (losses; discriminator outputs) drawn from the ViewModel's decimated frames. Only the points after
 * a frame's unchanged prefix are replaced, symbols and animation are off, so a frame touches a handful of nodes.
 */
public final class ChartsView {

    private final ChartsViewModel viewModel;
    private final VBox root = new VBox(4);
    private final Map<ChartsViewModel.Series, XYChart.Series<Number, Number>> lines =
            new EnumMap<>(ChartsViewModel.Series.class);
    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> outputChart;
    private final NumberAxis lossAxis = new NumberAxis();
    private long shownRevision = -1;

    public ChartsView(ChartsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        lossChart = chart("lossChart", Texts.get("charts.losses"), lossAxis, ChartsViewModel.Series.D_LOSS, ChartsViewModel.Series.G_LOSS);
        outputChart = chart("outputChart", Texts.get("charts.outputs"), new NumberAxis(), ChartsViewModel.Series.D_REAL,
                ChartsViewModel.Series.D_FAKE);
        build();
    }

    public Parent getRoot() {
        return root;
    }

    /** The node to take a picture of for the PNG export. */
    public Node chartsNode() {
        return root;
    }

    private void build() {
        root.setId("chartsView");
        root.setPadding(new Insets(4, 8, 4, 8));
        VBox charts = new VBox(2, lossChart, outputChart);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(outputChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.getChildren().addAll(controls(), charts);
        alarmSeries.setName(Texts.get("charts.alarms"));
        lossChart.getData().add(alarmSeries);
        viewModel.frameProperty().subscribe(f -> {
            show(f);
            showAlarms(viewModel.alarmsProperty().get());
        });
        viewModel.alarmsProperty().subscribe(this::showAlarms);
        viewModel.logScaleProperty().subscribe(log -> {
            lossAxis.setLabel(Texts.get(log ? "charts.axis.lossLog" : "charts.axis.loss"));
            lossAxis.setTickLabelFormatter(log ? LOG_TICKS : null);
        });
    }

    private Node controls() {
        Label title = new Label(Texts.get("charts.title"));
        title.getStyleClass().add("section-title");
        Slider smoothing = new Slider(0, 0.99, viewModel.smoothingProperty().get());
        smoothing.setId("smoothing");
        smoothing.setPrefWidth(90);
        smoothing.valueProperty().bindBidirectional(viewModel.smoothingProperty());
        smoothing.setTooltip(new Tooltip(Texts.get("charts.smoothing.tip")));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label smoothingLabel = new Label(Texts.get("charts.smoothing"));
        smoothingLabel.setMinWidth(Region.USE_PREF_SIZE);
        smoothing.setMinWidth(60);
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(viewModel.smoothingProperty().map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        smoothingValue.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox log = new CheckBox(Texts.get("charts.logScale"));
        log.setId("logScale");
        log.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        log.setTooltip(new Tooltip(Texts.get("charts.logScale.tip")));
        log.setMinWidth(Region.USE_PREF_SIZE);
        Label latest = new Label();
        latest.setId("latestMetrics");
        latest.getStyleClass().add("muted");
        latest.textProperty().bind(viewModel.latestTextProperty());
        latest.setMinWidth(0);
        latest.setTooltip(new Tooltip(Texts.get("charts.latest.tip")));
        HBox smoothingControl = new HBox(6, smoothingLabel, smoothing, smoothingValue);
        smoothingControl.setAlignment(Pos.CENTER_LEFT);
        // wraps onto a second line when the column is narrow (small screens)
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(12, 4, title, smoothingControl, log);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, row, latest);
    }

    private LineChart<Number, Number> chart(String id, String title, NumberAxis yAxis, ChartsViewModel.Series... series) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Texts.get("charts.axis.step"));
        x.setTickLabelFormatter(WHOLE_STEPS);
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        yAxis.setForceZeroInRange(false);
        yAxis.setMinorTickVisible(false);
        yAxis.setAnimated(false);
        x.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(x, yAxis);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE); // steps arrive in order: no sort per layout
        chart.setLegendVisible(true);
        chart.setMinSize(160, 110);
        chart.setPrefSize(300, 240);
        for (ChartsViewModel.Series s : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.title());
            chart.getData().add(line);
            lines.put(s, line);
        }
        return chart;
    }

    private final XYChart.Series<Number, Number> alarmSeries = new XYChart.Series<>();

    /** The alarm markers: a red dot on the D loss curve at each alarm's step, its name in a tooltip. */
    private void showAlarms(List<ChartsViewModel.AlarmMark> marks) {
        List<XYChart.Data<Number, Number>> curve = lines.get(ChartsViewModel.Series.D_LOSS).getData();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (ChartsViewModel.AlarmMark m : marks) {
            double y = Double.NaN;
            for (XYChart.Data<Number, Number> d : curve) {
                if (d.getXValue().doubleValue() <= m.step()) {
                    y = d.getYValue().doubleValue();
                }
            }
            if (Double.isNaN(y) && !curve.isEmpty()) {
                y = curve.get(0).getYValue().doubleValue();
            }
            if (Double.isNaN(y)) {
                continue;
            }
            XYChart.Data<Number, Number> point = new XYChart.Data<>(m.step(), y);
            javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
            dot.getStyleClass().add("alarm-marker");
            dot.setStyle("-fx-background-color: #e74c3c; -fx-background-radius: 6; -fx-border-color: white;"
                    + " -fx-border-radius: 6; -fx-padding: 5;");
            javafx.scene.control.Tooltip.install(dot, new javafx.scene.control.Tooltip(m.text()));
            point.setNode(dot);
            points.add(point);
        }
        alarmSeries.getData().setAll(points);
        if (alarmSeries.getNode() != null) {
            alarmSeries.getNode().setStyle("-fx-stroke: transparent;");   // markers only, no line between them
        }
    }

    /** For tests: the alarm markers drawn. */
    int alarmMarkerCount() {
        return alarmSeries.getData().size();
    }

    private void show(ChartsViewModel.Frame frame) {
        boolean incremental = frame.revision() == shownRevision + 1;
        for (ChartsViewModel.SeriesData d : frame.series()) {
            apply(lines.get(d.series()).getData(), d, incremental);
        }
        shownRevision = frame.revision();
    }

    /** Keeps the unchanged prefix, replaces the rest. */
    private static void apply(List<XYChart.Data<Number, Number>> data, ChartsViewModel.SeriesData d, boolean incremental) {
        int keep = incremental ? Math.min(d.unchanged(), data.size()) : 0;
        int n = d.x().length;
        if (keep < data.size()) {
            data.subList(keep, data.size()).clear();
        }
        if (keep < n) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(n - keep);
            for (int i = keep; i < n; i++) {
                added.add(new XYChart.Data<>(d.x()[i], d.y()[i]));
            }
            data.addAll(added);
        }
    }

    /** Steps are whole numbers: fractional ticks of a short run stay unlabelled. */
    private static final StringConverter<Number> WHOLE_STEPS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    };

    private static final StringConverter<Number> LOG_TICKS = new StringConverter<>() {
        @Override
        public String toString(Number exponent) {
            double v = Math.pow(10, exponent.doubleValue());
            return v >= 0.01 && v < 1000 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.0e", v);
        }

        @Override
        public Number fromString(String s) {
            return Math.log10(Double.parseDouble(s));
        }
    };

    /** For tests: points currently drawn for a series. */
    int pointCount(ChartsViewModel.Series s) {
        return lines.get(s).getData().size();
    }
}
