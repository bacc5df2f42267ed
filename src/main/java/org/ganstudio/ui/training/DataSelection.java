package org.ganstudio.ui.training;

import java.util.Map;
import java.util.Objects;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.DatasetReference;

/**
 * The data an experiment trains on, with the reference that lets a saved experiment load it again.
 *
 * @param reference may be null for data that cannot be reloaded (then saved files need the data given on open)
 */
public record DataSelection(LoadedDataset dataset, DatasetReference reference) {

    /** Keys of {@link DatasetReference#options()}: the {@link PrepareOptions} components, values as text. */
    public static final String IMAGE_SIZE = "imageSize";
    public static final String CHANNEL_MODE = "channelMode";
    public static final String FIT_MODE = "fitMode";
    public static final String BACKGROUND = "background";
    public static final String MAX_IMAGES = "maxImages";

    public DataSelection {
        Objects.requireNonNull(dataset, "dataset");
    }

    /** The dataset with a reference built from its load report (the source and the options it was loaded with). */
    public static DataSelection of(LoadedDataset dataset) {
        LoadReport r = dataset.report();
        PrepareOptions o = r.options();
        DatasetReference ref = new DatasetReference(r.source().toAbsolutePath().normalize().toString(), Map.of(
                IMAGE_SIZE, Integer.toString(o.imageSize()),
                CHANNEL_MODE, o.channelMode().name(),
                FIT_MODE, o.fitMode().name(),
                BACKGROUND, o.background().name(),
                MAX_IMAGES, Integer.toString(o.maxImages())));
        return new DataSelection(dataset, ref);
    }
}
