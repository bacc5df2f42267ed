package org.ganstudio.ui.common;

/** Asks the user a yes/no question; a seam so that ViewModel and view tests can answer without a dialog. */
@FunctionalInterface
public interface Confirmer {

    /**
     * @param action the label of the button that says yes, e.g. "Reset and apply"
     * @return whether the user chose {@code action}
     */
    boolean confirm(String title, String message, String action);
}
