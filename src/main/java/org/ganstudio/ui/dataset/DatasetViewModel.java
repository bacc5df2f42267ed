package org.ganstudio.ui.dataset;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ganstudio.dataset.AlphaBackground;
import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.FitMode;
import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.BackgroundRunner;

/**
 * The dataset screen's state: which source, how to prepare it, what loading would cost, loading with progress and
 * cancel, and the loaded {@link LoadedDataset} with its statistics, report and a preview. All work runs through the
 * {@link BackgroundRunner}; properties change only on the UI thread.
 */
public final class DatasetViewModel {

    private static final System.Logger LOG = System.getLogger(DatasetViewModel.class.getName());

    /** Most images shown in the preview grid. */
    public static final int PREVIEW_LIMIT = 64;
    /** {@link #progressProperty()} while the total is not known yet (the value ProgressBar treats as indeterminate). */
    public static final double INDETERMINATE = -1;
    static final String REPORT_FILE_NAME = "dataset-report.txt";

    private final DatasetLoader loader;
    private final BackgroundRunner runner;
    private final Path reportDirectory;
    private final long memoryBudget;

    private final ObservableList<ShippedDataset> shipped;
    private final ObjectProperty<ShippedDataset> selectedShipped = new SimpleObjectProperty<>(this, "selectedShipped");
    private final ObjectProperty<Path> sourcePath = new SimpleObjectProperty<>(this, "sourcePath");
    private final ObjectProperty<Integer> imageSize = new SimpleObjectProperty<>(this, "imageSize");
    private final ObjectProperty<ChannelMode> channelMode = new SimpleObjectProperty<>(this, "channelMode");
    private final ObjectProperty<FitMode> fitMode = new SimpleObjectProperty<>(this, "fitMode");
    private final ObjectProperty<AlphaBackground> background = new SimpleObjectProperty<>(this, "background");

    private final ReadOnlyStringWrapper estimateText = new ReadOnlyStringWrapper(this, "estimateText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<LoadedDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyIntegerWrapper usedCount = new ReadOnlyIntegerWrapper(this, "usedCount");
    private final ReadOnlyIntegerWrapper skippedCount = new ReadOnlyIntegerWrapper(this, "skippedCount");
    private final ReadOnlyObjectWrapper<ImageShape> shape = new ReadOnlyObjectWrapper<>(this, "shape");
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper(this, "statsText", "No dataset loaded");
    private final ObservableList<String> classCounts = FXCollections.observableArrayList();
    private final ObservableList<String> classCountsReadOnly = FXCollections.unmodifiableObservableList(classCounts);
    private final ReadOnlyObjectWrapper<Path> reportPath = new ReadOnlyObjectWrapper<>(this, "reportPath");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ObservableList<PreviewImage> preview = FXCollections.observableArrayList();
    // Kept as fields: an unmodifiable wrapper listens to its list weakly, so a throwaway one could stop updating.
    private final ObservableList<PreviewImage> previewReadOnly = FXCollections.unmodifiableObservableList(preview);

    private final BooleanBinding canLoad;
    private final BooleanBinding canOpenReport;
    private final BooleanBinding hasError;

    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private int loadGeneration;
    private int estimateGeneration;

    /**
     * @param shippedDatasets datasets offered in the chooser; the preferred one is selected
     * @param reportDirectory where the report of the last load is written
     */
    public DatasetViewModel(DatasetLoader loader, BackgroundRunner runner, List<ShippedDataset> shippedDatasets,
                            Path reportDirectory) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.reportDirectory = Objects.requireNonNull(reportDirectory, "reportDirectory");
        this.shipped = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(shippedDatasets));
        PrepareOptions defaults = PrepareOptions.defaults();
        this.memoryBudget = defaults.memoryBudgetBytes();
        imageSize.set(defaults.imageSize());
        channelMode.set(defaults.channelMode());
        fitMode.set(defaults.fitMode());
        background.set(defaults.background());

        canLoad = sourcePath.isNotNull().and(loading.not());
        canOpenReport = reportPath.isNotNull();
        hasError = Bindings.isNotEmpty(errorMessage);

        selectedShipped.addListener((obs, old, now) -> {
            if (now != null) {
                sourcePath.set(now.path());
            }
        });
        sourcePath.addListener((obs, old, now) -> {
            selectedShipped.set(shipped.stream().filter(d -> d.path().equals(now)).findFirst().orElse(null));
            if (!loading.get()) {
                errorMessage.set("");
            }
            refreshEstimate();
        });
        imageSize.addListener((obs, old, now) -> refreshEstimate());
        channelMode.addListener((obs, old, now) -> refreshEstimate());
        fitMode.addListener((obs, old, now) -> refreshEstimate());
        background.addListener((obs, old, now) -> refreshEstimate());

        ShippedDataset.preferred(shippedDatasets).ifPresent(selectedShipped::set);
        if (sourcePath.get() == null) {
            refreshEstimate();
        }
    }

    // ---- inputs ----

    public ObservableList<ShippedDataset> shippedDatasets() {
        return shipped;
    }

    public ObjectProperty<ShippedDataset> selectedShippedProperty() {
        return selectedShipped;
    }

    public ObjectProperty<Path> sourcePathProperty() {
        return sourcePath;
    }

    /** Sets the source from typed text; reports text that is not a path instead of throwing. */
    public void setSourceText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            sourcePath.set(null);
            return;
        }
        try {
            sourcePath.set(Path.of(trimmed).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            errorMessage.set("\"" + trimmed + "\" is not a valid path");
        }
    }

    /** One of {@link PrepareOptions#SUPPORTED_SIZES}. */
    public ObjectProperty<Integer> imageSizeProperty() {
        return imageSize;
    }

    public List<Integer> supportedSizes() {
        return PrepareOptions.SUPPORTED_SIZES;
    }

    public ObjectProperty<ChannelMode> channelModeProperty() {
        return channelMode;
    }

    public ObjectProperty<FitMode> fitModeProperty() {
        return fitMode;
    }

    public ObjectProperty<AlphaBackground> backgroundProperty() {
        return background;
    }

    /** The options as currently chosen (null inputs fall back to the defaults). */
    public PrepareOptions options() {
        PrepareOptions d = PrepareOptions.defaults();
        Integer size = imageSize.get();
        return new PrepareOptions(size != null && PrepareOptions.SUPPORTED_SIZES.contains(size) ? size : d.imageSize(),
                Objects.requireNonNullElse(channelMode.get(), d.channelMode()),
                Objects.requireNonNullElse(fitMode.get(), d.fitMode()),
                Objects.requireNonNullElse(background.get(), d.background()),
                d.maxImages(), memoryBudget);
    }

    // ---- outputs ----

    /** What loading the current source would take, or why it cannot be loaded. */
    public ReadOnlyStringProperty estimateTextProperty() {
        return estimateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0..1 while loading, {@link #INDETERMINATE} while files are still being listed. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The dataset for training; null until a load succeeds, then replaced only by the next successful load. */
    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** Images in the loaded dataset (0 before the first load). */
    public ReadOnlyIntegerProperty usedCountProperty() {
        return usedCount.getReadOnlyProperty();
    }

    /** Files skipped by the last successful load (listed with reasons in the report). */
    public ReadOnlyIntegerProperty skippedCountProperty() {
        return skippedCount.getReadOnlyProperty();
    }

    /** Shape of the loaded images, null before the first load. */
    public ReadOnlyObjectProperty<ImageShape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** E.g. "2000 images · 32×32 RGB · 3 classes · 0 skipped · 412 ms". */
    public ReadOnlyStringProperty statsTextProperty() {
        return statsText.getReadOnlyProperty();
    }

    /** "name: count" per class of the loaded dataset; empty without classes. */
    public ObservableList<String> classCounts() {
        return classCountsReadOnly;
    }

    /** The report of the last load attempt (also failed ones that examined files), or null. */
    public ReadOnlyObjectProperty<Path> reportPathProperty() {
        return reportPath.getReadOnlyProperty();
    }

    public BooleanBinding canOpenReportProperty() {
        return canOpenReport;
    }

    /** The last problem as one sentence, or "" when there is none. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** Up to {@link #PREVIEW_LIMIT} images spread over the loaded dataset. */
    public ObservableList<PreviewImage> previewImages() {
        return previewReadOnly;
    }

    // ---- commands ----

    /** Loads the current source with the current options in the background. */
    public void load() {
        if (!canLoad.get()) {
            return;
        }
        Path source = sourcePath.get();
        PrepareOptions options = options();
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        int generation = ++loadGeneration;
        loading.set(true);
        progress.set(INDETERMINATE);
        errorMessage.set("");
        runner.run(() -> loadInBackground(source, options, cancel, generation),
                outcome -> finishLoad(outcome, generation),
                failure -> finishLoad(new LoadOutcome(null, null, List.of(),
                        "Loading failed unexpectedly: " + failure), generation));
    }

    /** Asks a running load to stop; it ends with the message "Loading cancelled". */
    public void cancel() {
        cancelFlag.set(true);
    }

    private record LoadOutcome(LoadedDataset dataset, Path report, List<PreviewImage> preview, String error) {
    }

    /** Runs on a worker thread: touches no property, publishes progress through the runner. */
    private LoadOutcome loadInBackground(Path source, PrepareOptions options, AtomicBoolean cancel, int generation) {
        try {
            LoadedDataset ds = loader.load(source, options, (done, total) -> {
                double value = total == 0 ? INDETERMINATE : (double) done / total;
                runner.runOnUiThread(() -> {
                    if (generation == loadGeneration && loading.get()) {
                        progress.set(value);
                    }
                });
            }, cancel::get);
            return new LoadOutcome(ds, writeReport(ds.report()), PreviewImage.sample(ds, PREVIEW_LIMIT), null);
        } catch (DatasetException e) {
            Path report = e.report().map(this::writeReport).orElse(null);
            return new LoadOutcome(null, report, List.of(), e.getMessage());
        }
    }

    private void finishLoad(LoadOutcome outcome, int generation) {
        if (generation != loadGeneration) {
            return;
        }
        loading.set(false);
        if (outcome.report() != null) {
            reportPath.set(outcome.report());
        }
        if (outcome.error() != null) {
            progress.set(0);
            errorMessage.set(outcome.error());
            return;
        }
        progress.set(1);
        LoadedDataset ds = outcome.dataset();
        LoadReport r = ds.report();
        ImageShape s = ds.shape();
        usedCount.set(ds.count());
        skippedCount.set(r.skipped().size());
        shape.set(s);
        dataset.set(ds);
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
        statsText.set(stats.toString());
        List<String> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : r.classCounts().entrySet()) {
            counts.add(e.getKey() + ": " + e.getValue());
        }
        classCounts.setAll(counts);
        preview.setAll(outcome.preview());
    }

    private Path writeReport(LoadReport report) {
        Path file = reportDirectory.resolve(REPORT_FILE_NAME);
        try {
            report.writeTo(file);
            return file;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the dataset report " + file, e);
            return null; // the report is a convenience; loading itself succeeded or failed on its own terms
        }
    }

    // ---- estimate ----

    private void refreshEstimate() {
        Path source = sourcePath.get();
        int generation = ++estimateGeneration;
        if (source == null) {
            estimateText.set("Choose a dataset folder");
            return;
        }
        PrepareOptions options = options();
        estimateText.set("Counting images…");
        runner.run(() -> {
            try {
                return loader.estimate(source, options).summary();
            } catch (DatasetException e) {
                return e.getMessage();
            }
        }, text -> {
            if (generation == estimateGeneration) {
                estimateText.set(text);
            }
        }, failure -> {
            if (generation == estimateGeneration) {
                estimateText.set("Cannot estimate: " + failure.getMessage());
            }
        });
    }

    /** True while there is an error to show. */
    public BooleanBinding hasErrorProperty() {
        return hasError;
    }
}
