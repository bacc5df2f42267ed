package org.ganstudio.ui.files;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javafx.beans.value.ObservableBooleanValue;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.ui.common.DataSelection;

/**
 * The rest of the lab as the file commands need it; the lab connects it to the training, settings and dataset
 * features, so this feature imports none of them.
 */
public interface ExperimentWorkspace {

    /** True once the session has an experiment (built or opened). */
    ObservableBooleanValue hasExperimentProperty();

    /** Fresh reference settings for the current data, and fresh networks. */
    void startNewExperiment();

    /** The session now runs an opened experiment on {@code data}: show its settings and data. */
    void adoptOpened(ExperimentConfig config, DataSelection data);

    /**
     * Loads a dataset the way choosing a folder does (progress, report, cancel, shown on the Dataset tab). Completes
     * on the UI thread with the dataset, or exceptionally with a user-readable message ({@link
     * java.util.concurrent.CancellationException} when the user cancelled).
     */
    CompletableFuture<LoadedDataset> loadDataset(Path source, PrepareOptions options);
}
