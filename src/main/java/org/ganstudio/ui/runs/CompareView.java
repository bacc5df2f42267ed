package org.ganstudio.ui.runs;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.MetricsView;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.Texts;

import java.util.List;

/** The comparison: curves overlaid, quality, grids at one step side by side, the settings that differ. */
public final class CompareView {

    private final CompareViewModel vm;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final CurvesChart dLoss = new CurvesChart(Texts.get("runs.curve.dLoss"), "compareDLoss");
    private final CurvesChart gLoss = new CurvesChart(Texts.get("runs.curve.gLoss"), "compareGLoss");
    private final CurvesChart fid = new CurvesChart(Texts.get("runs.curve.fid"), "compareFid");
    private final HBox grids = new HBox(8);
    private final TableView<CompareViewModel.SettingRow> table = new TableView<>();
    private final VBox content = new VBox();

    /** @param compareThisWindow puts the runs of this window into the comparison */
    public CompareView(CompareViewModel vm, FileDialogs dialogs, Runnable compareThisWindow) {
        this.vm = vm;
        this.dialogs = dialogs;
        root.setId("compareView");
        Button thisWindow = new Button(Texts.get("runs.compare.thisWindow"));
        thisWindow.setId("compareThisWindow");
        thisWindow.setOnAction(e -> compareThisWindow.run());
        Button addFile = new Button(Texts.get("runs.compare.addFile"));
        addFile.setId("compareAddFile");
        addFile.setOnAction(e -> dialogs.chooseOpen(Texts.get("runs.compare.addFile"), Texts.get("runs.files"),
                ".ganstudio", null).ifPresent(p -> vm.addFiles(List.of(p))));
        ToggleButton byTime = new ToggleButton(Texts.get("runs.compare.byTime"));
        byTime.setId("compareByTime");
        byTime.selectedProperty().bindBidirectional(vm.byTimeProperty());
        Button png = new Button(Texts.get("runs.compare.exportPng"));
        png.setId("compareExportPng");
        png.setOnAction(e -> dialogs.chooseSave(Texts.get("runs.compare.exportPng"), "PNG", ".png", null)
                .ifPresent(p -> vm.exportPng(SwingFXUtils.fromFXImage(content.snapshot(null, null), null), p)));
        Button csv = new Button(Texts.get("runs.compare.exportCsv"));
        csv.setId("compareExportCsv");
        csv.setOnAction(e -> dialogs.chooseSave(Texts.get("runs.compare.exportCsv"), "CSV", ".csv", null)
                .ifPresent(vm::exportCsv));
        for (Button b : new Button[]{png, csv}) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.runs()));
        }
        root.setTop(new ToolBar(thisWindow, addFile, byTime, png, csv));

        Slider slider = new Slider();
        slider.setId("compareStep");
        slider.maxProperty().bind(vm.maxStepProperty());
        slider.valueProperty().bindBidirectional(vm.stepProperty());
        Label stepLabel = new Label();
        stepLabel.textProperty().bind(vm.stepProperty().map(s -> Texts.get("runs.compare.step", s.longValue())));
        stepLabel.setMinWidth(110);
        HBox sliderRow = new HBox(8, stepLabel, slider);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        vm.stepProperty().subscribe(s -> showGrids());

        table.setId("compareSettings");
        table.setPlaceholder(new Label(Texts.get("runs.compare.sameSettings")));
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        VBox charts = new VBox(4, dLoss.node(), gLoss.node(), fid.node());
        for (Node n : charts.getChildren()) {
            VBox.setVgrow(n, Priority.ALWAYS);
        }
        charts.setPrefWidth(560);
        Label settingsTitle = new Label(Texts.get("runs.compare.settingsTitle"));
        settingsTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, grids, sliderRow, settingsTitle, table);
        VBox.setVgrow(grids, Priority.ALWAYS);
        HBox body = new HBox(10, charts, right);
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        content.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        content.setStyle("-fx-background-color: -fx-background;");
        Label empty = new Label(Texts.get("runs.compare.empty"));
        empty.setWrapText(true);
        root.setCenter(empty);
        vm.revisionProperty().subscribe(r -> redraw(empty));
    }

    public Parent getRoot() {
        return root;
    }

    private void redraw(Label empty) {
        if (vm.runs().isEmpty()) {
            root.setCenter(empty);
            return;
        }
        root.setCenter(content);
        String x = Texts.get(vm.byTimeProperty().get() ? "runs.axis.seconds" : "runs.axis.step");
        dLoss.show(vm.curves(MetricsView.D_LOSS), x);
        gLoss.show(vm.curves(MetricsView.G_LOSS), x);
        fid.show(vm.qualityCurves(), x);
        table.getColumns().clear();
        TableColumn<CompareViewModel.SettingRow, String> name = new TableColumn<>(Texts.get("runs.compare.setting"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        table.getColumns().add(name);
        for (int i = 0; i < vm.runs().size(); i++) {
            int index = i;
            TableColumn<CompareViewModel.SettingRow, String> col = new TableColumn<>(vm.runs().get(i).name());
            col.setCellValueFactory(c -> new SimpleStringProperty(index < c.getValue().values().size()
                    ? c.getValue().values().get(index) : ""));
            table.getColumns().add(col);
        }
        table.getItems().setAll(vm.settings());
        showGrids();
    }

    private void showGrids() {
        grids.getChildren().clear();
        List<ArgbRaster> rasters = vm.gridsAtStep();
        List<Long> steps = vm.gridStepsAtStep();
        for (int i = 0; i < rasters.size() && i < vm.runs().size(); i++) {
            FittedRaster view = new FittedRaster(4);
            view.setPrefSize(200, 200);
            if (rasters.get(i) != null) {
                view.show(rasters.get(i));
            }
            Label caption = new Label(steps.get(i) < 0 ? Texts.get("runs.compare.noGrid", vm.runs().get(i).name())
                    : Texts.get("runs.compare.gridCaption", vm.runs().get(i).name(), steps.get(i)));
            caption.setWrapText(true);
            VBox cell = new VBox(4, view, caption);
            VBox.setVgrow(view, Priority.ALWAYS);
            HBox.setHgrow(cell, Priority.ALWAYS);
            grids.getChildren().add(cell);
        }
    }

}
