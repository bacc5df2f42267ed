package org.ganstudio.ui.language;

import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.common.Texts;

/** The language row of the Settings tab: a list and, after a change, the note that a restart is needed. */
public final class LanguageView {

    private final VBox root = new VBox(4);

    public LanguageView(LanguageViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        root.setId("languageView");
        root.setPadding(new Insets(6, 10, 8, 10));
        root.getStyleClass().add("device-bar");
        Label label = new Label(Texts.get("language.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Language> choice = new ComboBox<>();
        choice.setId("language");
        choice.getItems().setAll(viewModel.choices());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.displayName();
            }

            @Override
            public Language fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        choice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        choice.setTooltip(new Tooltip(Texts.get("language.tip")));
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        HBox row = new HBox(8, label, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("languageNote");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        root.getChildren().addAll(row, note);
    }

    public Parent getRoot() {
        return root;
    }
}
