package org.ganstudio.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.Texts;

/** A loaded dataset's figures in words: the one-line summary and the count per class. */
final class DatasetStats {

    private DatasetStats() {
    }

    /** E.g. "2000 images · 32×32 RGB · 3 classes · 0 skipped · 412 ms". */
    static String summary(LoadedDataset ds) {
        LoadReport r = ds.report();
        ImageShape s = ds.shape();
        StringBuilder stats = new StringBuilder();
        stats.append(Texts.get(ds.count() == 1 ? "dataset.stats.image" : "dataset.stats.images",
                Integer.toString(ds.count()))).append(" · ")
                .append(Texts.get(s.channels() == 3 ? "dataset.stats.rgb" : "dataset.stats.gray",
                        Integer.toString(s.width()), Integer.toString(s.height())));
        if (ds.hasClasses()) {
            stats.append(" · ").append(Texts.get("dataset.stats.classes", Integer.toString(ds.classNames().size())));
        }
        stats.append(" · ").append(Texts.get("dataset.stats.skipped", Integer.toString(r.skipped().size())));
        if (r.leftOutByCap() > 0) {
            stats.append(" · ").append(Texts.get("dataset.stats.leftOut", Integer.toString(r.leftOutByCap())));
        }
        stats.append(" · ").append(Texts.get("dataset.stats.ms", Long.toString(r.elapsedMillis())));
        return stats.toString();
    }

    /** "name: count" per class; empty without classes. */
    static List<String> classCounts(LoadedDataset ds) {
        List<String> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ds.report().classCounts().entrySet()) {
            counts.add(e.getKey() + ": " + e.getValue());
        }
        return counts;
    }
}
