package org.ganstudio.ui.files;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.ui.common.Texts;

/**
 * Which file holds the experiment and at which step, so whether there is progress no file holds: the window title
 * and the questions before discarding depend on it. The saved step is the one the engine saved at (from the
 * session's snapshot), not the one on screen when Save was chosen.
 */
final class SavedState {

    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", Texts.get("files.appName"));
    private long savedStep;

    SavedState() {
        currentFile.subscribe(f -> updateTitle());
    }

    ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    Path file() {
        return currentFile.get();
    }

    /** {@code file} (null: none) now holds the experiment at {@code step}. */
    void savedAs(Path file, long step) {
        currentFile.set(file);
        savedStep = step;
    }

    /** The step a session's save or open left in {@code s}; {@code fallback} when it reports none. */
    static long savedStepOf(SessionSnapshot s, long fallback) {
        return s != null && s.savedStep() >= 0 ? s.savedStep() : fallback;
    }

    /** Recomputes the unsaved flag for the snapshot on screen. */
    void update(SessionSnapshot s, boolean hasExperiment) {
        boolean progress = hasExperiment && s != null && s.step() > 0 && s.step() != savedStep;
        if (progress != unsaved.get()) {
            unsaved.set(progress);
            updateTitle();
        }
    }

    private void updateTitle() {
        Path f = currentFile.get();
        title.set(Texts.get("files.appName") + (f == null ? "" : " — " + f.getFileName()) + (unsaved.get() ? " •" : ""));
    }
}
