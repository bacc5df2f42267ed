package org.ganstudio.ui.common;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the user for a folder; a seam so that view tests can answer without a native dialog. */
@FunctionalInterface
public interface FolderChooser {

    /**
     * @param initial folder to start in, may be null
     * @return the chosen folder, empty when the user cancelled
     */
    Optional<Path> chooseFolder(Window owner, Path initial);
}
