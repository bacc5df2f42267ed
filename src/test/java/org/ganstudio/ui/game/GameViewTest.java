package org.ganstudio.ui.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.ClassroomFakes;
import org.ganstudio.ui.testing.TestStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GameViewTest {

    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(
            ClassroomFakes.snapshot(1, SessionState.TRAINING, 50));
    private GameViewModel vm;

    @Start
    void start(Stage stage) {
        Texts.useLocale(Locale.ENGLISH);
        Map<String, Function<Object[], Object>> answers = Map.of("realAndFake",
                a -> ClassroomFakes.done(ClassroomFakes.round(50, (Integer) a[0])));
        vm = new GameViewModel(ClassroomFakes.session(ClassroomFakes.calls(), answers), snapshots, Runnable::run,
                () -> 3);
        TestStages.show(stage, new Scene(new GameView(vm).getRoot(), 1180, 700));
    }

    private static double cardWidth(FxRobot robot, int i) {
        javafx.scene.layout.Region card = robot.lookup("#gameCard-" + i).queryAs(javafx.scene.layout.Region.class);
        double[] w = new double[1];
        robot.interact(() -> w[0] = card.prefWidth(-1));
        return w[0];
    }

    private static boolean looksReal(GameCard c) {
        return (c.image().argb(0, 0) & 0xff) < 100;
    }

    @Test
    void onePlayerPlaysARoundByClicksAndKeys(FxRobot robot) {
        assertTrue(robot.lookup("#gameReveal").queryAs(Button.class).isDisabled());
        robot.clickOn("#gameDeal");
        assertEquals(16, vm.cards().size());
        assertTrue(robot.lookup("#gameAnswer-0").tryQuery().isEmpty(), "no answer shown during the round");
        List<GameCard> cards = List.copyOf(vm.cards());
        double unanswered = cardWidth(robot, 0);
        // click the right answer on the first eight cards, then type F for the rest
        for (int i = 0; i < 8; i++) {
            robot.clickOn((looksReal(cards.get(i)) ? "#gameReal-" : "#gameFake-") + i);
        }
        assertEquals(unanswered, cardWidth(robot, 0), 0.5, "an answered card keeps its width (the grid does not reflow)");
        robot.clickOn("#gameCard-8");
        for (int i = 8; i < 16; i++) {
            robot.type(KeyCode.F);
        }
        assertEquals("16 of 16 answered · step 50", robot.lookup("#gameStatus").queryAs(Label.class).getText());
        robot.clickOn("#gameReveal");
        long realsAmongLast = cards.subList(8, 16).stream().filter(GameViewTest::looksReal).count();
        long fakesLast = 8 - realsAmongLast;
        String result = robot.lookup("#gameResult").queryAs(Label.class).getText();
        assertTrue(result.contains("Fool rate 0 %"), result);
        assertTrue(result.contains((8 + fakesLast) + " of 16 right"), result);
        for (int i = 0; i < 16; i++) {
            String answer = robot.lookup("#gameAnswer-" + i).queryAs(Label.class).getText();
            assertTrue(answer.startsWith(looksReal(cards.get(i)) ? "Real" : "Fake"), answer);
        }
        assertEquals(1, vm.history().size());
    }

    @Test
    void aClassVotesInProjectorMode(FxRobot robot) {
        robot.clickOn("#gameProjector");
        robot.clickOn("#gameDeal");
        assertEquals(6, vm.cards().size());
        assertEquals("Image 1 of 6", robot.lookup("#gameBigCaption").queryAs(Label.class).getText());
        robot.clickOn("#gameSaidReal").write("x");
        robot.clickOn("#gameSaidFake").write("3");
        robot.clickOn("#gameRecord");
        assertTrue(robot.lookup("#gameCountsProblem").queryAs(Label.class).getText().contains("whole numbers"));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#gameSaidReal").eraseText(3).write("10");
            robot.clickOn("#gameSaidFake").eraseText(3).write("10");
            robot.clickOn("#gameRecord");
        }
        assertFalse(robot.lookup("#gameReveal").queryAs(Button.class).isDisabled());
        robot.clickOn("#gameReveal");
        String result = robot.lookup("#gameResult").queryAs(Label.class).getText();
        assertTrue(result.contains("Fool rate 50 %: 30 of 60 hands on fakes said real"), result);
        String answer = robot.lookup("#gameBigAnswer").queryAs(Label.class).getText();
        assertTrue(answer.startsWith(looksReal(vm.cards().get(5)) ? "Real" : "Fake"), answer);
    }
}
