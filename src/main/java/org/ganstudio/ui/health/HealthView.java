package org.ganstudio.ui.health;

import java.util.Objects;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.ganstudio.model.Alarm;

/** Past alarms (newest first) and, for the chosen one, what it means, what to try, and buttons that do it. */
public final class HealthView {

    private final HealthViewModel viewModel;
    private final VBox root = new VBox(6);

    public HealthView(HealthViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private javafx.scene.Node heatmap() {
        javafx.scene.control.Spinner<Integer> cell = new javafx.scene.control.Spinner<>(0,
                org.ganstudio.model.GridNoise.CELLS - 1, 0);
        cell.setId("heatmapCell");
        cell.setEditable(true);
        cell.setPrefWidth(80);
        cell.valueProperty().subscribe(v -> viewModel.cellProperty().set(v));
        Button show = new Button(org.ganstudio.ui.common.Texts.get("health.heatmap.show"));
        show.setId("showHeatmap");
        show.setOnAction(e -> viewModel.showWhereDWantsChange());
        org.ganstudio.ui.common.RasterImageView image = new org.ganstudio.ui.common.RasterImageView();
        image.setId("heatmapImage");
        viewModel.heatmapProperty().subscribe(image::show);
        Label text = new Label();
        text.setId("heatmapText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.heatmapTextProperty());
        javafx.scene.layout.HBox controls = new javafx.scene.layout.HBox(6,
                new Label(org.ganstudio.ui.common.Texts.get("health.heatmap.cell")), cell, show);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                org.ganstudio.ui.common.Texts.get("health.heatmap.title"), new VBox(4, controls, image, text));
        pane.setId("heatmapPane");
        return pane;
    }

    private void build() {
        root.setId("healthView");
        root.setPadding(new Insets(6));
        ListView<Alarm> list = new ListView<>(viewModel.alarms());
        list.setId("alarmList");
        list.setPrefHeight(140);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Alarm a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : HealthViewModel.listItem(a));
            }
        });
        viewModel.selectedProperty().subscribe(a -> {
            if (list.getSelectionModel().getSelectedItem() != a) {
                list.getSelectionModel().select(a);
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(a -> {
            if (a != null) {
                viewModel.selectedProperty().set(a);
            }
        });
        Label explanation = new Label();
        explanation.setId("alarmExplanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(viewModel.explanationProperty());
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setId("remedyButtons");
        viewModel.remedies().subscribe(() -> {
            buttons.getChildren().clear();
            for (HealthViewModel.RemedyAction r : viewModel.remedies()) {
                Button b = new Button(r.label());
                b.setId("remedy-" + r.remedy().name());
                b.setDisable(!r.available());
                b.setOnAction(e -> viewModel.apply(r.remedy()));
                buttons.getChildren().add(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(list, explanation, buttons, heatmap());
    }
}
