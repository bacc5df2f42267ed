package org.ganstudio.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Window;

import org.ganstudio.ui.lab.LabDialogs;

/** Every dialog of the lab answered from fields the test sets; errors are recorded, not shown. */
public final class ScriptedLabDialogs implements LabDialogs {
    public final ScriptedConfirmer confirmer = new ScriptedConfirmer();
    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    public volatile Path folder;
    public final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public boolean confirm(String title, String message, String action) {
        return confirmer.confirm(title, message, action);
    }

    @Override
    public Optional<Path> chooseOpen(String title, String description, String extension, Path initial) {
        return files.chooseOpen(title, description, extension, initial);
    }

    @Override
    public Optional<Path> chooseSave(String title, String description, String extension, Path initial) {
        return files.chooseSave(title, description, extension, initial);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, Path initial) {
        return Optional.ofNullable(folder);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
