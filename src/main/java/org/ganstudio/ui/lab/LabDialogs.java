package org.ganstudio.ui.lab;

import org.ganstudio.ui.common.Confirmer;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.FolderChooser;

/** Every question the lab asks the user in a dialog; real dialogs in the app, scripted answers in tests. */
public interface LabDialogs extends Confirmer, FileDialogs, FolderChooser {

    /** Shows a problem in plain words (never a stack trace). */
    void showError(String title, String message);
}
