package org.ganstudio.ui.training;

import java.util.Objects;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;

/**
 * Training controls and what they need to know: builds the experiment from the form and the data when needed,
 * starts, pauses, steps and resets it, applies learning rates and D:G steps live, asks before a settings change
 * throws away training, pauses at the stop step, and turns snapshots into status text (state, speed, time).
 */
public final class TrainingViewModel {

    private final TrainingControl session;
    private final ObservableValue<SessionSnapshot> snapshots;
    private final HyperparametersViewModel settings;
    private final ObservableValue<DataSelection> data;
    private final Confirmer confirmer;
    private final LongSupplier nanoClock;

    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(this, "state", SessionState.EMPTY);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "idle");
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper divergedMessage = new ReadOnlyStringWrapper(this, "divergedMessage", "");
    private final ReadOnlyBooleanWrapper pendingRebuild = new ReadOnlyBooleanWrapper(this, "pendingRebuild");
    private final ReadOnlyBooleanWrapper hasExperiment = new ReadOnlyBooleanWrapper(this, "hasExperiment");

    private final BooleanBinding training;
    private final BooleanBinding canStart;
    private final BooleanBinding canPauseOrResume;
    private final BooleanBinding canStep;
    private final BooleanBinding canStop;
    private final BooleanBinding canReset;
    private final ObservableValue<String> pauseResumeText;

    /** What the session was last asked to build (or opened); null before the first experiment. */
    private ExperimentConfig builtConfig;
    private DataSelection builtData;
    private ExperimentConfig declinedConfig;
    private double sentGeneratorLr = Double.NaN;
    private double sentDiscriminatorLr = Double.NaN;
    private int sentDiscriminatorSteps = -1;
    private int sentSampleInterval = -1;
    private long elapsedNanos;
    /** A status of this ViewModel's own (e.g. why it paused), shown until training resumes. */
    private String ownMessage;
    private long lastTrainingTick = Long.MIN_VALUE;

    public TrainingViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                             HyperparametersViewModel settings, ObservableValue<DataSelection> data,
                             Confirmer confirmer, LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.data = Objects.requireNonNull(data, "data");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");

        training = state.isEqualTo(SessionState.TRAINING);
        BooleanBinding busy = state.isEqualTo(SessionState.LOADING).or(state.isEqualTo(SessionState.CLOSED));
        BooleanBinding haveData = Bindings.createBooleanBinding(() -> data.getValue() != null, data);
        BooleanBinding ready = settings.validProperty().and(haveData.or(hasExperiment)).and(busy.not());
        canStart = ready.and(training.not());
        canPauseOrResume = training.or(state.isEqualTo(SessionState.PAUSED).and(ready));
        canStep = canStart;
        canStop = training;
        canReset = hasExperiment.and(busy.not()).and(settings.validProperty());
        pauseResumeText = state.map(s -> s == SessionState.PAUSED ? "Resume" : "Pause");

        snapshots.subscribe(this::onSnapshot);
        settings.configProperty().subscribe(c -> settingsChanged());
        settings.sampleIntervalProperty().subscribe(n -> sendLiveSettings());
        data.subscribe(d -> settingsChanged());
    }

    // ---- outputs ----

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "idle", "loading", "training", "paused", "diverged" or "closed". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** E.g. "42.0 steps/s", "" when not training. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** "ETA 2:05 to step 5000" with a stop step, else "elapsed 1:02". */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** The session's last status message, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong and what to try while the session is diverged, else "". */
    public ReadOnlyStringProperty divergedMessageProperty() {
        return divergedMessage.getReadOnlyProperty();
    }

    /** True when changed settings (or data) wait for a reset because training already began. */
    public ReadOnlyBooleanProperty pendingRebuildProperty() {
        return pendingRebuild.getReadOnlyProperty();
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
        return canStep;
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
        if (!canStart.get()) {
            return;
        }
        buildIfNeeded();
        session.start();
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
        if (!canStep.get()) {
            return;
        }
        buildIfNeeded();
        session.step(kind);
    }

    /** Back to step 0 after asking; changed settings are applied on the way. */
    public void reset() {
        if (!canReset.get()) {
            return;
        }
        if (step.get() > 0 && !confirmer.confirm("Reset training",
                "Start again from step 0? Training since the last save is lost.", "Reset")) {
            return;
        }
        if (needsRebuild() && settings.config() != null && currentData() != null) {
            build();
        } else {
            session.reset();
        }
    }

    /**
     * The form was committed (a field left, a choice made). If the change needs new networks and training already
     * began, asks once whether to reset and apply it now; otherwise the change waits (see {@link #pendingRebuildProperty()}).
     */
    public void settingsCommitted() {
        ExperimentConfig c = settings.config();
        if (c == null || !pendingRebuild.get() || c.equals(declinedConfig)) {
            return;
        }
        applyChangesAfterAsking();
    }

    /** Asks whether to reset and apply the pending changes, and does so if the user agrees. */
    public void applyChangesAfterAsking() {
        ExperimentConfig c = settings.config();
        if (c == null || !pendingRebuild.get()) {
            return;
        }
        if (confirmer.confirm("Apply changed settings", "These settings change the networks or the data, so "
                + "training has to start again from step 0. Reset and apply them now?\n\n"
                + "Choose Cancel to keep training with the current networks; the change stays in the form.", "Reset and apply")) {
            applyChanges();
        } else {
            declinedConfig = c;
        }
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
        if (builtConfig == null) {
            return;
        }
        settings.load(builtConfig);
        if (s != null && s.config() != null) {
            settings.setLiveValues(s.generatorLearningRate(), s.discriminatorLearningRate(), s.discriminatorSteps());
        }
    }

    /**
     * Builds a fresh experiment from the form and the data (New, or a dataset change confirmed elsewhere). Does
     * nothing without data or with an invalid form.
     */
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
        builtConfig = null; // no live updates while the form is refilled
        settings.load(config);
        SessionSnapshot s = session.snapshot();
        boolean live = s != null && config.equals(s.config()) && s.generatorLearningRate() > 0
                && s.discriminatorLearningRate() > 0 && s.discriminatorSteps() > 0;
        if (live) {
            settings.setLiveValues(s.generatorLearningRate(), s.discriminatorLearningRate(), s.discriminatorSteps());
            if (s.sampleInterval() > 0) {
                settings.setSampleInterval(s.sampleInterval());
            }
        }
        builtConfig = config;
        builtData = opened;
        declinedConfig = null;
        sentGeneratorLr = live ? s.generatorLearningRate() : config.generatorOptimizer().learningRate();
        sentDiscriminatorLr = live ? s.discriminatorLearningRate() : config.discriminatorOptimizer().learningRate();
        sentDiscriminatorSteps = live ? s.discriminatorSteps() : config.discriminatorSteps();
        sentSampleInterval = live && s.sampleInterval() > 0 ? s.sampleInterval() : -1;
        elapsedNanos = 0;
        hasExperiment.set(true);
        sendLiveSettings();
        updatePending();
    }

    // ---- internals ----

    private DataSelection currentData() {
        DataSelection d = data.getValue();
        return d != null ? d : builtData;
    }

    private void buildIfNeeded() {
        if (builtConfig == null || (step.get() == 0 && needsRebuild())) {
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
        builtConfig = c;
        builtData = d;
        declinedConfig = null;
        sentGeneratorLr = c.generatorOptimizer().learningRate();
        sentDiscriminatorLr = c.discriminatorOptimizer().learningRate();
        sentDiscriminatorSteps = c.discriminatorSteps();
        sentSampleInterval = -1;
        elapsedNanos = 0;
        hasExperiment.set(true);
        sendLiveSettings();
        updatePending();
    }

    /** Whether the form or the data differ from the running experiment in more than the live settings. */
    boolean needsRebuild() {
        if (builtConfig == null) {
            return true;
        }
        ExperimentConfig c = settings.config();
        DataSelection d = data.getValue();
        boolean dataChanged = d != null && builtData != null && d.dataset() != builtData.dataset();
        return dataChanged || (c != null && !sameExceptLiveSettings(c, builtConfig));
    }

    /** Equal apart from learning rates and D steps per G step, which apply to a running experiment. */
    static boolean sameExceptLiveSettings(ExperimentConfig a, ExperimentConfig b) {
        return withoutLive(a).equals(withoutLive(b));
    }

    private static ExperimentConfig withoutLive(ExperimentConfig c) {
        OptimizerSpec g = c.generatorOptimizer().withLearningRate(1);
        OptimizerSpec d = c.discriminatorOptimizer().withLearningRate(1);
        return c.withOptimizers(g, d).withDiscriminatorSteps(1);
    }

    private void settingsChanged() {
        sendLiveSettings();
        updatePending();
    }

    private void sendLiveSettings() {
        if (builtConfig == null) {
            return;
        }
        ExperimentConfig c = settings.config();
        if (c != null) {
            double gLr = c.generatorOptimizer().learningRate();
            double dLr = c.discriminatorOptimizer().learningRate();
            int k = c.discriminatorSteps();
            if (gLr != sentGeneratorLr || dLr != sentDiscriminatorLr || k != sentDiscriminatorSteps) {
                session.updateHyperparameters(gLr, dLr, k);
                sentGeneratorLr = gLr;
                sentDiscriminatorLr = dLr;
                sentDiscriminatorSteps = k;
            }
        }
        if (settings.validProperty().get() || c != null) {
            int every = settings.sampleIntervalProperty().get();
            if (every != sentSampleInterval) {
                session.setSampleInterval(every);
                sentSampleInterval = every;
            }
        }
    }

    private void updatePending() {
        pendingRebuild.set(builtConfig != null && step.get() > 0 && needsRebuild());
    }

    private void onSnapshot(SessionSnapshot s) {
        if (s == null) {
            return;
        }
        long now = nanoClock.getAsLong();
        SessionState previous = state.get();
        if (previous == SessionState.TRAINING && lastTrainingTick != Long.MIN_VALUE) {
            elapsedNanos += now - lastTrainingTick;
        }
        lastTrainingTick = s.state() == SessionState.TRAINING ? now : Long.MIN_VALUE;

        long before = step.get();
        state.set(s.state());
        step.set(s.step());
        stateText.set(switch (s.state()) {
            case EMPTY, READY -> "idle";
            case LOADING -> "loading";
            case TRAINING -> "training";
            case PAUSED -> "paused";
            case DIVERGED -> "diverged";
            case CLOSED -> "closed";
        });
        if (s.state() != SessionState.EMPTY && s.config() != null && builtConfig == null) {
            hasExperiment.set(true);
        }
        if (s.state() == SessionState.TRAINING && previous != SessionState.TRAINING) {
            ownMessage = null;
        }
        message.set(s.message() != null ? s.message() : ownMessage != null ? ownMessage : "");
        divergedMessage.set(s.state() == SessionState.DIVERGED ? divergedText(s) : "");
        speedText.set(s.state() == SessionState.TRAINING && s.stepsPerSecond() > 0
                ? String.format(java.util.Locale.ROOT, "%.1f steps/s", s.stepsPerSecond()) : "");
        timeText.set(timeText(s));

        long stopAt = settings.targetStepsProperty().get();
        if (stopAt > 0 && s.state() == SessionState.TRAINING && before < stopAt && s.step() >= stopAt) {
            session.pause();
            ownMessage = "Reached step " + s.step() + " (stop step " + stopAt + ")";
            message.set(ownMessage);
        }
        updatePending();
    }

    private static String divergedText(SessionSnapshot s) {
        String m = s.message();
        return m == null || m.isBlank()
                ? "Training diverged: a loss became infinite or NaN. Try a lower learning rate, then Reset."
                : m;
    }

    private String timeText(SessionSnapshot s) {
        long stopAt = settings.targetStepsProperty().get();
        if (stopAt > 0 && s.step() < stopAt && s.state() == SessionState.TRAINING && s.stepsPerSecond() > 0) {
            long seconds = Math.round((stopAt - s.step()) / s.stepsPerSecond());
            return "ETA " + clock(seconds) + " to step " + stopAt;
        }
        if (elapsedNanos > 0 || s.state() == SessionState.TRAINING) {
            return "elapsed " + clock(elapsedNanos / 1_000_000_000L);
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
