package org.ganstudio.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for files to open or save; a seam so that tests can answer without native dialogs. */
public interface FileDialogs {

    /**
     * @param description e.g. "GAN Studio experiments"
     * @param extension   with the dot, e.g. ".ganstudio"
     */
    Optional<Path> chooseOpen(String title, String description, String extension, Path initial);

    /** The chosen file, with {@code extension} appended when the user left it out. */
    Optional<Path> chooseSave(String title, String description, String extension, Path initial);
}
