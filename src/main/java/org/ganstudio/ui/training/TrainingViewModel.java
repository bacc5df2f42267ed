package org.ganstudio.ui.training;

import java.util.Objects;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.ExperimentSettings;
import org.ganstudio.ui.common.Texts;

/**
 * Training controls: builds the experiment from the form and the data when needed, starts, pauses, steps and resets
 * it. Live settings go out through {@link LiveSettingsSync}, the status text comes from {@link TrainingStatus}, and
 * changes that need fresh networks wait in {@link PendingChanges}.
 */
public final class TrainingViewModel {

    private final TrainingControl session;
    private final ObservableValue<SessionSnapshot> snapshots;
    private final ExperimentSettings settings;
    private final ObservableValue<DataSelection> data;
    private final Confirmer confirmer;
    private final TrainingStatus status;
    private final LiveSettingsSync live;
    private final BuiltExperiment built = new BuiltExperiment();
    private final PendingChanges pending;
    private final ReadOnlyBooleanWrapper hasExperiment = new ReadOnlyBooleanWrapper(this, "hasExperiment");

    private final BooleanBinding training;
    private final BooleanBinding canStart;
    private final BooleanBinding canPauseOrResume;
    private final BooleanBinding canStop;
    private final BooleanBinding canReset;
    private final ObservableValue<String> pauseResumeText;

    public TrainingViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                             ExperimentSettings settings, ObservableValue<DataSelection> data,
                             Confirmer confirmer, LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.data = Objects.requireNonNull(data, "data");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.status = new TrainingStatus(nanoClock);
        this.live = new LiveSettingsSync(session);
        this.pending = new PendingChanges(settings, built, confirmer, this::applyChanges);

        ReadOnlyObjectProperty<SessionState> state = status.stateProperty();
        BooleanExpression valid = BooleanExpression.booleanExpression(settings.validProperty());
        training = state.isEqualTo(SessionState.TRAINING);
        BooleanBinding busy = state.isEqualTo(SessionState.LOADING).or(state.isEqualTo(SessionState.CLOSED));
        BooleanBinding haveData = Bindings.createBooleanBinding(() -> data.getValue() != null, data);
        BooleanBinding ready = valid.and(haveData.or(hasExperiment)).and(busy.not());
        canStart = ready.and(training.not());
        canPauseOrResume = training.or(state.isEqualTo(SessionState.PAUSED).and(ready));
        canStop = training;
        canReset = hasExperiment.and(busy.not()).and(valid);
        pauseResumeText = state.map(s -> s == SessionState.PAUSED ? Texts.get("training.resume") : Texts.get("training.pause"));

        snapshots.subscribe(this::onSnapshot);
        settings.configProperty().subscribe(c -> settingsChanged());
        settings.sampleIntervalProperty().subscribe(n -> sendLiveSettings());
        settings.targetStepsProperty().subscribe(n -> sendLiveSettings());
        data.subscribe(d -> settingsChanged());
    }

    // ---- outputs ----

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return status.stateProperty();
    }

    /** "idle", "loading", "training", "paused", "diverged" or "closed". */
    public ReadOnlyStringProperty stateTextProperty() {
        return status.stateTextProperty();
    }

    public ReadOnlyLongProperty stepProperty() {
        return status.stepProperty();
    }

    /** E.g. "42.0 steps/s", "" when not training. */
    public ReadOnlyStringProperty speedTextProperty() {
        return status.speedTextProperty();
    }

    /** "ETA 2:05 to step 5000" with a stop step, else "elapsed 1:02". */
    public ReadOnlyStringProperty timeTextProperty() {
        return status.timeTextProperty();
    }

    /** The session's last status message, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    /** What went wrong and what to try while the session is diverged, else "". */
    public ReadOnlyStringProperty divergedMessageProperty() {
        return status.divergedMessageProperty();
    }

    /** True when changed settings (or data) wait for a reset because training already began. */
    public ReadOnlyBooleanProperty pendingRebuildProperty() {
        return pending.pendingProperty();
    }

    public ReadOnlyBooleanProperty hasExperimentProperty() {
        return hasExperiment.getReadOnlyProperty();
    }

    public BooleanBinding trainingProperty() {
        return training;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canPauseOrResumeProperty() {
        return canPauseOrResume;
    }

    public ObservableValue<String> pauseResumeTextProperty() {
        return pauseResumeText;
    }

    public BooleanBinding canStepProperty() {
        return canStart;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    // ---- commands ----

    /** Starts training, building the experiment first when there is none or nothing was trained yet. */
    public void start() {
        if (canStart.get()) {
            buildIfNeeded();
            session.start();
        }
    }

    /** Space: pauses while training, resumes while paused. */
    public void togglePause() {
        if (!canPauseOrResume.get()) {
            return;
        }
        if (training.get()) {
            session.pause();
        } else {
            session.start();
        }
    }

    /** Pauses and keeps the networks, as Pause does; offered separately for people who look for "Stop". */
    public void stop() {
        if (canStop.get()) {
            session.pause();
        }
    }

    public void step(StepKind kind) {
        if (canStart.get()) {
            buildIfNeeded();
            session.step(kind);
        }
    }

    /** Back to step 0 after asking; changed settings are applied on the way. */
    public void reset() {
        if (!canReset.get()) {
            return;
        }
        if (stepProperty().get() > 0 && !confirmer.confirm(Texts.get("training.reset.title"),
                Texts.get("training.reset.message"), Texts.get("training.reset"))) {
            return;
        }
        if (needsRebuild() && settings.config() != null && currentData() != null) {
            build();
        } else {
            session.reset();
        }
    }

    /** The form was committed (a field left, a choice made): asks once about a change that needs a reset. */
    public void settingsCommitted() {
        pending.committed();
    }

    /** Asks whether to reset and apply the pending changes, and does so if the user agrees. */
    public void applyChangesAfterAsking() {
        pending.askAndApply();
    }

    /** Rebuilds with the form's settings now, discarding the trained networks (the caller has asked). */
    public void applyChanges() {
        if (settings.config() == null || currentData() == null) {
            return;
        }
        boolean wasTraining = training.get();
        build();
        if (wasTraining) {
            session.start();
        }
    }

    /** The first thing to try after divergence: halves both learning rates (applied live). */
    public void halveLearningRates() {
        ExperimentConfig c = settings.config();
        if (c != null) {
            settings.setLiveValues(c.generatorOptimizer().learningRate() / 2,
                    c.discriminatorOptimizer().learningRate() / 2, c.discriminatorSteps());
        }
    }

    /** Puts the form back to the running experiment's settings. */
    public void revertChanges() {
        SessionSnapshot s = snapshots.getValue();
        if (!built.exists()) {
            return;
        }
        settings.load(built.config());
        if (s != null && s.config() != null) {
            settings.setLiveValues(s.generatorLearningRate(), s.discriminatorLearningRate(), s.discriminatorSteps());
        }
    }

    /** Builds a fresh experiment from the form and the data (New); does nothing without data or a valid form. */
    public void newExperiment() {
        if (settings.config() != null && currentData() != null) {
            build();
        }
    }

    /**
     * An experiment was opened: it is now what the session runs. Shows its settings (with the live values the
     * session reports, which may differ from the saved config) without sending them back to the session.
     */
    public void adoptOpened(ExperimentConfig config, DataSelection opened) {
        built.forget(); // no live updates while the form is refilled
        settings.load(config);
        SessionSnapshot s = session.snapshot();
        boolean liveValues = s != null && config.equals(s.config()) && s.generatorLearningRate() > 0
                && s.discriminatorLearningRate() > 0 && s.discriminatorSteps() > 0;
        if (liveValues) {
            settings.setLiveValues(s.generatorLearningRate(), s.discriminatorLearningRate(), s.discriminatorSteps());
            if (s.sampleInterval() > 0) {
                settings.setSampleInterval(s.sampleInterval());
            }
        }
        built.set(config, opened);
        live.opened(config, s, liveValues);
        status.restartClock();
        hasExperiment.set(true);
        sendLiveSettings();
        updatePending();
    }

    // ---- internals ----

    private DataSelection currentData() {
        DataSelection d = data.getValue();
        return d != null ? d : built.data();
    }

    private void buildIfNeeded() {
        if (!built.exists() || (stepProperty().get() == 0 && needsRebuild())) {
            build();
        }
    }

    private void build() {
        ExperimentConfig c = settings.config();
        DataSelection d = currentData();
        if (c == null || d == null) {
            return;
        }
        session.newExperiment(c, d.dataset(), d.reference());
        built.set(c, d);
        live.built(c);
        status.restartClock();
        hasExperiment.set(true);
        sendLiveSettings();
        updatePending();
    }

    /** Whether the form or the data differ from the running experiment in more than the live settings. */
    boolean needsRebuild() {
        return built.needsRebuild(settings.config(), data.getValue());
    }

    private void settingsChanged() {
        sendLiveSettings();
        updatePending();
    }

    private void sendLiveSettings() {
        if (built.exists()) {
            live.send(settings.config(), settings.validProperty().get(), settings.sampleIntervalProperty().get(),
                    settings.targetStepsProperty().get());
        }
    }

    private void updatePending() {
        pending.update(stepProperty().get() > 0, needsRebuild());
    }

    private void onSnapshot(SessionSnapshot s) {
        if (s == null) {
            return;
        }
        status.update(s, settings.targetStepsProperty().get());
        if (s.state() != SessionState.EMPTY && s.config() != null && !built.exists()) {
            hasExperiment.set(true);
        }
        updatePending();
    }
}
