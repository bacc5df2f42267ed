package org.ganstudio.ui.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;
import org.ganstudio.ui.latent.LatentViewModel;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SamplesViewTest {

    private static final ImageShape SHAPE = new ImageShape(3, 32, 32);
    private static final ExperimentConfig CONFIG = Presets.reference(SHAPE);

    private final FakeTrainingControl session = new FakeTrainingControl();
    private SnapshotPoller poller;
    private LatentViewModel latent;
    private SamplesViewModel vm;

    @Start
    void start(Stage stage) {
        poller = new SnapshotPoller(session);
        latent = new LatentViewModel(session, poller.snapshotProperty(), new ManualClock(), 1);
        vm = new SamplesViewModel(poller.snapshotProperty(), latent::setEndpoint);
        TestStages.show(stage, new Scene(new SamplesView(vm).getRoot(), 420, 520));
    }

    private void train(FxRobot robot, long steps) {
        robot.interact(() -> {
            if (session.snapshot().config() == null) {
                session.newExperiment(CONFIG, FakeImages.dataset(SHAPE, 4), null);
                session.setSampleInterval(10);
            }
            session.train(steps);
            poller.poll();
        });
    }

    @Test
    void theGridShowsTheNewestSamplesAndTheScrubberGoesBack(FxRobot robot) {
        FittedRaster grid = robot.lookup("#sampleGrid").queryAs(FittedRaster.class);
        assertEquals(null, grid.imageView().getImage());
        train(robot, 40);
        ImageView image = grid.imageView();
        assertNotNull(image.getImage());
        assertEquals(8 * 64 + 7 * 2, (int) image.getImage().getWidth());
        assertEquals(vm.shownGrid().argb(5, 10, 10),
                image.getImage().getPixelReader().getArgb(5 * (64 + 2) + 20, 20), "cell 5, pixel (10, 10) doubled");
        assertEquals("Step 40 · newest", robot.lookup("#gridCaption").queryAs(Label.class).getText());

        ArgbRaster newest = vm.rasterProperty().get();
        Slider scrubber = robot.lookup("#gridScrubber").queryAs(Slider.class);
        assertEquals(4, scrubber.getMax());
        robot.interact(() -> scrubber.setValue(1));
        assertEquals("Step 10 · 2 of 5", robot.lookup("#gridCaption").queryAs(Label.class).getText());
        assertNotSame(newest, vm.rasterProperty().get());
        robot.clickOn("#gridNewest");
        assertEquals(4, (int) scrubber.getValue());
    }

    @Test
    void clickingACellOffersToEnlargeItOrUseItAsAnEndpoint(FxRobot robot) throws Exception {
        train(robot, 1);
        FittedRaster grid = robot.lookup("#sampleGrid").queryAs(FittedRaster.class);
        Bounds image = grid.localToScreen(grid.imageBounds());
        double tile = image.getWidth() / 8;
        robot.clickOn(image.getMinX() + 2.5 * tile, image.getMinY() + 1.5 * tile, MouseButton.PRIMARY); // cell 10
        robot.clickOn("#cellUseB");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(FixedNoise.cell(CONFIG, 10), latent.endpoint(Endpoint.B));

        robot.clickOn(image.getMinX() + 0.5 * tile, image.getMinY() + 0.5 * tile, MouseButton.PRIMARY); // cell 0
        robot.clickOn("#cellEnlarge");
        ImageView enlarged = robot.lookup("#cellEnlarged").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> enlarged.getImage() != null);
        assertEquals(256, (int) enlarged.getImage().getWidth());
        assertTrue(enlarged.getScene().getWindow().isShowing());
    }
}
