package org.ganstudio.ui.game;

import java.util.Objects;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.ui.common.Texts;

/** "Real or fake?" in a window of its own beside the lab (one at a time), large enough for a projector. */
public final class GameWindow {

    private final GameViewModel vm;
    private final String stylesheet;
    private Stage stage;

    /** @param stylesheet the lab's stylesheet (its URL), or null */
    public GameWindow(GameViewModel vm, String stylesheet) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.stylesheet = stylesheet;
    }

    /** Shows the window (built the first time), in front. */
    public Stage show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(Texts.get("game.window"));
            Scene scene = new Scene(new GameView(vm).getRoot(), 1180, 700);
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
