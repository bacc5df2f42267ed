package org.ganstudio.ui.hyperparameters;

import javafx.beans.value.ObservableBooleanValue;

/**
 * What the form's commits and its "changed settings" banner do beyond the form itself. The lab connects them to the
 * training controls, which know whether a change needs fresh networks.
 */
public interface FormActions {

    /** True while changed settings wait for a reset because training already began. */
    ObservableBooleanValue pendingRebuildProperty();

    /** A field was left or a choice made. */
    void committed();

    /** "Apply": asks whether to reset and apply the waiting change. */
    void applyAfterAsking();

    /** "Revert": back to the running experiment's settings. */
    void revert();
}
