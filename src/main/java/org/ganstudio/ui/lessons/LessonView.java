package org.ganstudio.ui.lessons;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.ganstudio.model.Lesson;
import org.ganstudio.model.LessonChange;
import org.ganstudio.ui.common.Texts;

/** The open lesson's explanation, docked in the lab window: what to watch, to change, to expect; "try this" buttons. */
public final class LessonView {

    private static final double WIDTH = 250;

    private final LessonsViewModel vm;
    private final VBox box = new VBox(6);
    private final VBox buttons = new VBox(4);
    private final ScrollPane root = new ScrollPane(box);

    public LessonView(LessonsViewModel vm) {
        this.vm = vm;
        root.setId("lessonPanel");
        root.setFitToWidth(true);
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.visibleProperty().bind(vm.currentProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        box.setStyle("-fx-padding: 8;");
        Label title = text("lessonTitle", vm.titleText());
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        box.getChildren().addAll(title,
                heading("lessons.watch"), text("lessonWatch", vm.watchText()),
                heading("lessons.change"), text("lessonChange", vm.changeText()),
                heading("lessons.expect"), text("lessonExpect", vm.expectText()),
                buttons);
        Button close = new Button(Texts.get("lessons.close"));
        close.setId("lessonClose");
        close.setTooltip(new Tooltip(Texts.get("lessons.close.tip")));
        close.setOnAction(e -> vm.close());
        box.getChildren().add(close);
        vm.currentProperty().addListener((o, was, now) -> fill(now));
    }

    private void fill(Lesson l) {
        buttons.getChildren().clear();
        if (l == null) {
            return;
        }
        for (LessonChange c : l.tryThis()) {
            Button b = new Button(vm.label(c));
            b.setId("lessonTry-" + c.id());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(Texts.get("lessons.try.tip")));
            b.setOnAction(e -> vm.tryThis(c.id()));
            buttons.getChildren().add(b);
        }
    }

    private static Label heading(String key) {
        Label h = new Label(Texts.get(key));
        h.setStyle("-fx-font-weight: bold;");
        h.setTooltip(new Tooltip(Texts.get("lessons.text.tip")));
        return h;
    }

    private static Label text(String id, javafx.beans.value.ObservableValue<String> value) {
        Label t = new Label();
        t.setId(id);
        t.setWrapText(true);
        t.textProperty().bind(value);
        t.setTooltip(new Tooltip(Texts.get("lessons.text.tip")));
        return t;
    }

    public Parent getRoot() {
        return root;
    }
}
