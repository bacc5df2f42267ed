package org.ganstudio.ui.quality;

import org.ganstudio.model.ImageBatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.ganstudio.engine.TestConfigs;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.NearestImages;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.RasterImageView;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QualityViewTest {

    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(SessionSnapshot.empty());
    private final ImageShape shape = new ImageShape(1, 8, 8);
    private final TrainingControl session = (TrainingControl) Proxy.newProxyInstance(
            TrainingControl.class.getClassLoader(), new Class<?>[]{TrainingControl.class}, (proxy, method, args) -> {
                if (method.getName().equals("nearestTrainingImages")) {
                    int k = (int) args[1];
                    return CompletableFuture.completedFuture(new NearestImages(10, (int) args[0],
                            new ImageBatch(10, 0, shape, 1, new byte[shape.size()]),
                            new ImageBatch(10, 0, shape, k, new byte[k * shape.size()]), new int[k], new double[k],
                            1.0, 100));
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Start
    void start(Stage stage) {
        QualityViewModel vm = new QualityViewModel(snapshots, session, Runnable::run);
        TestStages.show(stage, new Scene(new QualityView(vm).getRoot(), 420, 480));
    }

    private void publish(QualityHistory q) {
        snapshots.set(new SessionSnapshot(1, SessionState.PAUSED,
                TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING), 100, null, MetricsView.EMPTY, 0,
                List.of(), null, null, null, null, null, 1e-3, 1e-3, 1, 50, 0, -1, q, null));
    }

    @Test
    void chartsTheMeasurementsAndExplainsThem(FxRobot robot) {
        QualityHistory h = QualityHistory.EMPTY;
        for (int i = 1; i <= 3; i++) {
            h = h.with(new QualityFigures(i * 50L, 100.0 / i, 0.1, 0.01, 0.5, 0.5, 1, 0.5, 1, 512, 30));
        }
        QualityHistory all = h;
        robot.interact(() -> publish(all));
        LineChart<?, ?> chart = robot.lookup("#qualityChart").queryAs(LineChart.class);
        assertEquals(3, chart.getData().get(0).getData().size());
        Label figures = robot.lookup("#qualityFigures").queryAs(Label.class);
        assertTrue(figures.getText().startsWith("FID 33.33"), figures.getText());
        assertNotNull(figures.getTooltip());
        assertTrue(figures.getTooltip().getText().contains("this dataset only"));
    }

    @Test
    void searchesAndShowsTheNeighbours(FxRobot robot) {
        robot.interact(() -> publish(QualityHistory.EMPTY));
        robot.interact(() -> robot.lookup("#neighbourPane").queryAs(TitledPane.class).setExpanded(true));
        Button find = robot.lookup("#findNeighbours").queryAs(Button.class);
        robot.interact(find::fire);
        RasterImageView images = robot.lookup("#neighbourImages").queryAs(RasterImageView.class);
        assertNotNull(images.shownRaster(), "the generated image and its neighbours are shown");
        Label text = robot.lookup("#neighbourText").queryAs(Label.class);
        assertTrue(text.getText().contains("nearest of 100 training images"), text.getText());
    }
}
