package org.ganstudio.ui.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.model.RealAndFake;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.ClassroomFakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GameViewModelTest {

    private final List<String> calls = ClassroomFakes.calls();
    private final SimpleObjectProperty<SessionSnapshot> snapshots = new SimpleObjectProperty<>(
            ClassroomFakes.snapshot(1, SessionState.EMPTY, 0));
    private Function<Object[], Object> answer = a -> ClassroomFakes.done(
            ClassroomFakes.round(snapshots.get().step(), (Integer) a[0]));
    private long seed = 42;
    private GameViewModel vm;

    @BeforeEach
    void build() {
        Texts.useLocale(Locale.ENGLISH);
        Map<String, Function<Object[], Object>> answers = Map.of("realAndFake", a -> answer.apply(a));
        vm = new GameViewModel(ClassroomFakes.session(calls, answers), snapshots, Runnable::run, () -> seed);
    }

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    /** Real images of ClassroomFakes.round have grey levels below 100, fakes 100 and above. */
    private static boolean looksReal(GameCard c) {
        return (c.image().argb(0, 0) & 0xff) < 100;
    }

    private void training(long step) {
        snapshots.set(ClassroomFakes.snapshot(step + 2, SessionState.TRAINING, step));
    }

    @Test
    void withoutAnExperimentItSaysSoAndAsksNothing() {
        assertFalse(vm.canDealProperty().get());
        assertTrue(vm.messageProperty().get().contains("dataset"), vm.messageProperty().get());
        vm.deal();
        assertTrue(calls.isEmpty());
        training(5);
        assertTrue(vm.canDealProperty().get(), "playable while training runs");
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void aRoundIsASeededShuffleOfEightRealAndEightFake() {
        training(120);
        vm.deal();
        assertEquals(List.of("realAndFake 8"), calls);
        assertEquals(GameViewModel.Phase.PLAYING, vm.phaseProperty().get());
        List<GameCard> cards = vm.cards();
        assertEquals(16, cards.size());
        assertEquals(8, cards.stream().filter(GameViewModelTest::looksReal).count());
        assertTrue(cards.stream().allMatch(c -> c.real() == null), "no answer before the reveal");
        List<Boolean> first = cards.stream().map(GameViewModelTest::looksReal).toList();
        assertNotEquals(List.of(true, true, true, true, true, true, true, true, false, false, false, false, false,
                false, false, false), first, "shuffled, not real first");

        vm.deal();   // same seed: same order
        assertEquals(first, vm.cards().stream().map(GameViewModelTest::looksReal).toList());
        seed = 7;
        vm.deal();
        assertNotEquals(first, vm.cards().stream().map(GameViewModelTest::looksReal).toList());
    }

    @Test
    void clicksAreScoredAfterTheRevealAndTheFoolRateIsKept() {
        training(120);
        vm.deal();
        List<GameCard> cards = vm.cards();
        // call every real image real; call the first three fakes real too, the other five fake
        int fakesCalledReal = 0;
        for (GameCard c : cards) {
            boolean real = looksReal(c);
            Guess g = real || fakesCalledReal < 3 ? Guess.REAL : Guess.FAKE;
            if (!real && g == Guess.REAL) {
                fakesCalledReal++;
            }
            assertFalse(vm.canRevealProperty().get(), "not before every card has an answer");
            vm.guess(c.index(), g);
        }
        assertTrue(vm.canRevealProperty().get());
        vm.reveal();
        assertEquals(GameViewModel.Phase.REVEALED, vm.phaseProperty().get());
        for (GameCard c : vm.cards()) {
            assertEquals(looksReal(c), c.real(), "the reveal tells which were which");
        }
        assertEquals(13, vm.cards().stream().filter(c -> Boolean.TRUE.equals(c.right())).count());
        RoundScore s = vm.history().get(0);
        assertEquals(3.0 / 8, s.foolRate(), 1e-12);
        assertEquals(13.0 / 16, s.accuracy(), 1e-12);
        assertEquals(120, s.step());
        assertTrue(vm.resultProperty().get().contains("38 %"), vm.resultProperty().get());
        assertTrue(vm.resultProperty().get().contains("81 %"), vm.resultProperty().get());

        vm.guess(0, Guess.FAKE);   // after the reveal: ignored
        assertEquals(3.0 / 8, vm.history().get(0).foolRate(), 1e-12);
        training(240);
        vm.deal();
        vm.cards().forEach(c -> vm.guess(c.index(), Guess.FAKE));
        vm.reveal();
        assertEquals(List.of(120L, 240L), vm.history().stream().map(RoundScore::step).toList());
        assertEquals(0.0, vm.history().get(1).foolRate());
        snapshots.set(ClassroomFakes.snapshot(99, SessionState.READY, 0));
        assertTrue(vm.history().isEmpty(), "a reset starts a new history");
    }

    @Test
    void keysAnswerTheSelectedCardAndMoveOn() {
        training(10);
        vm.deal();
        assertEquals(0, vm.selectedProperty().get());
        vm.guessSelected(Guess.REAL);
        assertEquals(1, vm.selectedProperty().get());
        assertEquals(Guess.REAL, vm.cards().get(0).guess());
        vm.moveSelection(5);
        assertEquals(6, vm.selectedProperty().get());
        vm.moveSelection(100);
        assertEquals(15, vm.selectedProperty().get());
        vm.guessSelected(Guess.FAKE);
        assertEquals(1, vm.selectedProperty().get(), "wraps round to the first card without an answer");
        assertEquals(Guess.FAKE, vm.cards().get(15).guess());
        vm.moveSelection(-100);
        assertEquals(0, vm.selectedProperty().get());
    }

    @Test
    void theClassCountsGiveTheFoolRate() {
        training(300);
        vm.modeProperty().set(GameMode.PROJECTOR);
        vm.deal();
        assertEquals(List.of("realAndFake 3"), calls);
        assertEquals(6, vm.cards().size());
        vm.classSizeProperty().set("21");
        int hands = 0;
        int fooled = 0;
        for (int i = 0; i < 6; i++) {
            assertEquals(i, vm.selectedProperty().get());
            boolean real = looksReal(vm.cards().get(i));
            int saidReal = real ? 15 : 5 + i;
            vm.saidRealProperty().set(Integer.toString(saidReal));
            vm.saidFakeProperty().set(Integer.toString(21 - saidReal));
            assertTrue(vm.recordCounts(), vm.countsProblemProperty().get());
            if (!real) {
                fooled += saidReal;
                hands += 21;
            }
        }
        vm.reveal();
        RoundScore s = vm.history().get(0);
        assertEquals((double) fooled / hands, s.foolRate(), 1e-12);
        assertEquals(126, s.votes());
        assertTrue(vm.resultProperty().get().contains(fooled + " of " + hands + " hands"), vm.resultProperty().get());
    }

    @Test
    void badCountsGetAClearMessageAndAreNotTaken() {
        training(300);
        vm.modeProperty().set(GameMode.PROJECTOR);
        vm.deal();
        vm.classSizeProperty().set("20");
        String[][] bad = {{"", "9"}, {"12", " "}, {"twelve", "9"}, {"1.5", "9"}, {"-3", "9"}, {"12", "9"}, {"0", "0"}};
        String[] expected = {"both counts", "both counts", "whole numbers", "whole numbers", "negative",
                "more than the class size", "No hands"};
        for (int k = 0; k < bad.length; k++) {
            vm.saidRealProperty().set(bad[k][0]);
            vm.saidFakeProperty().set(bad[k][1]);
            assertFalse(vm.recordCounts(), String.join(",", bad[k]));
            assertTrue(vm.countsProblemProperty().get().contains(expected[k]), vm.countsProblemProperty().get());
            assertFalse(vm.cards().get(0).votes());
            assertEquals(0, vm.selectedProperty().get(), "stays on the image");
        }
        vm.classSizeProperty().set("a lot");
        vm.saidRealProperty().set("3");
        assertTrue(vm.countsProblemProperty().get().isEmpty(), "typing clears the message");
        assertFalse(vm.recordCounts());
        assertTrue(vm.countsProblemProperty().get().contains("class size"));
        vm.classSizeProperty().set("");
        vm.saidRealProperty().set("１２");   // full-width digits from a Chinese keyboard
        vm.saidFakeProperty().set("9");
        assertTrue(vm.recordCounts());
        assertEquals(12, vm.cards().get(0).saidReal());
        assertEquals("", vm.saidRealProperty().get(), "cleared for the next image");
    }

    @Test
    void theAnswerIsHiddenUntilTheReveal() {
        GameRound r = GameRound.deal(ClassroomFakes.round(3, 2), 1, 8);
        assertThrows(IllegalStateException.class, () -> r.isReal(0));
        assertThrows(IllegalStateException.class, r::score);
        r.reveal();
        assertThrows(IllegalStateException.class, () -> r.guess(0, Guess.REAL));
        int real = 0;
        for (int i = 0; i < r.size(); i++) {
            real += r.isReal(i) ? 1 : 0;
        }
        assertEquals(2, real);
        assertTrue(Double.isNaN(r.score().foolRate()), "no votes: no fool rate");
        assertEquals("—", GameViewModel.percent(r.score().foolRate()));
        assertFalse(r.toString().contains("true"), "the answers never reach a log line");
    }

    @Test
    void failuresAreSaidInWords() {
        training(5);
        answer = a -> CompletableFuture.failedFuture(new SessionException(SessionException.Kind.NOT_READY, "x"));
        vm.deal();
        assertEquals(GameViewModel.Phase.NONE, vm.phaseProperty().get());
        assertTrue(vm.messageProperty().get().contains("dataset"));
        answer = a -> ClassroomFakes.done(new RealAndFake(5, ClassroomFakes.images(5,
                ClassroomFakes.CONFIG.imageShape(), 0, 0), ClassroomFakes.images(5, ClassroomFakes.CONFIG.imageShape(),
                0, 0), new float[0]));
        vm.deal();
        assertTrue(vm.messageProperty().get().contains("no images"), vm.messageProperty().get());
        assertTrue(vm.cards().isEmpty());
        assertTrue(vm.canDealProperty().get(), "can try again");
    }
}
