package org.ganstudio.session;

import org.ganstudio.model.plane.PlaneView;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.DatasetReference;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.HealthReport;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.StepMetrics;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the UI shows about a session at one moment, immutable. The engine thread publishes a
 * new one whenever something changes; readers take the newest and never block the engine.
 *
 * @param version        increases with every publication (cheap change detection for pollers)
 * @param last           metrics of the latest step, null before the first
 * @param stepsPerSecond recent training speed, 0 when not training
 * @param grids          sample grids from the fixed noise, oldest first (thinned to a bounded number)
 * @param latent         the newest answer to a latent render request, or null
 * @param message        a plain-language status or error for the user, or null
 * @param file           where the experiment was last saved or opened from, or null
 * @param stopAt         the step at which training stops by itself, 0 for none
 * @param savedStep      the step the run was last saved at (or opened from), -1 if never: unsaved work is
 *                       {@code savedStep != step}
 * @param plane          (2-D lab) what the 2-D lab draws when the run is a 2-D one, else null
 * @param quality        the run's quality measurements, oldest first, and why there are none when unavailable
 * @param health         the newest step's diagnostics, the run's alarms, the grid's D scores (never null)
 */
public record SessionSnapshot(long version, SessionState state, ExperimentConfig config, long step,
                              StepMetrics last, MetricsView metrics, double stepsPerSecond,
                              List<ImageBatch> grids, ImageBatch latent, String message,
                              LoadedDataset dataset, DatasetReference datasetReference, Path file,
                              double generatorLearningRate, double discriminatorLearningRate,
                              int discriminatorSteps, int sampleInterval, long stopAt, long savedStep,
                              QualityHistory quality, PlaneView plane, HealthReport health) {

    public SessionSnapshot {
        quality = quality == null ? QualityHistory.EMPTY : quality;
        health = health == null ? HealthReport.EMPTY : health;
    }

    /** A snapshot without health figures (a 2-D run, or a test). */
    public SessionSnapshot(long version, SessionState state, ExperimentConfig config, long step,
                           StepMetrics last, MetricsView metrics, double stepsPerSecond,
                           List<ImageBatch> grids, ImageBatch latent, String message,
                           LoadedDataset dataset, DatasetReference datasetReference, Path file,
                           double generatorLearningRate, double discriminatorLearningRate,
                           int discriminatorSteps, int sampleInterval, long stopAt, long savedStep,
                           QualityHistory quality, PlaneView plane) {
        this(version, state, config, step, last, metrics, stepsPerSecond, grids, latent, message, dataset,
                datasetReference, file, generatorLearningRate, discriminatorLearningRate, discriminatorSteps,
                sampleInterval, stopAt, savedStep, quality, plane, HealthReport.EMPTY);
    }

    /** A snapshot of an image run before any quality measurement, without a 2-D view. */
    public SessionSnapshot(long version, SessionState state, ExperimentConfig config, long step,
                           StepMetrics last, MetricsView metrics, double stepsPerSecond,
                           List<ImageBatch> grids, ImageBatch latent, String message,
                           LoadedDataset dataset, DatasetReference datasetReference, Path file,
                           double generatorLearningRate, double discriminatorLearningRate,
                           int discriminatorSteps, int sampleInterval, long stopAt, long savedStep) {
        this(version, state, config, step, last, metrics, stepsPerSecond, grids, latent, message, dataset,
                datasetReference, file, generatorLearningRate, discriminatorLearningRate, discriminatorSteps,
                sampleInterval, stopAt, savedStep, QualityHistory.EMPTY, null);
    }

    public static SessionSnapshot empty() {
        return new SessionSnapshot(0, SessionState.EMPTY, null, 0, null, MetricsView.EMPTY, 0, List.of(), null,
                null, null, null, null, 0, 0, 1, 50, 0, -1);
    }

    SessionSnapshot withLatent(ImageBatch l, long newVersion) {
        return new SessionSnapshot(newVersion, state, config, step, last, metrics, stepsPerSecond, grids, l, message,
                dataset, datasetReference, file, generatorLearningRate, discriminatorLearningRate, discriminatorSteps,
                sampleInterval, stopAt, savedStep, quality, plane, health);
    }

    SessionSnapshot withMessage(String m, long newVersion) {
        return new SessionSnapshot(newVersion, state, config, step, last, metrics, stepsPerSecond, grids, latent, m,
                dataset, datasetReference, file, generatorLearningRate, discriminatorLearningRate, discriminatorSteps,
                sampleInterval, stopAt, savedStep, quality, plane, health);
    }

    public ImageBatch latestGrid() {
        return grids.isEmpty() ? null : grids.get(grids.size() - 1);
    }
}
