package org.ganstudio.ui.testing;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * TestFX hands every test class the same primary stage, as the classes before it left it: moved, resized, given a
 * minimum size or maximised by a lab window. A test that clicks needs its controls on the (headless) screen whatever
 * ran before, so it starts from a plain stage at the screen's top-left corner.
 */
public final class TestStages {

    private TestStages() {
    }

    /** Undoes what earlier test classes may have done to {@code stage}; call on the FX thread, before the scene. */
    public static Stage plain(Stage stage) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        return stage;
    }

    /** Shows {@code scene} on a {@link #plain} stage sized to it. */
    public static void show(Stage stage, Scene scene) {
        plain(stage).setScene(scene);
        stage.sizeToScene();
        stage.show();
    }
}
