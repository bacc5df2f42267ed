package org.ganstudio.ui.lab;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.charts.ChartsViewModel;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.dataset.DatasetViewModel;
import org.ganstudio.ui.files.ExperimentFilesViewModel;
import org.ganstudio.ui.files.ExportViewModel;
import org.ganstudio.ui.files.RecentFiles;
import org.ganstudio.ui.hyperparameters.FormActions;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.latent.LatentViewModel;
import org.ganstudio.ui.health.HealthViewModel;
import org.ganstudio.ui.quality.QualityViewModel;
import org.ganstudio.ui.samples.SamplesViewModel;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.training.TrainingViewModel;
import org.ganstudio.ui.common.Texts;

/**
 * The lab's ViewModels and how they talk to each other (the feature packages do not know one another): loaded data
 * flows into the form (image shape) and the training controls, opened experiments flow back through
 * {@link LabWorkspace}, grid cells become latent endpoints, the poller drives latent requests and autosave once per
 * frame, status messages from the session and the app share one line, and closing autosaves once, then closes the
 * session without blocking.
 */
public final class LabViewModel {

    private static final System.Logger LOG = System.getLogger(LabViewModel.class.getName());

    private final TrainingControl session;
    private final SnapshotPoller poller;
    private final DatasetViewModel dataset;
    private final HyperparametersViewModel settings = new HyperparametersViewModel();
    private final ObjectProperty<DataSelection> data = new SimpleObjectProperty<>(this, "data");
    private final TrainingViewModel training;
    private final ChartsViewModel charts;
    private final LatentViewModel latent;
    private final SamplesViewModel samples;
    private final ExperimentFilesViewModel files;
    private final ExportViewModel exports;
    private final QualityViewModel quality;   // quality feature (issue 13)
    private final HealthViewModel health;     // health alarms (issue 14)
    // ---- runs: history and branches, comparison, following a train folder (issue 17) ----
    private final org.ganstudio.ui.runs.RunsViewModel runs;
    private final org.ganstudio.ui.runs.CompareViewModel compare;
    private final org.ganstudio.ui.runs.FollowViewModel follow;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper dataText = new ReadOnlyStringWrapper(this, "dataText", "");
    private final Notifier notifier;
    private final BackgroundRunner runner;
    private final LabWorkspace workspace;
    private final DoubleBinding progress;
    /** Where "saved", "autosaved" and "exported" results also go (the window's pop-up notifications); may be null. */
    private volatile java.util.function.Consumer<String> outcomes;
    private CompletableFuture<Void> closing;

    /**
     * @param dialogs    asks the user; its errors are also echoed in the status line
     * @param randomSeed seeds re-rolled latent endpoints
     */
    public LabViewModel(TrainingControl session, DatasetViewModel dataset, BackgroundRunner runner, LabDialogs dialogs,
                        RecentFiles recent, Path autosaveFile, LongSupplier nanoClock, long randomSeed) {
        this.session = Objects.requireNonNull(session, "session");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notifier = new Notifier() {
            @Override
            public void info(String message) {
                status.set(message);
            }

            @Override
            public void outcome(String message) {
                status.set(message);
                var show = outcomes;
                if (show != null) {
                    show.accept(message);
                }
            }

            @Override
            public void error(String title, String message) {
                LOG.log(System.Logger.Level.WARNING, title + ": " + message); // what the user saw, for a bug report
                status.set(title);
                dialogs.showError(title, message);
            }
        };
        poller = new SnapshotPoller(session);
        training = new TrainingViewModel(session, poller.snapshotProperty(), settings, data, dialogs, nanoClock);
        charts = new ChartsViewModel(poller.snapshotProperty());
        latent = new LatentViewModel(session, poller.snapshotProperty(), nanoClock, randomSeed);
        samples = new SamplesViewModel(poller.snapshotProperty(), latent::setEndpoint);
        workspace = new LabWorkspace(settings, training, dataset, data);
        files = new ExperimentFilesViewModel(session, poller.snapshotProperty(), workspace, data, runner,
                dialogs, dialogs, notifier, recent, autosaveFile, nanoClock);
        exports = new ExportViewModel(runner, dialogs, notifier, files::lastDirectory);
        quality = new QualityViewModel(poller.snapshotProperty(), session, runner::runOnUiThread);
        health = new HealthViewModel(poller.snapshotProperty(), session, notifier, runner::runOnUiThread);
        runs = new org.ganstudio.ui.runs.RunsViewModel(session, poller.snapshotProperty(), runner, notifier);
        compare = new org.ganstudio.ui.runs.CompareViewModel(runner, notifier);
        follow = new org.ganstudio.ui.runs.FollowViewModel(session, runner, System::currentTimeMillis);
        poller.snapshotProperty().subscribe(this::followActiveRun);

        poller.addFrameAction(latent::flush);
        poller.addFrameAction(files::autosaveIfDue);
        training.messageProperty().subscribe(m -> {
            if (m != null && !m.isEmpty()) {
                status.set(m);
            }
        });
        training.stateProperty().subscribe((before, now) -> {
            if (now == org.ganstudio.session.SessionState.TRAINING && before != now) {
                status.set(Texts.get("lab.status.training"));
            }
        });
        dataset.datasetProperty().subscribe(this::datasetLoaded);
        progress = Bindings.createDoubleBinding(() -> dataset.loadingProperty().get() ? dataset.progressProperty().get()
                        : files.busyProperty().get() ? DatasetViewModel.INDETERMINATE : 0,
                dataset.loadingProperty(), dataset.progressProperty(), files.busyProperty());
        data.subscribe(d -> dataText.set(d == null ? Texts.get("lab.data.none")
                : Texts.get("lab.data.line", describe(d))));
    }

    private void datasetLoaded(LoadedDataset ds) {
        if (ds == null || workspace.loadingForOpen() || (data.get() != null && data.get().dataset() == ds)) {
            return;
        }
        if (settings.setImageShape(ds.shape())) {
            notifier.info(Texts.get("lab.referenceSet", Integer.toString(ds.shape().width()),
                    Integer.toString(ds.shape().height()),
                    org.ganstudio.ui.hyperparameters.HyperparametersViewModel.presetName(settings.presetProperty().get())));
        }
        data.set(DataSelection.of(ds));
        training.settingsCommitted();
    }

    private static String describe(DataSelection d) {
        String name = d.reference() == null ? "" : Path.of(d.reference().path()).getFileName() + " · ";
        var s = d.dataset().shape();
        return name + Texts.get(s.channels() == 3 ? "lab.data.rgb" : "lab.data.gray", Integer.toString(d.dataset().count()),
                Integer.toString(s.width()), Integer.toString(s.height()));
    }

    /** Starts polling the session on animation frames. */
    public void start() {
        poller.start();
    }

    /** Stops polling; the session itself is closed by {@link #close()} or its owner. */
    public void stop() {
        poller.stop();
    }

    /**
     * Closing the window: pauses training, autosaves unsaved progress (at most {@code 60 s}), stops polling and
     * closes the session without blocking the caller. Asking again returns the same future, so a second close
     * request starts no second autosave. Completes (never exceptionally) when the engine thread has ended.
     */
    public CompletableFuture<Void> close() {
        if (closing != null) {
            return closing;
        }
        notifier.info(Texts.get("lab.savingBeforeClose"));
        training.stop();
        closing = files.saveForExit().orTimeout(60, TimeUnit.SECONDS)
                .handle((v, e) -> null)
                .thenCompose(v -> {
                    runner.runOnUiThread(poller::stop);
                    try {
                        return session.closeAsync();
                    } catch (RuntimeException e) {
                        return CompletableFuture.<Void>failedFuture(e);
                    }
                })
                .handle((v, e) -> null);
        return closing;
    }

    /** True once {@link #close()} was asked for. */
    public boolean closing() {
        return closing != null;
    }

    /** Also shows results (saved, autosaved, exported) through {@code show}, e.g. as pop-up notifications. */
    public void showOutcomesWith(java.util.function.Consumer<String> show) {
        outcomes = show;
    }

    /** Progress of what runs in the background: a dataset load (0..1), or a save or open (indeterminate, -1); 0 idle. */
    public DoubleBinding progressProperty() {
        return progress;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public TrainingControl session() {
        return session;
    }

    public SnapshotPoller poller() {
        return poller;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public HyperparametersViewModel settings() {
        return settings;
    }

    public ObjectProperty<DataSelection> data() {
        return data;
    }

    public TrainingViewModel training() {
        return training;
    }

    /** The settings form's commits and banner, connected to the training controls. */
    public FormActions formActions() {
        return new TrainingFormActions(training);
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public LatentViewModel latent() {
        return latent;
    }

    public SamplesViewModel samples() {
        return samples;
    }

    public ExperimentFilesViewModel files() {
        return files;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public HealthViewModel health() {
        return health;
    }

    private int activeRun;

    /**
     * After a branch or a switch between runs, the form shows the run the session now trains (its settings and live
     * values), as after opening a file, so editing the form changes that run and not the previous one.
     */
    private void followActiveRun(org.ganstudio.session.SessionSnapshot s) {
        org.ganstudio.model.RunTree t = session.runs();
        org.ganstudio.model.RunInfo a = t.active();
        int id = a == null ? 0 : a.id();
        if (id == activeRun) {
            return;
        }
        int before = activeRun;
        activeRun = id;
        if (before != 0 && id != 0 && t.runs().size() > 1 && s != null && s.config() != null && data.get() != null) {
            training.adoptOpened(s.config(), data.get());
        }
    }

    public org.ganstudio.ui.runs.RunsViewModel runs() {
        return runs;
    }

    public org.ganstudio.ui.runs.CompareViewModel compare() {
        return compare;
    }

    public org.ganstudio.ui.runs.FollowViewModel follow() {
        return follow;
    }

    public QualityViewModel quality() {
        return quality;
    }

    public Notifier notifier() {
        return notifier;
    }

    /** The last status message (session or app). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Which data the experiment uses, in words. */
    public ReadOnlyStringProperty dataTextProperty() {
        return dataText.getReadOnlyProperty();
    }
}
