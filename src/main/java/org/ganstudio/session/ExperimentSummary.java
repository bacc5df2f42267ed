package org.ganstudio.session;

import java.nio.file.Path;

import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;

/** STAND-IN for the lead's session API (replaced by main's version on merge): what a file says about itself. */
public record ExperimentSummary(Path file, ExperimentConfig config, long step, DatasetReference dataset) {

    public PrepareOptions datasetOptions() {
        return dataset == null ? null : DatasetReferences.options(dataset);
    }

    public Path datasetPath() {
        return dataset == null ? null : Path.of(dataset.path());
    }
}
