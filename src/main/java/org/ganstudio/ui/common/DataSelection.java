package org.ganstudio.ui.common;

import java.util.Objects;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.session.DatasetReferences;

/**
 * The data an experiment trains on, with the reference that lets a saved experiment load it again.
 *
 * @param reference may be null for data that cannot be reloaded (then saved files need the data given on open)
 */
public record DataSelection(LoadedDataset dataset, DatasetReference reference) {

    public DataSelection {
        Objects.requireNonNull(dataset, "dataset");
    }

    /** The dataset with the session's reference to it (its source and the options it was loaded with). */
    public static DataSelection of(LoadedDataset dataset) {
        return new DataSelection(dataset, DatasetReferences.of(dataset));
    }
}
