package org.ganstudio.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.Presets;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.files.ExperimentWorkspace;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.training.TrainingViewModel;

/**
 * The files feature's view of the lab for tests: real training and settings ViewModels, and a dataset loader that
 * records what it was asked for and answers from fields.
 */
public final class TestWorkspace implements ExperimentWorkspace {

    private final TrainingViewModel training;
    private final HyperparametersViewModel settings;
    private final ObjectProperty<DataSelection> data;
    /** "path imageSize" per dataset load asked for. */
    public final List<String> loads = new CopyOnWriteArrayList<>();
    /** What a dataset load yields; null makes it fail with {@link #loadFailure}. */
    public volatile LoadedDataset datasetToLoad;
    public volatile String loadFailure = "The folder does not exist";
    /** When set, loads return this future, so tests can see the load under way. */
    public volatile CompletableFuture<LoadedDataset> pendingLoad;

    public TestWorkspace(TrainingViewModel training, HyperparametersViewModel settings,
                         ObjectProperty<DataSelection> data) {
        this.training = training;
        this.settings = settings;
        this.data = data;
    }

    @Override
    public ObservableBooleanValue hasExperimentProperty() {
        return training.hasExperimentProperty();
    }

    @Override
    public void startNewExperiment() {
        settings.load(Presets.reference(data.get() != null ? data.get().dataset().shape() : settings.imageShape()));
        training.newExperiment();
    }

    @Override
    public void adoptOpened(ExperimentConfig config, DataSelection opened) {
        training.adoptOpened(config, opened);
    }

    @Override
    public CompletableFuture<LoadedDataset> loadDataset(Path source, PrepareOptions options) {
        loads.add(source + " " + options.imageSize());
        if (pendingLoad != null) {
            return pendingLoad;
        }
        return datasetToLoad != null ? CompletableFuture.completedFuture(datasetToLoad)
                : CompletableFuture.failedFuture(new DatasetException(loadFailure));
    }
}
