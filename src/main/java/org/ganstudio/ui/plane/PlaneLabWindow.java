package org.ganstudio.ui.plane;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.session.TrainingSession;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.common.Texts;

/**
 * Opens the 2-D lab in its own window with its own session (the same engine loop as the image lab, on a second
 * engine thread), so a 2-D run never disturbs an image run. Closing the window ends its session.
 */
public final class PlaneLabWindow {

    private PlaneLabWindow() {
    }

    public static Stage open(Window owner) {
        TrainingSession session = new TrainingSession();
        SnapshotPoller poller = new SnapshotPoller(session);
        PlaneViewModel vm = new PlaneViewModel(session, poller.snapshotProperty());
        PlaneLabView view = new PlaneLabView(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.get("plane.windowTitle"));
        // no larger than the visible screen (1366×768 at 150 % is 911×512); the form scrolls
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view.getRoot(), Math.min(1100, screen.getWidth()), Math.min(760, screen.getHeight())));
        org.ganstudio.ui.common.FxCjkFont.apply(view.getRoot());
        stage.setOnHidden(e -> {
            poller.stop();
            session.closeAsync();
        });
        poller.start();
        vm.build();
        stage.show();
        return stage;
    }
}
