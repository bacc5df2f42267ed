package org.ganstudio.ui.lab;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.ganstudio.ui.common.DirectoryChooserFolderChooser;
import org.ganstudio.ui.common.Texts;

/** {@link LabDialogs} with the platform's dialogs, owned by the lab window. */
public final class FxLabDialogs implements LabDialogs {

    private final Window owner;
    private final DirectoryChooserFolderChooser folders = new DirectoryChooserFolderChooser(Texts.get("lab.chooseDatasetFolder"));

    public FxLabDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public Optional<Path> chooseOpen(String title, String description, String extension, Path initial) {
        FileChooser chooser = chooser(title, description, extension, initial);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(String title, String description, String extension, Path initial) {
        FileChooser chooser = chooser(title, description, extension, initial);
        if (initial != null && !Files.isDirectory(initial)) {
            chooser.setInitialFileName(initial.getFileName().toString());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> {
            String name = p.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? p : p.resolveSibling(name + extension);
        });
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, Path initial) {
        return folders.chooseFolder(owner != null ? owner : this.owner, initial);
    }

    private static FileChooser chooser(String title, String description, String extension, Path initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
        Path dir = initial;
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        if (dir != null) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return chooser;
    }
}
