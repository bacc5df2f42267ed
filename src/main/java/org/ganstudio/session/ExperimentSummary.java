package org.ganstudio.session;

import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;

import java.nio.file.Path;

/**
 * What an experiment file says about itself, read without opening it: enough to load its dataset first (with
 * progress and a report) and then open the run on that dataset.
 *
 * @param dataset where the run's data came from, or null when the file does not say
 */
public record ExperimentSummary(Path file, ExperimentConfig config, long step, DatasetReference dataset) {

    /** The preparation options the run's data was loaded with, or null when the file names no dataset. */
    public PrepareOptions datasetOptions() {
        return dataset == null ? null : DatasetReferences.options(dataset);
    }

    /** The run's dataset folder or file, or null when the file names no dataset. */
    public Path datasetPath() {
        return dataset == null ? null : Path.of(dataset.path());
    }
}
