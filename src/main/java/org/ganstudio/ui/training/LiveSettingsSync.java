package org.ganstudio.ui.training;

import java.util.Objects;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;

/**
 * Sends the settings that apply to a running experiment (learning rates, D steps per G step, sample interval, stop
 * step) to the session, each only when it differs from what the session was last told.
 */
final class LiveSettingsSync {

    private final TrainingControl session;
    private double sentGeneratorLr = Double.NaN;
    private double sentDiscriminatorLr = Double.NaN;
    private int sentDiscriminatorSteps = -1;
    private int sentSampleInterval = -1;
    /** The session starts without a stop step. */
    private long sentStopAt;

    LiveSettingsSync(TrainingControl session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The session was just built from {@code c}: it runs with c's values and the default sample interval. */
    void built(ExperimentConfig c) {
        sentGeneratorLr = c.generatorOptimizer().learningRate();
        sentDiscriminatorLr = c.discriminatorOptimizer().learningRate();
        sentDiscriminatorSteps = c.discriminatorSteps();
        sentSampleInterval = -1;
        if (sentStopAt != 0) {
            sentStopAt = -1; // sent again: whether a new experiment keeps the old stop step is the session's business
        }
    }

    /** An experiment was opened: the session runs with its live values when it reports them ({@code live}). */
    void opened(ExperimentConfig c, SessionSnapshot s, boolean live) {
        sentGeneratorLr = live ? s.generatorLearningRate() : c.generatorOptimizer().learningRate();
        sentDiscriminatorLr = live ? s.discriminatorLearningRate() : c.discriminatorOptimizer().learningRate();
        sentDiscriminatorSteps = live ? s.discriminatorSteps() : c.discriminatorSteps();
        sentSampleInterval = live && s.sampleInterval() > 0 ? s.sampleInterval() : -1;
        sentStopAt = s == null ? sentStopAt : s.stopAt();
    }

    /**
     * Sends what changed. {@code config} may be null (an invalid form): then only the training fields go out, and
     * only when {@code trainingFieldsValid}.
     */
    void send(ExperimentConfig config, boolean valid, int sampleInterval, long stopAt) {
        if (config != null) {
            double gLr = config.generatorOptimizer().learningRate();
            double dLr = config.discriminatorOptimizer().learningRate();
            int k = config.discriminatorSteps();
            if (gLr != sentGeneratorLr || dLr != sentDiscriminatorLr || k != sentDiscriminatorSteps) {
                session.updateHyperparameters(gLr, dLr, k);
                sentGeneratorLr = gLr;
                sentDiscriminatorLr = dLr;
                sentDiscriminatorSteps = k;
            }
        }
        if (valid || config != null) {
            if (sampleInterval != sentSampleInterval) {
                session.setSampleInterval(sampleInterval);
                sentSampleInterval = sampleInterval;
            }
            if (stopAt != sentStopAt) {
                session.setStopAt(stopAt);
                sentStopAt = stopAt;
            }
        }
    }
}
