package org.ganstudio.ui.training;

import java.util.Objects;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.Texts;

/** Start, Pause/Resume, manual steps, Stop, Reset and the state, each button enabled by a ViewModel binding. */
public final class TrainingToolbar {

    private final TrainingViewModel viewModel;
    private final ToolBar root = new ToolBar();

    public TrainingToolbar(TrainingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("trainingToolbar");
        Button start = button("start", Texts.get("training.start"), Texts.get("training.start.tip"));
        start.getStyleClass().add("accent");
        start.disableProperty().bind(viewModel.canStartProperty().not());
        start.setOnAction(e -> viewModel.start());

        Button pause = button("pauseResume", Texts.get("training.pause"), Texts.get("training.pause.tip"));
        pause.textProperty().bind(viewModel.pauseResumeTextProperty());
        pause.disableProperty().bind(viewModel.canPauseOrResumeProperty().not());
        pause.setOnAction(e -> viewModel.togglePause());

        Button stepD = button("stepD", Texts.get("training.stepD"), Texts.get("training.stepD.tip"));
        Button stepG = button("stepG", Texts.get("training.stepG"), Texts.get("training.stepG.tip"));
        Button stepBoth = button("stepBoth", Texts.get("training.step"), Texts.get("training.step.tip"));
        for (Button b : new Button[] {stepD, stepG, stepBoth}) {
            b.disableProperty().bind(viewModel.canStepProperty().not());
        }
        stepD.setOnAction(e -> viewModel.step(StepKind.DISCRIMINATOR));
        stepG.setOnAction(e -> viewModel.step(StepKind.GENERATOR));
        stepBoth.setOnAction(e -> viewModel.step(StepKind.BOTH));

        Button stop = button("stop", Texts.get("training.stop"), Texts.get("training.stop.tip"));
        stop.disableProperty().bind(viewModel.canStopProperty().not());
        stop.setOnAction(e -> viewModel.stop());

        Button reset = button("reset", Texts.get("training.reset"), Texts.get("training.reset.tip"));
        reset.disableProperty().bind(viewModel.canResetProperty().not());
        reset.setOnAction(e -> viewModel.reset());

        Label state = new Label();
        state.setId("stateLabel");
        state.getStyleClass().add("state-pill");
        state.textProperty().bind(viewModel.stateTextProperty());
        state.setTooltip(new Tooltip(Texts.get("training.state.tip")));
        viewModel.stateProperty().subscribe(s -> {
            for (SessionState each : SessionState.values()) {
                state.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase()), each == s);
            }
        });
        Label step = new Label();
        step.setId("stepLabel");
        step.getStyleClass().add("step-count");
        step.textProperty().bind(viewModel.stepProperty().map(n -> Texts.get("training.stepCount", n)));
        step.setMinWidth(Region.USE_PREF_SIZE);
        step.setTooltip(new Tooltip(Texts.get("training.stepCount.tip")));

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox status = new HBox(8, step, state);
        status.setAlignment(Pos.CENTER_RIGHT);
        root.getItems().addAll(start, pause, new Separator(), stepD, stepG, stepBoth, new Separator(), stop, reset,
                spring, status);
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        Tooltip t = new Tooltip(help);
        t.setShowDelay(Duration.millis(400));
        b.setTooltip(t);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
