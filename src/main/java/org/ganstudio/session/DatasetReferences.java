package org.ganstudio.session;

import org.ganstudio.dataset.AlphaBackground;
import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.FitMode;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.DatasetReference;

import java.util.Map;

/** Converts between a loaded dataset's origin and the reference stored in experiment files. */
public final class DatasetReferences {

    private static final System.Logger LOG = System.getLogger(DatasetReferences.class.getName());

    private DatasetReferences() {
    }

    public static DatasetReference of(LoadedDataset d) {
        PrepareOptions o = d.report().options();
        return new DatasetReference(d.report().source().toAbsolutePath().toString(), Map.of(
                "imageSize", String.valueOf(o.imageSize()),
                "channels", o.channelMode().name(),
                "fit", o.fitMode().name(),
                "background", o.background().name(),
                "maxImages", String.valueOf(o.maxImages())));
    }

    /** The preparation options recorded in a reference; defaults for anything missing or unreadable. */
    public static PrepareOptions options(DatasetReference ref) {
        PrepareOptions o = PrepareOptions.defaults();
        Map<String, String> m = ref.options();
        try {
            if (m.containsKey("imageSize")) {
                o = o.withImageSize(Integer.parseInt(m.get("imageSize")));
            }
            if (m.containsKey("channels")) {
                o = o.withChannelMode(ChannelMode.valueOf(m.get("channels")));
            }
            if (m.containsKey("fit")) {
                o = o.withFitMode(FitMode.valueOf(m.get("fit")));
            }
            if (m.containsKey("background")) {
                o = o.withBackground(AlphaBackground.valueOf(m.get("background")));
            }
            if (m.containsKey("maxImages")) {
                o = o.withMaxImages(Integer.parseInt(m.get("maxImages")));
            }
        } catch (IllegalArgumentException e) {
            // an unreadable option falls back to its default: the data can still be loaded
            LOG.log(System.Logger.Level.WARNING, "unreadable dataset option in an experiment file; using its default", e);
        }
        return o;
    }
}
