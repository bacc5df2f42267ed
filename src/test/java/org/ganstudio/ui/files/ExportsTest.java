package org.ganstudio.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ganstudio.model.MetricsHistory;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @TempDir
    Path dir;

    @Test
    void metricsCsvHasTheExperimentFilesColumns() throws Exception {
        MetricsHistory h = new MetricsHistory();
        h.add(FakeTrainingControl.syntheticMetrics(1));
        h.add(FakeTrainingControl.syntheticMetrics(2));
        Path csv = dir.resolve("m.csv");
        Exports.writeCsv(csv, h.view());
        assertEquals(h.toCsv(), Files.readString(csv));
    }
}
