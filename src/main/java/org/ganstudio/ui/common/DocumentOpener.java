package org.ganstudio.ui.common;

import java.nio.file.Path;

/**
 * Opens a file in the user's default application (a text editor for reports). In the app:
 * {@code file -> hostServices.showDocument(file.toUri().toString())}; in tests a recorder.
 */
@FunctionalInterface
public interface DocumentOpener {

    void open(Path file);
}
