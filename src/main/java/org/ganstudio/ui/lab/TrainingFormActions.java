package org.ganstudio.ui.lab;

import java.util.Objects;

import javafx.beans.value.ObservableBooleanValue;

import org.ganstudio.ui.hyperparameters.FormActions;
import org.ganstudio.ui.training.TrainingViewModel;

/** The settings form's commits, Apply and Revert, answered by the training controls. */
final class TrainingFormActions implements FormActions {

    private final TrainingViewModel training;

    TrainingFormActions(TrainingViewModel training) {
        this.training = Objects.requireNonNull(training, "training");
    }

    @Override
    public ObservableBooleanValue pendingRebuildProperty() {
        return training.pendingRebuildProperty();
    }

    @Override
    public void committed() {
        training.settingsCommitted();
    }

    @Override
    public void applyAfterAsking() {
        training.applyChangesAfterAsking();
    }

    @Override
    public void revert() {
        training.revertChanges();
    }
}
