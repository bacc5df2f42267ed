package org.ganstudio.ui.runs;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.Texts;

/** A followed folder: its loss curves, newest grid, alarms and where it is; redrawn when something new arrived. */
public final class FollowView {

    private final BorderPane root = new BorderPane();
    private final Timeline ticks;

    public FollowView(FollowViewModel vm) {
        root.setId("followView");
        root.setPadding(new Insets(8));
        Label status = new Label();
        status.setId("followStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root.setTop(status);
        CurvesChart losses = new CurvesChart(Texts.get("runs.follow.losses"), "followLosses");
        FittedRaster grid = new FittedRaster(4);
        grid.setId("followGrid");
        grid.setPrefSize(420, 420);
        vm.gridProperty().subscribe(r -> {
            if (r != null) {
                grid.show(r);
            }
        });
        Label gridText = new Label();
        gridText.textProperty().bind(vm.gridTextProperty());
        ListView<String> alarms = new ListView<>(vm.alarms());
        alarms.setId("followAlarms");
        alarms.setPlaceholder(new Label(Texts.get("runs.follow.noAlarms")));
        alarms.setPrefHeight(120);
        Label alarmsTitle = new Label(Texts.get("runs.follow.alarms"));
        VBox left = new VBox(6, losses.node(), alarmsTitle, alarms);
        VBox.setVgrow(losses.node(), Priority.ALWAYS);
        VBox right = new VBox(6, grid, gridText);
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox body = new HBox(10, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        root.setCenter(body);
        vm.revisionProperty().subscribe(r -> losses.show(vm.curves(), Texts.get("runs.axis.step")));
        ticks = new Timeline(new KeyFrame(Duration.millis(500), e -> vm.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
    }

    public Parent getRoot() {
        return root;
    }

    public void stop() {
        ticks.stop();
    }
}
