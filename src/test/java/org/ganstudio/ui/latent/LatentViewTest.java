package org.ganstudio.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer with the real frame poller against the fake session (which answers at once). */
@ExtendWith(ApplicationExtension.class)
class LatentViewTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private SnapshotPoller poller;
    private LatentViewModel vm;

    @Start
    void start(Stage stage) {
        poller = new SnapshotPoller(session);
        vm = new LatentViewModel(session, poller.snapshotProperty(), System::nanoTime, 7);
        poller.addFrameAction(vm::flush);
        TestStages.show(stage, new Scene(new LatentView(vm).getRoot(), 560, 300));
        session.newExperiment(Presets.reference(SHAPE), FakeImages.dataset(SHAPE, 4), null);
        poller.start();
    }

    @AfterEach
    void stopPolling(FxRobot robot) {
        robot.interact(poller::stop);
    }

    @Test
    void movingTheSliderRendersNewImages(FxRobot robot) throws Exception {
        FittedRaster image = robot.lookup("#latentImage").queryAs(FittedRaster.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.imageView().getImage() != null);
        assertFalse(robot.lookup("#latentView").query().isDisabled());
        int[] before = image.imageView().shownRaster().pixels();
        int renders = vm.rendersProperty().get();

        robot.drag("#latentPosition").moveBy(-120, 0).drop();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rendersProperty().get() > renders);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Arrays.equals(before, image.imageView().shownRaster().pixels()));
        assertTrue(vm.positionProperty().get() < 0.5);
        int requests = session.callsStartingWith("renderLatent").size();
        assertTrue(requests < 40, "coalesced per frame, got " + requests + " requests");

        robot.clickOn("#walkLinear");
        assertEquals(Interpolation.LINEAR, vm.interpolationProperty().get());
        assertNotNull(robot.lookup("#latentStrip").queryAs(FittedRaster.class).imageView().getImage());
    }

    @Test
    void dimensionPagesAndSliders(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.latentSizeProperty().get() == 100);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Integer> page = robot.lookup("#dimensionPage").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(13, page.getItems().size());
        assertEquals("z96–z99", page.getConverter().toString(96));
        robot.interact(() -> page.setValue(96));
        assertEquals(96, vm.firstDimensionProperty().get());
        assertTrue(robot.lookup("#dim3").query().getParent().isVisible());
        assertFalse(robot.lookup("#dim4").query().getParent().isVisible());
        Slider dim0 = robot.lookup("#dim0").queryAs(Slider.class);
        robot.interact(() -> dim0.setValue(2.75));
        assertEquals(2.75, vm.currentVector()[96], 1e-5);
    }

    /** Slider to pixels: from the value change to the new image on screen, through the frame poller (printed). */
    @Test
    void sliderToPixelsLatency(FxRobot robot) throws Exception {
        FittedRaster image = robot.lookup("#latentImage").queryAs(FittedRaster.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.imageView().getImage() != null);
        Slider position = robot.lookup("#latentPosition").queryAs(Slider.class);
        List<Double> millis = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int renders = vm.rendersProperty().get();
            long[] t0 = new long[1];
            double value = 0.05 * (i + 1);
            robot.interact(() -> {
                t0[0] = System.nanoTime();
                position.setValue(value);
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rendersProperty().get() > renders);
            millis.add((System.nanoTime() - t0[0]) / 1e6);
            own.add(vm.latencyMillisProperty().get());
        }
        print("[latent latency, fake session] slider value -> new image in the view (ViewModel's clock)", own);
        print("[latent latency, fake session] slider value -> test thread sees it (incl. test polling)", millis);
    }

    static void print(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s, %d moves: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1));
    }
}
