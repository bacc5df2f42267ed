package org.ganstudio.ui.hyperparameters;

import java.util.Objects;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.ganstudio.ui.common.Texts;


/**
 * The hyperparameter form, built in code from the ViewModel's setting descriptors: one titled section per group, a
 * label with a tooltip, the control and, under it, the reason when the value is not accepted. Fields that apply
 * while training are marked "live". Leaving a field or making a choice commits it (the training ViewModel may then
 * ask whether to reset).
 */
public final class HyperparametersView {

    private static final double LABEL_WIDTH = 124;

    private final HyperparametersViewModel viewModel;
    private final FormActions actions;
    private final VBox root = new VBox(8);

    public HyperparametersView(HyperparametersViewModel viewModel, FormActions actions) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.actions = Objects.requireNonNull(actions, "actions");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("hyperparametersView");
        VBox sections = new VBox(6);
        sections.setPadding(new Insets(8));
        sections.getChildren().addAll(presetChooser(), pendingBanner(), formError(), memoryEstimate());
        for (Setting.Group g : viewModel.groups()) {
            TitledPane pane = new TitledPane(g.title(), grid(g));
            pane.setId("group-" + g.id());
            pane.setAnimated(false);
            sections.getChildren().add(pane);
        }
        ScrollPane scroll = new ScrollPane(sections);
        // tabbing through the form keeps the focused field on screen
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.focusOwnerProperty().subscribe(node -> reveal(scroll, sections, node));
            }
        });
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().add(scroll);
    }

    /** Scrolls {@code scroll} so that {@code node}, if it lies inside {@code content}, is fully visible. */
    static void reveal(ScrollPane scroll, Node content, Node node) {
        if (node == null) {
            return;
        }
        Node n = node;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double y = top;
        if (b.getMinY() < top) {
            y = b.getMinY() - 8;
        } else if (b.getMaxY() > top + viewport) {
            y = b.getMaxY() - viewport + 8;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /**
     * The preset the form starts from, in one row: the list shows each preset's one-line description under its name,
     * the tooltip the chosen one's, and a mark says when the form was changed since.
     */
    private Node presetChooser() {
        Label label = new Label(Texts.get("presets.label"));
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        ComboBox<org.ganstudio.model.Preset> box = new ComboBox<>();
        box.setId("presetChoice");
        box.getItems().setAll(org.ganstudio.model.Preset.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.ganstudio.model.Preset p) {
                return HyperparametersViewModel.presetName(p);
            }

            @Override
            public org.ganstudio.model.Preset fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.ganstudio.model.Preset p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setPrefWidth(360);
                setText(empty || p == null ? null : HyperparametersViewModel.presetName(p) + "\n"
                        + HyperparametersViewModel.presetDescription(p));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(60);
        box.setPrefWidth(160);   // not the list cells' width
        Tooltip tip = tooltip("");
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> HyperparametersViewModel.presetDescription(viewModel.presetProperty().get()) + "\n\n"
                        + Texts.get("presets.tip"), viewModel.presetProperty()));
        box.setTooltip(tip);
        box.setValue(viewModel.presetProperty().get());
        viewModel.presetProperty().subscribe(p -> box.setValue(p));
        box.setOnAction(e -> {
            org.ganstudio.model.Preset chosen = box.getValue();
            // another preset, or the same one again after edits (back to its values); a choice commits like a field
            if (chosen != null && (chosen != viewModel.presetProperty().get()
                    || viewModel.presetChangedProperty().get())) {
                viewModel.applyPreset(chosen);
                actions.committed();
            }
        });
        label.setLabelFor(box);
        Label changed = new Label(Texts.get("presets.changed"));
        changed.setId("presetChanged");
        changed.getStyleClass().add("muted");
        changed.setMinWidth(Region.USE_PREF_SIZE);
        changed.setTooltip(tooltip(Texts.get("presets.changed.tip")));
        changed.visibleProperty().bind(viewModel.presetChangedProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        HBox.setHgrow(box, Priority.ALWAYS);
        HBox row = new HBox(6, label, box, changed);
        row.setId("presetRow");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node pendingBanner() {
        Label text = new Label(Texts.get("hyperparameters.pending"));
        text.setWrapText(true);
        Button apply = new Button(Texts.get("hyperparameters.apply"));
        apply.setId("applyChanges");
        apply.setTooltip(tooltip(Texts.get("hyperparameters.apply.tip")));
        apply.setOnAction(e -> actions.applyAfterAsking());
        Button revert = new Button(Texts.get("hyperparameters.revert"));
        revert.setId("revertChanges");
        revert.setTooltip(tooltip(Texts.get("hyperparameters.revert.tip")));
        revert.setOnAction(e -> actions.revert());
        HBox buttons = new HBox(6, apply, revert);
        VBox banner = new VBox(6, text, buttons);
        banner.setId("pendingBanner");
        banner.getStyleClass().add("banner-warning");
        banner.visibleProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(actions.pendingRebuildProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node formError() {
        Label error = new Label();
        error.setId("formError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(viewModel.formErrorProperty());
        error.visibleProperty().bind(viewModel.formErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Node memoryEstimate() {
        Label estimate = new Label();
        estimate.setId("memoryEstimate");
        estimate.setWrapText(true);
        estimate.getStyleClass().add("muted");
        estimate.textProperty().bind(viewModel.memoryEstimateProperty());
        return estimate;
    }

    private GridPane grid(Setting.Group group) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH); // the same in every group, so the fields line up down the form
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        int row = 0;
        for (Setting s : group.settings()) {
            Label label = new Label(s.label());
            label.setTooltip(tooltip(s.help()));
            label.setMinWidth(Label.USE_PREF_SIZE);
            Node control = control(s);
            Label error = new Label();
            error.setId(s.id() + "Error");
            error.setWrapText(true);
            error.getStyleClass().add("field-error");
            error.textProperty().bind(s.errorProperty());
            error.visibleProperty().bind(s.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            HBox line = new HBox(6, control);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(control, Priority.ALWAYS);
            if (s.live()) {
                Label live = new Label(Texts.get("hyperparameters.live"));
                live.getStyleClass().add("live-tag");
                live.setTooltip(tooltip(Texts.get("hyperparameters.live.tip")));
                line.getChildren().add(live);
            }
            // the teacher's lock: a locked field is disabled and its mark (not disabled, so its tooltip shows)
            // says why; a hidden one takes no room
            Label lock = new Label(Texts.get("lessons.locked"));
            lock.setId(s.id() + "Lock");
            lock.getStyleClass().add("lock-tag");
            lock.setTooltip(tooltip(Texts.get("lessons.locked.tip")));
            lock.visibleProperty().bind(s.lockedProperty());
            lock.managedProperty().bind(lock.visibleProperty());
            line.getChildren().add(lock);
            VBox cell = new VBox(2, line, error);
            javafx.beans.binding.BooleanBinding off = s.applicableProperty().not().or(s.lockedProperty());
            javafx.beans.binding.BooleanBinding shown = s.hiddenProperty().not();
            label.disableProperty().bind(off);
            control.disableProperty().bind(off);
            label.visibleProperty().bind(shown);
            label.managedProperty().bind(shown);
            cell.visibleProperty().bind(shown);
            cell.managedProperty().bind(shown);
            grid.add(label, 0, row);
            grid.add(cell, 1, row);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            label.setPadding(new Insets(4, 0, 0, 0));
            row++;
        }
        return grid;
    }

    private Node control(Setting s) {
        if (s instanceof Setting.Text t) {
            TextField field = new TextField();
            field.setId(t.id());
            field.setPrefColumnCount(8);
            field.textProperty().bindBidirectional(t.textProperty());
            field.setTooltip(tooltip(t.help()));
            field.setOnAction(e -> actions.committed());
            field.focusedProperty().subscribe(focused -> {
                if (!focused) {
                    actions.committed();
                }
            });
            t.errorProperty().subscribe(err -> field.pseudoClassStateChanged(INVALID, !err.isEmpty()));
            return field;
        }
        if (s instanceof Setting.Choice<?> c) {
            return choice(c);
        }
        Setting.Flag f = (Setting.Flag) s;
        CheckBox box = new CheckBox();
        box.setId(f.id());
        box.selectedProperty().bindBidirectional(f.valueProperty());
        box.setTooltip(tooltip(f.help()));
        box.setOnAction(e -> actions.committed());
        return box;
    }

    private <E> ComboBox<E> choice(Setting.Choice<E> c) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(c.id());
        box.getItems().setAll(c.options());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return c.nameOf(value);
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.valueProperty().bindBidirectional(c.valueProperty());
        box.setTooltip(tooltip(c.help()));
        box.setOnAction(e -> actions.committed());
        return box;
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(320);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

}
