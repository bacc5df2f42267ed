package org.ganstudio.ui.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.ganstudio.model.GridNoise;
import org.ganstudio.ui.common.RasterImageView;
import org.ganstudio.ui.common.Texts;

/**
 * The quality chart (FID over steps) and, folded below it, the nearest-neighbour check: pick a grid cell, search,
 * and see the generated image beside its nearest training images with their distances.
 */
public final class QualityView {

    private final QualityViewModel viewModel;
    private final VBox root = new VBox(4);
    private final XYChart.Series<Number, Number> fid = new XYChart.Series<>();

    public QualityView(QualityViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("qualityView");
        root.setPadding(new Insets(4, 8, 4, 8));
        NumberAxis x = new NumberAxis();
        x.setLabel(QualityTexts.axisStep());
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(QualityTexts.axisFid());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("qualityChart");
        chart.setTitle(QualityTexts.chartTitle());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(90);
        fid.setName(QualityTexts.seriesFid());
        chart.getData().add(fid);
        Label status = new Label();
        status.setId("qualityFigures");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setWrapText(true);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(viewModel.explanationProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        status.setTooltip(tip);
        Tooltip.install(chart, tip);
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(chart, status, neighbours());
        viewModel.pointsProperty().subscribe(this::show);
    }

    private TitledPane neighbours() {
        Spinner<Integer> cell = new Spinner<>(0, GridNoise.CELLS - 1, viewModel.cellProperty().get());
        cell.setId("neighbourCell");
        cell.setEditable(true);
        cell.setPrefWidth(80);
        cell.setTooltip(new Tooltip(Texts.get("quality.cell.tip")));
        cell.valueProperty().subscribe(v -> viewModel.cellProperty().set(v));
        Button find = new Button(QualityTexts.find());
        find.setId("findNeighbours");
        find.disableProperty().bind(viewModel.canSearchProperty().not());
        find.setOnAction(e -> viewModel.findNeighbours());
        find.setTooltip(new Tooltip(Texts.get("quality.find.tip")));
        HBox controls = new HBox(6, new Label(QualityTexts.cell()), cell, find);
        RasterImageView images = new RasterImageView();
        images.setId("neighbourImages");
        viewModel.neighbourImagesProperty().subscribe(images::show);
        Label text = new Label();
        text.setId("neighbourText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.neighbourTextProperty());
        ScrollPane scroll = new ScrollPane(images);
        scroll.setPrefViewportHeight(80);
        VBox box = new VBox(4, controls, scroll, text);
        TitledPane pane = new TitledPane(QualityTexts.neighboursTitle(), box);
        pane.setId("neighbourPane");
        pane.setExpanded(false);
        return pane;
    }

    private void show(QualityViewModel.Points p) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(p.steps().length);
        for (int i = 0; i < p.steps().length; i++) {
            data.add(new XYChart.Data<>(p.steps()[i], p.fid()[i]));
        }
        fid.getData().setAll(data);
    }
}
