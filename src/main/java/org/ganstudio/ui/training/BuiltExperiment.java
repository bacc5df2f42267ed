package org.ganstudio.ui.training;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.ui.common.DataSelection;

/**
 * What the session was last asked to build (or opened), and whether the form or the data now differ from it in more
 * than the live settings, so that applying them needs fresh networks.
 */
final class BuiltExperiment {

    private ExperimentConfig config;
    private DataSelection data;
    /** A change the user chose not to apply yet; not asked about again. */
    private ExperimentConfig declined;

    ExperimentConfig config() {
        return config;
    }

    DataSelection data() {
        return data;
    }

    boolean exists() {
        return config != null;
    }

    void set(ExperimentConfig c, DataSelection d) {
        config = c;
        data = d;
        declined = null;
    }

    /** The form is being refilled from an opened file: nothing counts as built meanwhile. */
    void forget() {
        config = null;
    }

    void decline(ExperimentConfig c) {
        declined = c;
    }

    boolean declined(ExperimentConfig c) {
        return c.equals(declined);
    }

    /** Whether {@code form} or {@code chosen} data differ from what runs in more than the live settings. */
    boolean needsRebuild(ExperimentConfig form, DataSelection chosen) {
        if (config == null) {
            return true;
        }
        boolean dataChanged = chosen != null && data != null && chosen.dataset() != data.dataset();
        return dataChanged || (form != null && !sameExceptLiveSettings(form, config));
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
}
