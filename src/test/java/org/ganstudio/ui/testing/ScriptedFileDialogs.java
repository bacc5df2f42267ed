package org.ganstudio.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.ui.common.FileDialogs;

/** Answers file dialogs with preset paths (null = cancelled). */
public final class ScriptedFileDialogs implements FileDialogs {
    public volatile Path toOpen;
    public volatile Path toSave;
    public final List<String> titles = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> chooseOpen(String title, String description, String extension, Path initial) {
        titles.add(title);
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseSave(String title, String description, String extension, Path initial) {
        titles.add(title);
        return Optional.ofNullable(toSave);
    }
}
