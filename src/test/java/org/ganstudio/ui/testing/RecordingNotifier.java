package org.ganstudio.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.ui.common.Notifier;

/** Remembers what the user was told. */
public final class RecordingNotifier implements Notifier {
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
