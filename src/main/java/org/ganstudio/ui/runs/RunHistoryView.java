package org.ganstudio.ui.runs;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.ganstudio.ui.common.Texts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The run history as a small tree (each branch under its parent, with the parent's step) and the branch form. */
public final class RunHistoryView {

    private static final String LOSS_PREFIX = "runs.loss.";

    private final RunsViewModel vm;
    private final VBox root = new VBox(8);
    private final TreeView<RunInfo> tree = new TreeView<>();
    private final Label kept = new Label();
    private final Label snapped = new Label();
    private final TextField gLr = new TextField();
    private final TextField dLr = new TextField();
    private final Spinner<Integer> dSteps = new Spinner<>(1, 10, 1);
    private final ChoiceBox<LossKind> loss = new ChoiceBox<>();
    private final TextField smoothing = new TextField();
    private final TextField step = new TextField();

    public RunHistoryView(RunsViewModel vm) {
        this.vm = vm;
        root.setId("runHistory");
        root.setPadding(new Insets(10));
        tree.setId("runTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(RunInfo r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : RunsViewModel.label(r));
            }
        });
        tree.getSelectionModel().selectedItemProperty().subscribe(i -> {
            if (i != null && i.getValue() != null) {
                vm.selectedProperty().set(i.getValue().id());
            }
        });
        vm.treeProperty().subscribe(this::showTree);
        vm.selectedProperty().subscribe(id -> fillForm());

        Spinner<Integer> every = new Spinner<>(1, 100_000, vm.keepEveryProperty().get(), 50);
        every.setEditable(true);
        every.setId("keepEvery");
        every.valueProperty().subscribe(v -> vm.keepEveryProperty().set(v));
        HBox keep = new HBox(8, new Label(Texts.get("runs.keepEvery")), every, kept);
        keep.setAlignment(Pos.CENTER_LEFT);

        step.setId("branchStep");
        step.setPrefColumnCount(8);
        step.textProperty().subscribe(t -> {
            try {
                vm.branchStepProperty().set(Long.parseLong(t.strip()));
            } catch (NumberFormatException e) {
                // shown by the snapped step staying where it was
            }
            snapped.setText(vm.selectedRun() == null ? "" : Texts.get("runs.branch.snapped", vm.snappedBranchStep()));
        });
        loss.getItems().setAll(LossKind.values());
        loss.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LossKind k) {
                if (k == null) {
                    return "";
                }
                String key = LOSS_PREFIX + k.name();
                return Texts.has(key) ? Texts.get(key) : k.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public LossKind fromString(String s) {
                return null;
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label(Texts.get("runs.branch.step")), step, snapped);
        form.addRow(row++, new Label(Texts.get("runs.setting.generatorOptimizer.learningRate")), gLr);
        form.addRow(row++, new Label(Texts.get("runs.setting.discriminatorOptimizer.learningRate")), dLr);
        form.addRow(row++, new Label(Texts.get("runs.setting.discriminatorSteps")), dSteps);
        form.addRow(row++, new Label(Texts.get("runs.setting.loss")), loss);
        form.addRow(row, new Label(Texts.get("runs.setting.labelSmoothing")), smoothing);
        Button branch = new Button(Texts.get("runs.branch.button"));
        branch.setId("branchHere");
        branch.setDefaultButton(true);
        branch.setOnAction(e -> branch());
        Button switchTo = new Button(Texts.get("runs.switch.button"));
        switchTo.setId("switchRun");
        switchTo.setOnAction(e -> vm.switchToSelected());
        Label problem = new Label();
        problem.setId("branchProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(vm.problemProperty());
        Label hint = new Label(Texts.get("runs.branch.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        root.getChildren().addAll(tree, keep, hint, form, new HBox(8, branch, switchTo), problem);
        VBox.setVgrow(tree, Priority.ALWAYS);
    }

    public Parent getRoot() {
        return root;
    }

    private void showTree(RunTree t) {
        TreeItem<RunInfo> top = new TreeItem<>();
        Map<Integer, TreeItem<RunInfo>> items = new HashMap<>();
        TreeItem<RunInfo> selected = null;
        for (RunInfo r : t.runs()) {
            TreeItem<RunInfo> item = new TreeItem<>(r);
            item.setExpanded(true);
            items.put(r.id(), item);
            TreeItem<RunInfo> parent = items.getOrDefault(r.parentId(), top);
            parent.getChildren().add(item);
            if (r.id() == vm.selectedProperty().get()) {
                selected = item;
            }
        }
        top.setExpanded(true);
        tree.setRoot(top);
        if (selected != null) {
            tree.getSelectionModel().select(selected);
        }
        RunInfo a = t.active();
        kept.setText(a == null ? "" : Texts.get("runs.kept", a.keptSteps().length, a.keptBytes() / 1e6));
    }

    private void fillForm() {
        RunsViewModel.BranchSettings s = vm.settingsOfSelected();
        if (s == null) {
            return;
        }
        gLr.setText(Double.toString(s.generatorLr()));
        dLr.setText(Double.toString(s.discriminatorLr()));
        dSteps.getValueFactory().setValue(s.discriminatorSteps());
        loss.setValue(s.loss());
        smoothing.setText(Double.toString(s.labelSmoothing()));
        RunInfo r = vm.selectedRun();
        step.setText(Long.toString(r.step()));
    }

    private void branch() {
        RunsViewModel.BranchSettings s;
        try {
            s = new RunsViewModel.BranchSettings(Double.parseDouble(gLr.getText().strip()),
                    Double.parseDouble(dLr.getText().strip()), dSteps.getValue(), loss.getValue(),
                    Double.parseDouble(smoothing.getText().strip()));
        } catch (NumberFormatException e) {
            vm.problemProperty().set(Texts.get("runs.branch.badNumber"));
            return;
        }
        vm.branch(s);
    }
}
