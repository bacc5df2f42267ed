package org.ganstudio.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableLongValue;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.ExperimentConfig;

/**
 * What the training controls need from the settings form, so the training feature does not depend on the form's
 * feature: the typed config, the training-only fields, and a way to show values that came from the session.
 */
public interface ExperimentSettings {

    /** The config as typed, or null while any field is invalid. */
    ObservableValue<ExperimentConfig> configProperty();

    default ExperimentConfig config() {
        return configProperty().getValue();
    }

    /** True when the config and the training fields are all valid. */
    ObservableBooleanValue validProperty();

    ObservableIntegerValue sampleIntervalProperty();

    /** The step at which training should stop, or 0 for none. */
    ObservableLongValue targetStepsProperty();

    /** Shows {@code config} in the form. */
    void load(ExperimentConfig config);

    /** Shows the live values of a running session (they may differ from its config after live changes). */
    void setLiveValues(double generatorLr, double discriminatorLr, int discriminatorSteps);

    void setSampleInterval(int steps);
}
