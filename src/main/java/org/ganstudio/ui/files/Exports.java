package org.ganstudio.ui.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.MetricsView;

/** Writes the lab's metrics to a CSV file; images go through {@link org.ganstudio.imaging.ImageFiles}. */
public final class Exports {

    private Exports() {
    }

    /** The metrics in the same CSV columns as the experiment file's metrics.csv. */
    public static void writeCsv(Path file, MetricsView metrics) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(MetricsHistory.CSV_HEADER);
            w.write('\n');
            for (int i = 0; i < metrics.size(); i++) {
                w.write(MetricsHistory.csvLine(metrics.get(i)));
                w.write('\n');
            }
        }
    }
}
