package org.ganstudio.ui.dataset;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Texts;

/** What loading a source would take, counted in the background; only the newest request's answer is shown. */
final class SizeEstimate {

    private final DatasetLoader loader;
    private final BackgroundRunner runner;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "estimateText", "");
    private int generation;

    SizeEstimate(DatasetLoader loader, BackgroundRunner runner) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    void refresh(Path source, PrepareOptions options) {
        int mine = ++generation;
        if (source == null) {
            text.set(Texts.get("dataset.estimate.none"));
            return;
        }
        text.set(Texts.get("dataset.estimate.counting"));
        runner.run(() -> {
            try {
                return loader.estimate(source, options).summary();
            } catch (DatasetException e) {
                return e.getMessage();
            }
        }, answer -> {
            if (mine == generation) {
                text.set(answer);
            }
        }, failure -> {
            if (mine == generation) {
                text.set(Texts.get("dataset.estimate.failed", String.valueOf(failure.getMessage())));
            }
        });
    }
}
