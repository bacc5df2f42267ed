package org.ganstudio.ui.dataset;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ganstudio.dataset.ByteSize;
import org.ganstudio.dataset.DatasetEstimate;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.dataset.SourceKind;
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
                return describe(loader.estimate(source, options));
            } catch (DatasetException e) {
                return DatasetMessages.localize(e.getMessage());
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

    /** The estimate in the lab's language (the dataset layer's own {@code summary()} stays English for the CLI). */
    static String describe(DatasetEstimate e) {
        boolean idx = e.kind() == SourceKind.IDX_FILE;
        if (e.found() == 0) {
            return Texts.get(idx ? "dataset.estimate.idxEmpty" : "dataset.estimate.noFiles");
        }
        String found = Integer.toString(e.found());
        StringBuilder sb = new StringBuilder(Texts.get(idx ? "dataset.estimate.inIdx" : "dataset.estimate.found", found));
        if (e.toLoad() < e.found()) {
            sb.append(Texts.get("dataset.estimate.cap", Integer.toString(e.toLoad())));
        }
        String size = Integer.toString(e.options().imageSize());
        if (e.minChannels() == e.maxChannels()) {
            sb.append(Texts.get(e.maxChannels() == 3 ? "dataset.estimate.needsRgb" : "dataset.estimate.needsGray",
                    ByteSize.format(e.maxBytes()), size));
        } else {
            sb.append(Texts.get("dataset.estimate.needsEither", ByteSize.format(e.minBytes()), size,
                    ByteSize.format(e.maxBytes())));
        }
        if (e.exceedsBudget()) {
            sb.append(Texts.get("dataset.estimate.overBudget", ByteSize.format(e.options().memoryBudgetBytes())));
        }
        return sb.toString();
    }
}
