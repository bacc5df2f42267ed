package org.ganstudio.ui.slowmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.ClassroomFakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the slow-motion window, traces a step and walks through all its stages forward and back. */
@ExtendWith(ApplicationExtension.class)
class SlowMotionViewTest {

    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(
            ClassroomFakes.snapshot(1, SessionState.PAUSED, 7));
    private Stage window;

    @Start
    void start(Stage primary) {
        Texts.useLocale(Locale.ENGLISH);
        Map<String, Function<Object[], Object>> answers = Map.of("traceStep",
                a -> ClassroomFakes.done(ClassroomFakes.trace(7, true, true)));
        SlowMotionViewModel vm = new SlowMotionViewModel(ClassroomFakes.session(ClassroomFakes.calls(), answers),
                snapshots, Runnable::run);
        window = new SlowMotionWindow(vm, null).show(null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::hide);   // its own stage: do not leave it over the next test class
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#stageTitle").queryAs(Label.class).getText();
    }

    @Test
    void stepsForwardThroughEveryStageAndBack(FxRobot robot) {
        Button back = robot.lookup("#stageBack").queryAs(Button.class);
        Button forward = robot.lookup("#stageForward").queryAs(Button.class);
        assertTrue(forward.isDisabled(), "nothing to walk through before a traced step");
        robot.clickOn("#traceStep");
        int n = SlowMotionStage.values().length;
        Set<String> titles = new HashSet<>();
        titles.add(title(robot));
        String firstTitle = title(robot);
        assertTrue(back.isDisabled());
        for (int i = 1; i < n; i++) {
            String before = title(robot);
            robot.clickOn("#stageForward");
            assertFalse(before.equals(title(robot)), "the stage text changes at stage " + (i + 1));
            assertTrue(robot.lookup("#slowProgress").queryAs(Label.class).getText().startsWith("Stage " + (i + 1)),
                    robot.lookup("#slowProgress").queryAs(Label.class).getText());
            titles.add(title(robot));
        }
        assertEquals(n, titles.size(), "six different stages");
        assertTrue(forward.isDisabled(), "the last stage");
        for (int i = 1; i < n; i++) {
            robot.clickOn("#stageBack");
        }
        assertEquals(firstTitle, title(robot));
        assertTrue(back.isDisabled());
        robot.clickOn("#stage-" + SlowMotionStage.LOSSES.key());
        assertEquals(SlowMotionStage.LOSSES.ordinal() + 1 + "", robot.lookup("#slowProgress").queryAs(Label.class)
                .getText().replaceAll("^Stage (\\d+).*", "$1"));
    }

    @Test
    void everyStageTitleFitsItsRowEvenTheCurrentOne(FxRobot robot) {
        robot.clickOn("#traceStep");
        for (SlowMotionStage current : SlowMotionStage.values()) {
            robot.clickOn("#stage-" + current.key());
            for (SlowMotionStage s : SlowMotionStage.values()) {
                Button b = robot.lookup("#stage-" + s.key()).queryAs(Button.class);
                double[] widths = new double[2];
                robot.interact(() -> {
                    widths[0] = b.getWidth();
                    widths[1] = b.prefWidth(-1);
                });
                assertTrue(widths[0] + 0.5 >= widths[1], "\"" + b.getText() + "\" is cut short: " + widths[0]
                        + " px of " + widths[1] + " with stage " + current.key() + " shown");
            }
        }
    }
}
