package org.ganstudio.ui.game;

import java.util.Objects;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.ui.common.FxSideWindow;
import org.ganstudio.ui.common.Texts;

/** "Real or fake?" in a window of its own beside the lab (one at a time), large enough for a projector. */
public final class GameWindow {

    private final FxSideWindow window;

    /** @param stylesheet the lab's stylesheet (its URL), or null */
    public GameWindow(GameViewModel vm, String stylesheet) {
        Objects.requireNonNull(vm, "vm");
        window = new FxSideWindow(Texts.get("game.window"), () -> new GameView(vm).getRoot(), 1180, 700, stylesheet);
    }

    /** Shows the window (built the first time), in front. */
    public Stage show(Window owner) {
        return window.show(owner);
    }
}
