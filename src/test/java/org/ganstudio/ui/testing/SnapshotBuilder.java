package org.ganstudio.ui.testing;

import java.nio.file.Path;
import java.util.List;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;

/** A mutable copy of a {@link SessionSnapshot} for tests. */
public final class SnapshotBuilder {
    private long version;
    private SessionState state;
    private ExperimentConfig config;
    private long step;
    private StepMetrics last;
    private MetricsView metrics;
    private double stepsPerSecond;
    private List<ImageBatch> grids;
    private ImageBatch latent;
    private String message;
    private LoadedDataset dataset;
    private DatasetReference datasetReference;
    private Path file;
    private double gLr;
    private double dLr;
    private int dSteps;
    private int sampleInterval;
    private long stopAt;
    private long savedStep = -1;

    public SnapshotBuilder(SessionSnapshot s) {
        version = s.version();
        state = s.state();
        config = s.config();
        step = s.step();
        last = s.last();
        metrics = s.metrics();
        stepsPerSecond = s.stepsPerSecond();
        grids = s.grids();
        latent = s.latent();
        message = s.message();
        dataset = s.dataset();
        datasetReference = s.datasetReference();
        file = s.file();
        gLr = s.generatorLearningRate();
        dLr = s.discriminatorLearningRate();
        dSteps = s.discriminatorSteps();
        sampleInterval = s.sampleInterval();
        stopAt = s.stopAt();
        savedStep = s.savedStep();
    }

    public SnapshotBuilder version(long v) { version = v; return this; }
    public SnapshotBuilder state(SessionState v) { state = v; return this; }
    public SnapshotBuilder config(ExperimentConfig v) { config = v; return this; }
    public SnapshotBuilder step(long v) { step = v; return this; }
    public SnapshotBuilder last(StepMetrics v) { last = v; return this; }
    public SnapshotBuilder metrics(MetricsHistory h) { metrics = h.view(); return this; }
    public SnapshotBuilder metrics(MetricsView v) { metrics = v; return this; }
    public SnapshotBuilder stepsPerSecond(double v) { stepsPerSecond = v; return this; }
    public SnapshotBuilder grids(List<ImageBatch> v) { grids = v; return this; }
    public SnapshotBuilder latent(ImageBatch v) { latent = v; return this; }
    public SnapshotBuilder message(String v) { message = v; return this; }
    public SnapshotBuilder dataset(LoadedDataset v) { dataset = v; return this; }
    public SnapshotBuilder datasetReference(DatasetReference v) { datasetReference = v; return this; }
    public SnapshotBuilder file(Path v) { file = v; return this; }
    public SnapshotBuilder learningRates(double g, double d) { gLr = g; dLr = d; return this; }
    public SnapshotBuilder discriminatorSteps(int v) { dSteps = v; return this; }
    public SnapshotBuilder sampleInterval(int v) { sampleInterval = v; return this; }
    public SnapshotBuilder stopAt(long v) { stopAt = v; return this; }
    public SnapshotBuilder savedStep(long v) { savedStep = v; return this; }

    public SessionSnapshot build() {
        return new SessionSnapshot(version, state, config, step, last, metrics, stepsPerSecond, grids, latent, message,
                dataset, datasetReference, file, gLr, dLr, dSteps, sampleInterval, stopAt, savedStep);
    }
}
