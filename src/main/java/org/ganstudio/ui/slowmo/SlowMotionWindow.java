package org.ganstudio.ui.slowmo;

import java.util.Objects;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.ui.common.FxSideWindow;
import org.ganstudio.ui.common.Texts;

/** The slow-motion view in a window of its own beside the lab, over the lab's session; one window at a time. */
public final class SlowMotionWindow {

    private final FxSideWindow window;

    /** @param stylesheet the lab's stylesheet (its URL), or null */
    public SlowMotionWindow(SlowMotionViewModel vm, String stylesheet) {
        Objects.requireNonNull(vm, "vm");
        window = new FxSideWindow(Texts.get("slowmo.window"), () -> new SlowMotionView(vm).getRoot(), 1040, 680, stylesheet);
    }

    /** Shows the window (built the first time), in front. */
    public Stage show(Window owner) {
        return window.show(owner);
    }
}
