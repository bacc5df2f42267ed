package org.ganstudio.ui.dataset;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
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
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.FitMode;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Texts;

/**
 * The dataset screen's state: which source, how to prepare it, what loading would cost, loading with progress and
 * cancel, and the loaded {@link LoadedDataset} with its statistics, report and a preview. All work runs through the
 * {@link BackgroundRunner}; properties change only on the UI thread.
 */
public final class DatasetViewModel {


    /** Most images shown in the preview grid. */
    public static final int PREVIEW_LIMIT = 64;
    /** {@link #progressProperty()} while the total is not known yet (the value ProgressBar treats as indeterminate). */
    public static final double INDETERMINATE = -1;

    private final DatasetLoading loads;
    private final SizeEstimate estimate;
    private final long memoryBudget;

    private final ObservableList<ShippedDataset> shipped;
    private final ObjectProperty<ShippedDataset> selectedShipped = new SimpleObjectProperty<>(this, "selectedShipped");
    private final ObjectProperty<Path> sourcePath = new SimpleObjectProperty<>(this, "sourcePath");
    private final ObjectProperty<Integer> imageSize = new SimpleObjectProperty<>(this, "imageSize");
    private final ObjectProperty<ChannelMode> channelMode = new SimpleObjectProperty<>(this, "channelMode");
    private final ObjectProperty<FitMode> fitMode = new SimpleObjectProperty<>(this, "fitMode");
    private final ObjectProperty<AlphaBackground> background = new SimpleObjectProperty<>(this, "background");

    private final ReadOnlyObjectWrapper<LoadedDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyIntegerWrapper usedCount = new ReadOnlyIntegerWrapper(this, "usedCount");
    private final ReadOnlyIntegerWrapper skippedCount = new ReadOnlyIntegerWrapper(this, "skippedCount");
    private final ReadOnlyObjectWrapper<ImageShape> shape = new ReadOnlyObjectWrapper<>(this, "shape");
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper(this, "statsText", Texts.get("dataset.noneLoaded"));
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


    /**
     * @param shippedDatasets datasets offered in the chooser; the preferred one is selected
     * @param reportDirectory where the report of the last load is written
     */
    public DatasetViewModel(DatasetLoader loader, BackgroundRunner runner, List<ShippedDataset> shippedDatasets,
                            Path reportDirectory) {
        this.loads = new DatasetLoading(loader, runner, reportDirectory);
        this.estimate = new SizeEstimate(loader, runner);
        this.shipped = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(shippedDatasets));
        PrepareOptions defaults = PrepareOptions.defaults();
        this.memoryBudget = defaults.memoryBudgetBytes();
        imageSize.set(defaults.imageSize());
        channelMode.set(defaults.channelMode());
        fitMode.set(defaults.fitMode());
        background.set(defaults.background());

        ReadOnlyBooleanProperty loading = loads.loadingProperty();
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
            if (!loads.loadingProperty().get()) {
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
            errorMessage.set(Texts.get("dataset.badPath", trimmed));
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
        return estimate.textProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    /** 0..1 while loading, {@link #INDETERMINATE} while files are still being listed. */
    public ReadOnlyDoubleProperty progressProperty() {
        return loads.progressProperty();
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return loads.loadingProperty();
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
        if (canLoad.get()) {
            startLoad(sourcePath.get(), options());
        }
    }

    /**
     * Loads {@code source} with exactly {@code options} (e.g. those an experiment file recorded), showing both in
     * the form, with progress, report and cancel as for a chosen folder. Completes on the UI thread with the
     * dataset, or exceptionally with the reason (a {@link java.util.concurrent.CancellationException} when
     * cancelled or superseded).
     */
    public CompletableFuture<LoadedDataset> load(Path source, PrepareOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        sourcePath.set(source.toAbsolutePath().normalize());
        imageSize.set(options.imageSize());
        channelMode.set(options.channelMode());
        fitMode.set(options.fitMode());
        background.set(options.background());
        return startLoad(sourcePath.get(), options);
    }

    /** Asks a running load to stop; it ends with the message "Loading cancelled". */
    public void cancel() {
        loads.cancel();
    }

    private CompletableFuture<LoadedDataset> startLoad(Path source, PrepareOptions options) {
        errorMessage.set("");
        return loads.load(source, options, this::finishLoad);
    }

    private void finishLoad(DatasetLoading.Outcome outcome) {
        if (outcome.report() != null) {
            reportPath.set(outcome.report());
        }
        if (outcome.error() != null) {
            errorMessage.set(outcome.error());
            return;
        }
        LoadedDataset ds = outcome.dataset();
        usedCount.set(ds.count());
        skippedCount.set(ds.report().skipped().size());
        shape.set(ds.shape());
        dataset.set(ds);
        statsText.set(DatasetStats.summary(ds));
        classCounts.setAll(DatasetStats.classCounts(ds));
        preview.setAll(outcome.preview());
    }

    private void refreshEstimate() {
        estimate.refresh(sourcePath.get(), options());
    }

    /** True while there is an error to show. */
    public BooleanBinding hasErrorProperty() {
        return hasError;
    }
}
