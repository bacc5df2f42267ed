package org.ganstudio.ui.device;

import java.util.List;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.ui.common.Texts;

/** A compact row under the settings form: which device to compute on, and what this window uses now. */
public final class DeviceView {

    private final VBox root = new VBox(4);

    public DeviceView(DeviceViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        root.setId("deviceView");
        root.setPadding(new Insets(6, 10, 8, 10));
        root.getStyleClass().add("device-bar");

        Label label = new Label(Texts.get("device.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<DevicePreference> choice = new ComboBox<>();
        choice.setId("device");
        choice.getItems().setAll(List.of(DevicePreference.values()));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DevicePreference p) {
                return p == null ? "" : DeviceViewModel.name(p);
            }

            @Override
            public DevicePreference fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        choice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        choice.setTooltip(new Tooltip(Texts.get("device.tip")));
        HBox.setHgrow(choice, Priority.ALWAYS);
        choice.setMaxWidth(Double.MAX_VALUE);
        Button apply = new Button(Texts.get("device.apply"));
        apply.setId("deviceApply");
        apply.setTooltip(new Tooltip(Texts.get("device.apply.tip")));
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.disableProperty().bind(viewModel.changedProperty().not());
        apply.setOnAction(e -> viewModel.apply());
        HBox row = new HBox(8, label, choice, apply);
        row.setAlignment(Pos.CENTER_LEFT);

        Label current = new Label();
        current.setId("deviceCurrent");
        current.getStyleClass().add("muted");
        current.setWrapText(true);
        current.textProperty().bind(viewModel.currentProperty());
        root.getChildren().addAll(row, current);
    }

    public Parent getRoot() {
        return root;
    }
}
