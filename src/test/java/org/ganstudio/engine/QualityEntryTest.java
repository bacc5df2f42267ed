package org.ganstudio.engine;

import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality measurements travel in the experiment file; files without them still open. */
class QualityEntryTest {

    @Test
    void qualitySavedWithTheExperimentReadsBackAndOldFilesHaveNone(@TempDir Path dir) throws Exception {
        GanTrainer t = new GanTrainer(TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING),
                (i, b, out) -> java.util.Arrays.fill(out, 0.5f));
        t.trainStep();
        QualityHistory q = QualityHistory.EMPTY
                .with(new QualityFigures(1, 40.5, 0.02, 0.001, 0.5, 0.4, 0.9, 0.6, 0.8, 256, 30))
                .with(new QualityFigures(1, 38.25, 0.01, 0.001, 0.6, 0.5, 1.0, 0.7, 0.85, 256, 31));
        Path with = dir.resolve("with.ganstudio");
        ExperimentFile.save(with, t, new MetricsHistory(), null, java.util.List.of(), q);
        QualityHistory back = QualityEntry.read(with);
        assertEquals(2, back.points().size());
        assertEquals(38.25, back.latest().fid(), 1e-9);
        assertEquals(1, ExperimentFile.read(with).step(), "the reader accepts the new entry");

        Path without = dir.resolve("without.ganstudio");
        ExperimentFile.save(without, t, new MetricsHistory(), null);
        assertTrue(QualityEntry.read(without).points().isEmpty());
        assertEquals(1, ExperimentFile.read(without).step());
    }
}
