package org.ganstudio.ui.training;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.ExperimentSettings;
import org.ganstudio.ui.common.Texts;

/**
 * Settings (or data) changed after training began, so applying them means fresh networks: tracks whether such a
 * change waits, and asks once per change whether to reset and apply it now.
 */
final class PendingChanges {

    private final ExperimentSettings settings;
    private final BuiltExperiment built;
    private final Confirmer confirmer;
    private final Runnable apply;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pendingRebuild");

    /** @param apply rebuilds with the form's settings now (the user has agreed) */
    PendingChanges(ExperimentSettings settings, BuiltExperiment built, Confirmer confirmer, Runnable apply) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.built = Objects.requireNonNull(built, "built");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    void update(boolean trainingBegan, boolean needsRebuild) {
        pending.set(built.exists() && trainingBegan && needsRebuild);
    }

    /** The form was committed: asks once about a change that waits, unless the user declined this very change. */
    void committed() {
        ExperimentConfig c = settings.config();
        if (c == null || !pending.get() || built.declined(c)) {
            return;
        }
        askAndApply();
    }

    /** Asks whether to reset and apply the pending changes, and does so if the user agrees. */
    void askAndApply() {
        ExperimentConfig c = settings.config();
        if (c == null || !pending.get()) {
            return;
        }
        if (confirmer.confirm(Texts.get("training.applyChanged.title"), Texts.get("training.applyChanged.message"),
                Texts.get("training.applyChanged.action"))) {
            apply.run();
        } else {
            built.decline(c);
        }
    }
}
