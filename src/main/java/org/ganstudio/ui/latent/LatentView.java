package org.ganstudio.ui.latent;

import java.util.Locale;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.Texts;

/**
 * The latent explorer: re-roll endpoints, walk from A to B (linear or spherical), the current image, the A→B strip,
 * and sliders for single latent dimensions with a page selector.
 */
public final class LatentView {

    private final LatentViewModel viewModel;
    private final VBox root = new VBox(6);

    public LatentView(LatentViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("latentView");
        root.setPadding(new Insets(6, 8, 8, 8));

        Label title = new Label(Texts.get("latent.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button rerollA = button("rerollA", Texts.get("latent.newA"), Texts.get("latent.newA.tip"));
        rerollA.setOnAction(e -> viewModel.reroll(Endpoint.A));
        Button rerollB = button("rerollB", Texts.get("latent.newB"), Texts.get("latent.newB.tip"));
        rerollB.setOnAction(e -> viewModel.reroll(Endpoint.B));
        ToggleGroup walk = new ToggleGroup();
        ToggleButton spherical = new ToggleButton(Texts.get("latent.spherical"));
        spherical.setId("walkSpherical");
        spherical.setTooltip(new Tooltip(Texts.get("latent.spherical.tip")));
        ToggleButton linear = new ToggleButton(Texts.get("latent.linear"));
        linear.setId("walkLinear");
        linear.setTooltip(new Tooltip(Texts.get("latent.linear.tip")));
        spherical.setToggleGroup(walk);
        linear.setToggleGroup(walk);
        spherical.setMinWidth(Region.USE_PREF_SIZE);
        linear.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.interpolationProperty().subscribe(i -> walk.selectToggle(i == Interpolation.LINEAR ? linear : spherical));
        walk.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                walk.selectToggle(old); // one of the two is always chosen
            } else {
                viewModel.interpolationProperty().set(now == linear ? Interpolation.LINEAR : Interpolation.SPHERICAL);
            }
        });
        HBox walkButtons = new HBox(spherical, linear);
        walkButtons.getStyleClass().add("segmented");
        walkButtons.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("latentStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.statusProperty().get() + latencyText(), viewModel.statusProperty(),
                viewModel.latencyMillisProperty()));
        status.setTooltip(new Tooltip(Texts.get("latent.status.tip")));
        status.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(8, title, spring, status);
        header.setAlignment(Pos.CENTER_LEFT);

        Slider position = new Slider(0, 1, viewModel.positionProperty().get());
        position.setId("latentPosition");
        position.valueProperty().bindBidirectional(viewModel.positionProperty());
        position.setTooltip(new Tooltip(Texts.get("latent.position.tip")));
        HBox.setHgrow(position, Priority.ALWAYS);
        HBox walkRow = new HBox(6, rerollA, endLabel("A"), position, endLabel("B"), rerollB);
        walkRow.setAlignment(Pos.CENTER_LEFT);

        FittedRaster image = new FittedRaster(8);
        image.setId("latentImage");
        image.setAlignTop(true);
        image.setMinSize(96, 96);
        image.setPrefSize(128, 128);
        image.setMaxSize(160, 160);
        viewModel.imageProperty().subscribe(image::show);

        FittedRaster strip = new FittedRaster(2);
        strip.setId("latentStrip");
        strip.setAlignTop(true);
        strip.setMinSize(120, 24);
        strip.setPrefHeight(44);
        strip.setMaxHeight(60);
        viewModel.stripProperty().subscribe(strip::show);
        Tooltip.install(strip, new Tooltip(Texts.get("latent.strip.tip")));

        VBox right = new VBox(6, strip, walkButtons, dimensions());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(8, image, right);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(header, walkRow, body);
        root.disableProperty().bind(viewModel.availableProperty().not());
    }

    private String latencyText() {
        double ms = viewModel.latencyMillisProperty().get();
        return Double.isNaN(ms) ? "" : Texts.get("latent.latency", String.format(Locale.ROOT, "%.0f", ms));
    }

    private Node dimensions() {
        ComboBox<Integer> page = new ComboBox<>();
        page.setId("dimensionPage");
        page.setTooltip(new Tooltip(Texts.get("latent.page.tip")));
        page.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer first) {
                if (first == null) {
                    return "";
                }
                int last = Math.min(first + LatentViewModel.DIMENSION_SLIDERS, viewModel.latentSizeProperty().get()) - 1;
                return "z" + first + "–z" + last;
            }

            @Override
            public Integer fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        page.setPromptText("z0–z7");
        viewModel.latentSizeProperty().subscribe(n -> {
            page.getItems().setAll(viewModel.dimensionPages());
            page.setValue(n.intValue() > 0 ? viewModel.firstDimensionProperty().get() : null);
        });
        page.valueProperty().subscribe(v -> {
            if (v != null) {
                viewModel.firstDimensionProperty().set(v);
            }
        });
        viewModel.firstDimensionProperty().subscribe(v -> {
            if (viewModel.latentSizeProperty().get() > 0) {
                page.setValue(v.intValue());
            }
        });
        Button clear = button("clearEdits", Texts.get("latent.clear"), Texts.get("latent.clear.tip"));
        clear.setOnAction(e -> viewModel.clearEdits());
        Label dimsLabel = new Label(Texts.get("latent.dimensions"));
        dimsLabel.setMinWidth(Region.USE_PREF_SIZE);
        page.setMinWidth(Region.USE_PREF_SIZE);
        HBox pageRow = new HBox(6, dimsLabel, page, clear);
        pageRow.setAlignment(Pos.CENTER_LEFT);

        HBox sliders = new HBox(2);
        sliders.setAlignment(Pos.CENTER_LEFT);
        for (int j = 0; j < LatentViewModel.DIMENSION_SLIDERS; j++) {
            int slot = j;
            Slider s = new Slider(-LatentViewModel.DIMENSION_RANGE, LatentViewModel.DIMENSION_RANGE, 0);
            s.setId("dim" + j);
            s.setOrientation(Orientation.VERTICAL);
            s.setPrefHeight(70);
            s.setMinHeight(40);
            s.valueProperty().bindBidirectional(viewModel.dimensionProperty(j));
            s.setTooltip(new Tooltip(Texts.get("latent.dimension.tip")));
            Label name = new Label();
            name.getStyleClass().add("dim-label");
            name.textProperty().bind(viewModel.firstDimensionProperty().map(f -> "z" + (f.intValue() + slot)));
            VBox column = new VBox(2, s, name);
            column.setAlignment(Pos.CENTER);
            column.setMinWidth(26);
            column.visibleProperty().bind(viewModel.shownDimensionsProperty().greaterThan(slot));
            Tooltip.install(column, new Tooltip(Texts.get("latent.dimension.tip")));
            sliders.getChildren().add(column);
        }
        return new VBox(4, pageRow, sliders);
    }

    private static Label endLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("endpoint-label");
        return l;
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
