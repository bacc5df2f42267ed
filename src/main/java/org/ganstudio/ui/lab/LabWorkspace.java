package org.ganstudio.ui.lab;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.dataset.DatasetViewModel;
import org.ganstudio.ui.files.ExperimentWorkspace;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.training.TrainingViewModel;

/**
 * The file commands' view of the lab: new and opened experiments go to the settings form and the training controls,
 * an opened file's dataset is loaded by the dataset feature. While that load runs for an open, the lab does not
 * treat the new dataset as a change of data for the current run ({@link #loadingForOpen()}).
 */
final class LabWorkspace implements ExperimentWorkspace {

    private final HyperparametersViewModel settings;
    private final TrainingViewModel training;
    private final DatasetViewModel dataset;
    private final ObjectProperty<DataSelection> data;
    private boolean loadingForOpen;

    LabWorkspace(HyperparametersViewModel settings, TrainingViewModel training, DatasetViewModel dataset,
                 ObjectProperty<DataSelection> data) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.training = Objects.requireNonNull(training, "training");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.data = Objects.requireNonNull(data, "data");
    }

    boolean loadingForOpen() {
        return loadingForOpen;
    }

    @Override
    public ObservableBooleanValue hasExperimentProperty() {
        return training.hasExperimentProperty();
    }

    @Override
    public void startNewExperiment() {
        settings.load(settings.presetConfig(data.get() != null ? data.get().dataset().shape() : settings.imageShape()));
        training.newExperiment();
    }

    @Override
    public void adoptOpened(ExperimentConfig config, DataSelection opened) {
        training.adoptOpened(config, opened);
    }

    @Override
    public CompletableFuture<LoadedDataset> loadDataset(Path source, PrepareOptions options) {
        loadingForOpen = true;
        // the dataset property changes before the future completes, so the lab still sees the flag then
        return dataset.load(source, options).whenComplete((ds, failure) -> loadingForOpen = false);
    }
}
