package org.ganstudio.ui.plane;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.ganstudio.session.TrainingSession;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 2-D lab with a real session: Build shows the plane, Step and Start train through the session loop. */
@ExtendWith(ApplicationExtension.class)
class PlaneLabViewTest {

    private TrainingSession session;
    private SnapshotPoller poller;
    private PlaneViewModel vm;

    @Start
    void start(Stage stage) {
        session = new TrainingSession();
        poller = new SnapshotPoller(session);
        vm = new PlaneViewModel(session, poller.snapshotProperty());
        TestStages.show(stage, new Scene(new PlaneLabView(vm).getRoot(), 1000, 700));
        poller.start();
    }

    @AfterEach
    void close() {
        poller.stop();
        session.close();
    }

    @Test
    void buildStepStartAndPause(FxRobot robot) throws Exception {
        robot.clickOn("#planeBuild");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.viewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String quality = robot.lookup("#planeQuality").queryLabeled().getText();
        assertTrue(quality.contains("modes covered") && quality.contains("/8"), quality);
        robot.clickOn("#planeStep");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.viewProperty().get().step() == 1);
        robot.clickOn("#planeStart");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.viewProperty().get().step() >= 100);
        robot.clickOn("#planePause");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.trainingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#planeStart").query().isDisabled(), "Start is enabled again after Pause");
    }
}
