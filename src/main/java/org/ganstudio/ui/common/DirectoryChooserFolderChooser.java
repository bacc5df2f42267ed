package org.ganstudio.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** {@link FolderChooser} with the platform's folder dialog. */
public final class DirectoryChooserFolderChooser implements FolderChooser {

    private final String title;

    public DirectoryChooserFolderChooser(String title) {
        this.title = title;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Path start = initial;
        while (start != null && !Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
