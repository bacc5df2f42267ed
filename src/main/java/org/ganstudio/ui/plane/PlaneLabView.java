package org.ganstudio.ui.plane;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.ganstudio.dataset.plane.PointCsv;
import org.ganstudio.model.Activation;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneView;

import java.io.File;
import java.io.IOException;
import org.ganstudio.ui.common.Texts;

/** The 2-D lab: a form on the left, the plane in the middle, quality below it, the training buttons on top. */
public final class PlaneLabView {

    private final PlaneViewModel vm;
    private final BorderPane root = new BorderPane();
    private final PlaneCanvas plane = new PlaneCanvas();
    private final QualityChart quality = new QualityChart();

    public PlaneLabView(PlaneViewModel vm) {
        this.vm = vm;
        root.setId("planeLab");
        root.setTop(toolbar());
        javafx.scene.control.ScrollPane left = new javafx.scene.control.ScrollPane(form());
        left.setFitToWidth(true);
        left.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        left.setMinWidth(360);
        root.setLeft(left);
        Label q = new Label();
        q.setId("planeQuality");
        q.textProperty().bind(vm.qualityTextProperty());
        VBox centre = new VBox(6, plane, q, quality);
        centre.setPadding(new Insets(8));
        VBox.setVgrow(plane, Priority.ALWAYS);
        root.setCenter(centre);
        Label status = new Label();
        status.setId("planeStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);

        vm.viewProperty().subscribe(this::redraw);
        vm.showMeshProperty().subscribe(m -> redraw(vm.viewProperty().get()));
        vm.showArrowsProperty().subscribe(m -> redraw(vm.viewProperty().get()));
        vm.brushCountProperty().subscribe(n -> redraw(vm.viewProperty().get()));
        plane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::brush);
        plane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::brush);
    }

    public Parent getRoot() {
        return root;
    }

    private void redraw(PlaneView v) {
        boolean brushing = PlaneViewModel.BRUSH.equals(vm.datasetProperty().get());
        plane.show(v, brushing ? vm.brushPoints() : new double[0], vm.showMeshProperty().get(),
                vm.showArrowsProperty().get());
        quality.show(v == null ? java.util.List.of() : v.quality());
    }

    private void brush(MouseEvent e) {
        if (!PlaneViewModel.BRUSH.equals(vm.datasetProperty().get()) || vm.trainingProperty().get()) {
            return;
        }
        double[] p = plane.toPlane(e.getX(), e.getY());
        // a little scatter, so a stroke becomes a band of points rather than a line
        vm.addBrushPoint(p[0] + 0.02 * (Math.random() - 0.5), p[1] + 0.02 * (Math.random() - 0.5));
    }

    private HBox toolbar() {
        Button build = new Button(Texts.get("plane.build"));
        build.setId("planeBuild");
        build.setTooltip(new Tooltip(Texts.get("plane.build.tip")));
        build.setOnAction(e -> vm.build());
        Button start = new Button(Texts.get("plane.start"));
        start.setId("planeStart");
        start.setTooltip(new Tooltip(Texts.get("plane.start.tip")));
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.trainingProperty());
        Button pause = new Button(Texts.get("plane.pause"));
        pause.setId("planePause");
        pause.setTooltip(new Tooltip(Texts.get("plane.pause.tip")));
        pause.setOnAction(e -> vm.pause());
        pause.disableProperty().bind(vm.trainingProperty().not());
        Button step = new Button(Texts.get("plane.step"));
        step.setId("planeStep");
        step.setTooltip(new Tooltip(Texts.get("plane.step.tip")));
        step.setOnAction(e -> vm.step());
        step.disableProperty().bind(vm.trainingProperty());
        Button reset = new Button(Texts.get("plane.reset"));
        reset.setId("planeReset");
        reset.setTooltip(new Tooltip(Texts.get("plane.reset.tip")));
        reset.setOnAction(e -> vm.reset());
        CheckBox mesh = new CheckBox(Texts.get("plane.mesh"));
        mesh.setTooltip(new Tooltip(Texts.get("plane.mesh.tip")));
        mesh.selectedProperty().bindBidirectional(vm.showMeshProperty());
        CheckBox arrows = new CheckBox(Texts.get("plane.arrows"));
        arrows.setTooltip(new Tooltip(Texts.get("plane.arrows.tip")));
        arrows.selectedProperty().bindBidirectional(vm.showArrowsProperty());
        Button save = new Button(Texts.get("plane.save"));
        save.setId("planeSave");
        save.setTooltip(new Tooltip(Texts.get("plane.save.tip")));
        save.setOnAction(e -> chooseFile(true));
        save.disableProperty().bind(vm.viewProperty().isNull().or(vm.trainingProperty()));
        Button open = new Button(Texts.get("plane.open"));
        open.setId("planeOpen");
        open.setTooltip(new Tooltip(Texts.get("plane.open.tip")));
        open.setOnAction(e -> chooseFile(false));
        open.disableProperty().bind(vm.trainingProperty());
        HBox bar = new HBox(8, build, start, pause, step, reset, mesh, arrows, save, open);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        g.setPrefWidth(340);
        g.setMinWidth(340);
        int r = 0;
        ComboBox<String> data = new ComboBox<>(FXCollections.observableArrayList(PlaneViewModel.datasetChoices()));
        data.setId("planeDataset");
        data.valueProperty().bindBidirectional(vm.datasetProperty());
        data.setTooltip(new Tooltip(Texts.get("plane.data.tip")));
        g.addRow(r++, new Label(Texts.get("plane.data")), data);
        Button csv = new Button(Texts.get("plane.csv"));
        csv.setTooltip(new Tooltip(Texts.get("plane.csv.tip")));
        csv.setOnAction(e -> loadCsv(g.getScene() == null ? null : g.getScene().getWindow(), data));
        Button clear = new Button(Texts.get("plane.clearBrush"));
        clear.setTooltip(new Tooltip(Texts.get("plane.clearBrush.tip")));
        clear.setOnAction(e -> vm.clearBrush());
        g.addRow(r++, new Label(""), new HBox(6, csv, clear));
        Label hint = new Label(Texts.get("plane.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(280);
        g.add(hint, 0, r++, 2, 1);
        g.addRow(r++, label("plane.latent"), spinner(vm.latentSizeProperty(), PlaneConfig.MIN_LATENT,
                PlaneConfig.MAX_LATENT));
        g.addRow(r++, label("plane.gLayers"), spinner(vm.layersProperty(), 0, 8));
        g.addRow(r++, label("plane.gUnits"), spinner(vm.unitsProperty(), 1, 512));
        g.addRow(r++, label("plane.gActivation"), combo(Activation.values(), vm.activationProperty()));
        g.addRow(r++, label("plane.dLayers"), spinner(vm.discriminatorLayersProperty(), 0, 8));
        g.addRow(r++, label("plane.dUnits"), spinner(vm.discriminatorUnitsProperty(), 1, 512));
        g.addRow(r++, label("plane.dActivation"), combo(Activation.values(), vm.discriminatorActivationProperty()));
        g.addRow(r++, label("plane.loss"), combo(LossKind.values(), vm.lossProperty()));
        g.addRow(r++, label("plane.optimizer"), combo(OptimizerKind.values(), vm.optimizerProperty()));
        TextField lrG = new TextField();
        lrG.setId("planeLrG");
        lrG.textProperty().bindBidirectional(vm.generatorLrProperty());
        g.addRow(r++, label("plane.lrG"), lrG);
        TextField lrD = new TextField();
        lrD.setId("planeLrD");
        lrD.textProperty().bindBidirectional(vm.discriminatorLrProperty());
        g.addRow(r++, label("plane.lrD"), lrD);
        g.addRow(r++, label("plane.dSteps"), spinner(vm.discriminatorStepsProperty(), 1, 10));
        g.addRow(r++, label("plane.order"), combo(UpdateOrder.values(), vm.updateOrderProperty()));
        g.addRow(r++, label("plane.batch"), spinner(vm.batchSizeProperty(), 2, 4096));
        g.addRow(r++, label("plane.seed"), spinner(vm.seedProperty(), 0, Integer.MAX_VALUE));
        Label problems = new Label();
        problems.setId("planeProblems");
        problems.setWrapText(true);
        problems.setMaxWidth(280);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.textProperty().bind(vm.problemsProperty());
        g.add(problems, 0, r++, 2, 1);
        Label legend = new Label(Texts.get("plane.legend"));
        legend.setWrapText(true);
        legend.setMaxWidth(280);
        g.add(legend, 0, r, 2, 1);
        return g;
    }

    private void chooseFile(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(saving ? "plane.save.title" : "plane.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("plane.fileType"), "*.gan2d"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File f = saving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (f != null) {
            if (saving) {
                vm.save(f.toPath());
            } else {
                vm.open(f.toPath());
            }
        }
    }

    private void loadCsv(Window owner, ComboBox<String> box) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("plane.csv.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        try {
            var cloud = PointCsv.read(f.toPath());
            if (!box.getItems().contains(cloud.id())) {
                box.getItems().add(cloud.id());
            }
            vm.useLoaded(cloud);
        } catch (PointCsv.BadCsvException | IOException e) {
            vm.reportProblem(e.getMessage());
        }
    }

    /** A form label from the bundle; its tooltip ({@code key.tip}) goes on the control beside it too. */
    private static Label label(String key) {
        Label l = new Label(Texts.get(key));
        l.setTooltip(new Tooltip(Texts.get(key + ".tip")));
        return l;
    }

    private static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty p, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, p.get());
        s.setEditable(true);
        s.setPrefWidth(110);
        s.valueProperty().subscribe(v -> {
            if (v != null) {
                p.set(v);
            }
        });
        p.subscribe(v -> {
            if (!v.equals(s.getValue())) {
                s.getValueFactory().setValue(v.intValue());
            }
        });
        return s;
    }

    private static <E> ComboBox<E> combo(E[] values, javafx.beans.property.ObjectProperty<E> p) {
        ComboBox<E> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.valueProperty().bindBidirectional(p);
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                if (e == null) {
                    return "";
                }
                String key = e instanceof Enum<?> en ? "plane.option." + en.name() : "";
                return Texts.has(key) ? Texts.get(key) : e.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }

            @Override
            public E fromString(String text) {
                return null;   // not editable
            }
        });
        return c;
    }
}
