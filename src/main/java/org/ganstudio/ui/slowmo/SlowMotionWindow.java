package org.ganstudio.ui.slowmo;

import java.util.Objects;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.ui.common.Texts;

/** The slow-motion view in a window of its own beside the lab, over the lab's session; one window at a time. */
public final class SlowMotionWindow {

    private final SlowMotionViewModel vm;
    private final String stylesheet;
    private Stage stage;

    /** @param stylesheet the lab's stylesheet (its URL), or null */
    public SlowMotionWindow(SlowMotionViewModel vm, String stylesheet) {
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
            stage.setTitle(Texts.get("slowmo.window"));
            Scene scene = new Scene(new SlowMotionView(vm).getRoot(), 1040, 680);
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
