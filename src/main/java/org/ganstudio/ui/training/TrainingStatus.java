package org.ganstudio.ui.training;

import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.ui.common.Texts;

/** Turns snapshots into the training status the user reads: state, step, speed, elapsed time or ETA, messages. */
final class TrainingStatus {

    private final LongSupplier nanoClock;
    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(this, "state", SessionState.EMPTY);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", Texts.get("training.state.idle"));
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper divergedMessage = new ReadOnlyStringWrapper(this, "divergedMessage", "");

    private long elapsedNanos;
    private long lastTrainingTick = Long.MIN_VALUE;

    TrainingStatus(LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty divergedMessageProperty() {
        return divergedMessage.getReadOnlyProperty();
    }

    /** A new experiment: the elapsed time starts again. */
    void restartClock() {
        elapsedNanos = 0;
    }

    /** Shows {@code s}; {@code stopAt} (0 = none) is the stop step the ETA counts towards. */
    void update(SessionSnapshot s, long stopAt) {
        long now = nanoClock.getAsLong();
        if (state.get() == SessionState.TRAINING && lastTrainingTick != Long.MIN_VALUE) {
            elapsedNanos += now - lastTrainingTick;
        }
        lastTrainingTick = s.state() == SessionState.TRAINING ? now : Long.MIN_VALUE;
        state.set(s.state());
        step.set(s.step());
        stateText.set(switch (s.state()) {
            case EMPTY, READY -> Texts.get("training.state.idle");
            case LOADING -> Texts.get("training.state.loading");
            case TRAINING -> Texts.get("training.state.training");
            case PAUSED -> Texts.get("training.state.paused");
            case DIVERGED -> Texts.get("training.state.diverged");
            case CLOSED -> Texts.get("training.state.closed");
        });
        message.set(s.message() != null ? SessionMessages.localize(s.message()) : "");
        divergedMessage.set(s.state() == SessionState.DIVERGED ? divergedText(s) : "");
        speedText.set(s.state() == SessionState.TRAINING && s.stepsPerSecond() > 0
                ? Texts.get("training.speed", String.format(Locale.ROOT, "%.1f", s.stepsPerSecond())) : "");
        timeText.set(timeText(s, stopAt));
    }

    private static String divergedText(SessionSnapshot s) {
        String m = s.message();
        return m == null || m.isBlank()
                ? Texts.get("training.diverged")
                : SessionMessages.localize(m);
    }

    private String timeText(SessionSnapshot s, long stopAt) {
        if (stopAt > 0 && s.step() < stopAt && s.state() == SessionState.TRAINING && s.stepsPerSecond() > 0) {
            long seconds = Math.round((stopAt - s.step()) / s.stepsPerSecond());
            return Texts.get("training.eta", clock(seconds), Long.toString(stopAt));
        }
        if (elapsedNanos > 0 || s.state() == SessionState.TRAINING) {
            return Texts.get("training.elapsed", clock(elapsedNanos / 1_000_000_000L));
        }
        return "";
    }

    /** Seconds as m:ss or h:mm:ss. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long sec = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
