package org.ganstudio.ui.common;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A tool window of its own beside the lab (slow motion, the game): built the first time it is shown, one at a time,
 * with the lab's stylesheet, brought to the front when shown again.
 */
public final class FxSideWindow {

    private final String title;
    private final Supplier<Parent> content;
    private final double width;
    private final double height;
    private final String stylesheet;
    private Stage stage;

    /**
     * @param title      the window title (already in the user's language)
     * @param content    builds the window's content, once
     * @param stylesheet the lab's stylesheet (its URL), or null
     */
    public FxSideWindow(String title, Supplier<Parent> content, double width, double height, String stylesheet) {
        this.title = Objects.requireNonNull(title, "title");
        this.content = Objects.requireNonNull(content, "content");
        this.width = width;
        this.height = height;
        this.stylesheet = stylesheet;
    }

    /** Shows the window (built the first time), in front. */
    public Stage show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(title);
            Scene scene = new Scene(content.get(), width, height);
            if (stylesheet != null) {
                scene.getStylesheets().add(stylesheet);
            }
            stage.setScene(scene);
            stage.setMinWidth(720);
            stage.setMinHeight(480);
        }
        stage.show();
        stage.toFront();
        return stage;
    }
}
