package org.ganstudio.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.ImageShape;

/** A loaded dataset's figures in words: the one-line summary and the count per class. */
final class DatasetStats {

    private DatasetStats() {
    }

    /** E.g. "2000 images · 32×32 RGB · 3 classes · 0 skipped · 412 ms". */
    static String summary(LoadedDataset ds) {
        LoadReport r = ds.report();
        ImageShape s = ds.shape();
        StringBuilder stats = new StringBuilder();
        stats.append(ds.count()).append(ds.count() == 1 ? " image" : " images")
                .append(" · ").append(s.width()).append('×').append(s.height())
                .append(s.channels() == 3 ? " RGB" : " grayscale");
        if (ds.hasClasses()) {
            stats.append(" · ").append(ds.classNames().size()).append(" classes");
        }
        stats.append(" · ").append(r.skipped().size()).append(" skipped");
        if (r.leftOutByCap() > 0) {
            stats.append(" · ").append(r.leftOutByCap()).append(" left out by the cap");
        }
        stats.append(" · ").append(r.elapsedMillis()).append(" ms");
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
