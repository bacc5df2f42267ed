package org.ganstudio.ui.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ganstudio.model.RealAndFake;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.Texts;

/**
 * "Real or fake?" (the human evaluation of the seed FAQ): deals a shuffled round of training images and images of
 * the current generator, takes one player's answers or a class's show of hands, then reveals which were which,
 * the fool rate and the accuracy, and keeps one fool-rate point per round for the run. Works while training runs
 * (the session draws the round between two steps). The answers live in the round ({@link GameRound}) and reach
 * the cards only when revealed.
 */
public final class GameViewModel {

    /** Where a round is. */
    public enum Phase { NONE, DEALING, PLAYING, REVEALED }

    private static final int MIN_SIDE = 96;

    private final TrainingControl session;
    private final Consumer<Runnable> uiThread;
    private final LongSupplier seeds;
    private final ObjectProperty<GameMode> mode = new SimpleObjectProperty<>(this, "mode", GameMode.SINGLE);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.NONE);
    private final ReadOnlyBooleanWrapper hasRun = new ReadOnlyBooleanWrapper(this, "hasRun");
    private final ObservableList<GameCard> cards = FXCollections.observableArrayList();
    private final ObservableList<RoundScore> history = FXCollections.observableArrayList();
    // one read-only view each, kept: a fresh wrapper per call would drop its listeners when collected
    private final ObservableList<GameCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<RoundScore> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper countsProblem = new ReadOnlyStringWrapper(this, "countsProblem", "");
    private final StringProperty saidReal = new SimpleStringProperty(this, "saidReal", "");
    private final StringProperty saidFake = new SimpleStringProperty(this, "saidFake", "");
    private final StringProperty classSize = new SimpleStringProperty(this, "classSize", "");
    private final ReadOnlyBooleanWrapper allVoted = new ReadOnlyBooleanWrapper(this, "allVoted");
    private final BooleanBinding canDeal = hasRun.and(phase.isNotEqualTo(Phase.DEALING));
    private final BooleanBinding canReveal = phase.isEqualTo(Phase.PLAYING).and(allVoted);
    private final BooleanBinding playing = phase.isEqualTo(Phase.PLAYING);
    private GameRound round;
    private long request;
    private long runStep;

    /**
     * @param uiThread runs an action on the UI thread (the app's runner; tests run it at once)
     * @param seeds    a new seed per round (the shuffle and the images picked)
     */
    public GameViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                         Consumer<Runnable> uiThread, LongSupplier seeds) {
        this.session = Objects.requireNonNull(session, "session");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        snapshots.subscribe(this::sessionChanged);
        mode.subscribe(m -> clearRound());
        for (StringProperty p : List.of(saidReal, saidFake, classSize)) {
            p.subscribe(v -> countsProblem.set(""));
        }
    }

    private void sessionChanged(SessionSnapshot s) {
        boolean run = s != null && s.config() != null && s.plane() == null;
        hasRun.set(run);
        long step = s == null ? 0 : s.step();
        if (!run || step < runStep) {
            history.clear();   // a reset or another experiment: its fool rates belong to another run
        }
        runStep = step;
        if (!run) {
            message.set(Texts.get("game.noRun"));
        } else if (message.get().equals(Texts.get("game.noRun"))) {
            message.set("");
        }
    }

    /** Deals a new round at the current step (any unfinished round is dropped). */
    public void deal() {
        if (!canDeal.get()) {
            return;
        }
        clearRound();
        long id = ++request;
        long seed = seeds.getAsLong();
        GameMode m = mode.get();
        phase.set(Phase.DEALING);
        message.set("");
        status.set(Texts.get("game.dealing"));
        session.realAndFake(m.imagesOfEachKind(), seed)
                .thenApply(draw -> GameRound.deal(draw, seed, m == GameMode.PROJECTOR ? 3 * MIN_SIDE : MIN_SIDE))
                .whenComplete((r, e) -> uiThread.accept(() -> {
                    if (id != request) {
                        return;   // a newer round or another mode was asked for meanwhile
                    }
                    if (e != null) {
                        phase.set(Phase.NONE);
                        status.set("");
                        message.set(failure(e));
                        return;
                    }
                    start(r);
                }));
    }

    private void start(GameRound r) {
        if (r.size() == 0) {
            phase.set(Phase.NONE);
            status.set("");
            message.set(Texts.get("game.noImages"));
            return;
        }
        round = r;
        List<GameCard> dealt = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            dealt.add(card(i));
        }
        cards.setAll(dealt);
        selected.set(0);
        phase.set(Phase.PLAYING);
        message.set(r.step() == 0 ? Texts.get("game.untrained") : "");
        updateStatus();
    }

    private static String failure(Throwable e) {
        SessionException s = SessionException.of(e);
        return switch (s.kind()) {
            case NOT_READY -> Texts.get("game.noRun");
            case CLOSED -> Texts.get("game.error.closed");
            default -> Texts.get("game.error.failed", s.getMessage());
        };
    }

    private void clearRound() {
        request++;
        round = null;
        cards.clear();
        selected.set(-1);
        allVoted.set(false);
        result.set("");
        status.set("");
        countsProblem.set("");
        phase.set(Phase.NONE);
    }

    /** The player's answer for {@code card} (single-player mode); a second click changes it. */
    public void guess(int card, Guess guess) {
        if (!playing.get() || card < 0 || card >= round.size() || guess == null) {
            return;
        }
        round.guess(card, guess);
        refresh(card);
    }

    /** Answers the selected card and moves on to the next one without an answer (the R and F keys). */
    public void guessSelected(Guess guess) {
        int card = selected.get();
        if (!playing.get() || card < 0) {
            return;
        }
        guess(card, guess);
        for (int k = 1; k <= round.size(); k++) {
            int next = (card + k) % round.size();
            if (!round.hasVote(next)) {
                selected.set(next);
                return;
            }
        }
    }

    /** Moves the selection by {@code delta} cards (the arrow keys), within the round. */
    public void moveSelection(int delta) {
        if (round == null) {
            return;
        }
        selected.set(Math.max(0, Math.min(round.size() - 1, selected.get() + delta)));
    }

    public void select(int card) {
        if (round != null && card >= 0 && card < round.size()) {
            selected.set(card);
        }
    }

    /** Takes the typed show of hands for the selected image (projector mode) and goes to the next image. */
    public boolean recordCounts() {
        int card = selected.get();
        if (!playing.get() || card < 0) {
            return false;
        }
        ClassCounts.Result r = ClassCounts.parse(saidReal.get(), saidFake.get(), classSize.get());
        if (!r.ok()) {
            countsProblem.set(Texts.get(problemKey(r.problem())));
            return false;
        }
        round.vote(card, r.saidReal(), r.saidFake());
        refresh(card);
        saidReal.set("");
        saidFake.set("");
        if (card + 1 < round.size()) {
            selected.set(card + 1);
        }
        return true;
    }

    private static String problemKey(ClassCounts.Problem p) {
        return switch (p) {
            case EMPTY -> "game.counts.empty";
            case NOT_A_NUMBER -> "game.counts.not_a_number";
            case NEGATIVE -> "game.counts.negative";
            case NO_HANDS -> "game.counts.no_hands";
            case BAD_CLASS_SIZE -> "game.counts.bad_class_size";
            case MORE_THAN_CLASS -> "game.counts.more_than_class";
        };
    }

    /** Shows which were which, counts the round and adds its fool rate to the history. */
    public void reveal() {
        if (!canReveal.get()) {
            return;
        }
        round.reveal();
        for (int i = 0; i < round.size(); i++) {
            refresh(i);
        }
        RoundScore s = round.score();
        history.add(s);
        phase.set(Phase.REVEALED);
        result.set(resultText(s, mode.get()));
        status.set(Texts.get("game.revealed", round.step()));
    }

    static String resultText(RoundScore s, GameMode m) {
        String fool = Texts.get(m == GameMode.SINGLE ? "game.result.foolSingle" : "game.result.foolClass",
                percent(s.foolRate()), s.fakeCalledReal(), s.fakeCalledReal() + s.fakeCalledFake());
        String accuracy = Texts.get(m == GameMode.SINGLE ? "game.result.accuracySingle" : "game.result.accuracyClass",
                percent(s.accuracy()), s.correct(), s.votes());
        return fool + "\n" + accuracy + "\n" + Texts.get(verdictKey(s.foolRate()));
    }

    private static String verdictKey(double foolRate) {
        if (Double.isNaN(foolRate)) {
            return "game.verdict.none";
        }
        if (foolRate >= 0.4) {
            return "game.verdict.fooled";
        }
        return foolRate >= 0.15 ? "game.verdict.some" : "game.verdict.spotted";
    }

    /** "38 %", or "—" when there is nothing to count. */
    public static String percent(double share) {
        return Double.isFinite(share) ? Texts.get("game.percent", Math.round(share * 100)) : "—";
    }

    private void refresh(int i) {
        Boolean real = round.revealed() ? round.isReal(i) : null;
        cards.set(i, card(i, real));
        allVoted.set(round.allVoted());
        updateStatus();
    }

    private GameCard card(int i) {
        return card(i, null);
    }

    private GameCard card(int i, Boolean real) {
        Guess g = null;
        if (mode.get() == GameMode.SINGLE && round.hasVote(i)) {
            g = round.saidReal(i) > 0 ? Guess.REAL : Guess.FAKE;
        }
        return new GameCard(i, round.image(i), g, round.hasVote(i), round.saidReal(i), round.saidFake(i), real);
    }

    private void updateStatus() {
        if (round == null || round.revealed()) {
            return;
        }
        status.set(Texts.get(mode.get() == GameMode.SINGLE ? "game.status.single" : "game.status.projector",
                round.votedCount(), round.size(), round.step(), round.realCount()));
    }

    public ObjectProperty<GameMode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True when there is an image experiment to play with. */
    public ReadOnlyBooleanProperty hasRunProperty() {
        return hasRun.getReadOnlyProperty();
    }

    /** The cards of the round, in the shuffled order; empty between rounds. */
    public ObservableList<GameCard> cards() {
        return cardsView;
    }

    /** One score per revealed round of this run, oldest first (the fool rate over training steps). */
    public ObservableList<RoundScore> history() {
        return historyView;
    }

    /** The card the keys act on (single player) or the image on show (projector); -1 without a round. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Why no round can be played (no experiment yet, a failure), or a hint; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "5 of 16 answered · step 120". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Fool rate, accuracy and a verdict after the round; empty before. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What is wrong with the typed counts; empty when nothing is. */
    public ReadOnlyStringProperty countsProblemProperty() {
        return countsProblem.getReadOnlyProperty();
    }

    public StringProperty saidRealProperty() {
        return saidReal;
    }

    public StringProperty saidFakeProperty() {
        return saidFake;
    }

    /** Students in the room, optional: counts above it are refused. */
    public StringProperty classSizeProperty() {
        return classSize;
    }

    public BooleanBinding canDealProperty() {
        return canDeal;
    }

    public BooleanBinding canRevealProperty() {
        return canReveal;
    }

    public BooleanBinding playingProperty() {
        return playing;
    }

    /** The round's size in the current mode. */
    public int roundSize() {
        return 2 * mode.get().imagesOfEachKind();
    }
}
