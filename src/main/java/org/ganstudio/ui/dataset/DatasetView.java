package org.ganstudio.ui.dataset;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

import org.ganstudio.dataset.AlphaBackground;
import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.FitMode;
import org.ganstudio.ui.common.DocumentOpener;
import org.ganstudio.ui.common.FolderChooser;
import org.ganstudio.ui.common.Texts;

/**
 * The dataset screen, built in code: source (shipped datasets, a path field, a folder chooser), preparation
 * options, the estimate, load with progress and cancel, errors, statistics and a preview grid. It only binds to
 * {@link DatasetViewModel}; the folder dialog and the report opener come in from outside so tests can replace them.
 */
public final class DatasetView {

    /** Preview tiles are drawn at this size with nearest-neighbour scaling, so pixels stay visible. */
    static final double TILE_SIZE = 64;

    private final DatasetViewModel viewModel;
    private final FolderChooser folderChooser;
    private final DocumentOpener documentOpener;
    private final VBox root = new VBox(10);
    private final TilePane previewGrid = new TilePane(4, 4);

    public DatasetView(DatasetViewModel viewModel, FolderChooser folderChooser, DocumentOpener documentOpener) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.folderChooser = Objects.requireNonNull(folderChooser, "folderChooser");
        this.documentOpener = Objects.requireNonNull(documentOpener, "documentOpener");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setPadding(new Insets(12));
        root.setId("datasetView");
        root.getChildren().addAll(sourceRow(), optionsRow(), estimateLabel(), actionsRow(), errorLabel(),
                statsBox(), previewPane());
    }

    private VBox sourceRow() {
        ComboBox<ShippedDataset> shipped = new ComboBox<>(viewModel.shippedDatasets());
        shipped.setId("datasetShipped");
        shipped.setPromptText(Texts.get("dataset.shipped"));
        shipped.setTooltip(new Tooltip(Texts.get("dataset.shipped.tip")));
        shipped.valueProperty().bindBidirectional(viewModel.selectedShippedProperty());

        TextField path = new TextField();
        path.setId("datasetPath");
        path.setPromptText(Texts.get("dataset.path"));
        path.setTooltip(new Tooltip(Texts.get("dataset.path.tip")));
        HBox.setHgrow(path, Priority.ALWAYS);
        viewModel.sourcePathProperty().subscribe(p -> path.setText(p == null ? "" : p.toString()));
        path.setOnAction(e -> viewModel.setSourceText(path.getText()));
        path.focusedProperty().subscribe(focused -> {
            if (!focused) {
                viewModel.setSourceText(path.getText());
            }
        });

        Button choose = new Button(Texts.get("dataset.choose"));
        choose.setId("datasetChoose");
        choose.setTooltip(new Tooltip(Texts.get("dataset.choose.tip")));
        choose.setOnAction(e -> folderChooser
                .chooseFolder(root.getScene() == null ? null : root.getScene().getWindow(),
                        viewModel.sourcePathProperty().get())
                .ifPresent(viewModel.sourcePathProperty()::set));
        choose.disableProperty().bind(viewModel.loadingProperty());

        // two lines, so a narrow column (small screen, 150 % scaling) still shows the list and the path
        HBox row = new HBox(8, new Label(Texts.get("dataset.label")), shipped);
        row.setAlignment(Pos.CENTER_LEFT);
        shipped.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(shipped, Priority.ALWAYS);
        keepTextWhole(row);
        HBox pathRow = new HBox(8, path, choose);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        keepTextWhole(pathRow);
        return new VBox(6, row, pathRow);
    }

    private FlowPane optionsRow() {
        ComboBox<Integer> size = new ComboBox<>();
        size.getItems().setAll(viewModel.supportedSizes());
        size.setId("datasetSize");
        size.setTooltip(new Tooltip(Texts.get("dataset.size.tip")));
        size.setConverter(converter(Map.of(), n -> n + " × " + n));
        size.valueProperty().bindBidirectional(viewModel.imageSizeProperty());

        ComboBox<ChannelMode> channels = new ComboBox<>();
        channels.getItems().setAll(ChannelMode.values());
        channels.setId("datasetChannels");
        channels.setTooltip(new Tooltip(Texts.get("dataset.channels.tip")));
        channels.setConverter(converter(Map.of(ChannelMode.AUTO, Texts.get("dataset.channels.auto"),
                ChannelMode.GRAYSCALE, Texts.get("dataset.channels.gray"), ChannelMode.RGB, Texts.get("dataset.channels.rgb")), Object::toString));
        channels.valueProperty().bindBidirectional(viewModel.channelModeProperty());

        ComboBox<FitMode> fit = new ComboBox<>();
        fit.getItems().setAll(FitMode.values());
        fit.setId("datasetFit");
        fit.setTooltip(new Tooltip(Texts.get("dataset.fit.tip")));
        fit.setConverter(converter(Map.of(FitMode.CENTER_CROP, Texts.get("dataset.fit.crop"), FitMode.PAD, Texts.get("dataset.fit.pad")),
                Object::toString));
        fit.valueProperty().bindBidirectional(viewModel.fitModeProperty());

        ComboBox<AlphaBackground> background = new ComboBox<>();
        background.getItems().setAll(AlphaBackground.values());
        background.setId("datasetBackground");
        background.setTooltip(new Tooltip(Texts.get("dataset.background.tip")));
        background.setConverter(converter(Map.of(AlphaBackground.WHITE, Texts.get("dataset.background.white"),
                AlphaBackground.BLACK, Texts.get("dataset.background.black")),
                Object::toString));
        background.valueProperty().bindBidirectional(viewModel.backgroundProperty());

        FlowPane row = new FlowPane(8, 6,
                new Label(Texts.get("dataset.size")), size, new Label(Texts.get("dataset.channels")), channels,
                new Label(Texts.get("dataset.fit")), fit, new Label(Texts.get("dataset.background")), background);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(viewModel.loadingProperty());
        return row;
    }

    private Label estimateLabel() {
        Label estimate = new Label();
        estimate.setId("datasetEstimate");
        estimate.setWrapText(true);
        estimate.textProperty().bind(viewModel.estimateTextProperty());
        return estimate;
    }

    private HBox actionsRow() {
        Button load = new Button(Texts.get("dataset.load"));
        load.setId("datasetLoad");
        load.setTooltip(new Tooltip(Texts.get("dataset.load.tip")));
        load.setDefaultButton(true);
        load.disableProperty().bind(viewModel.canLoadProperty().not());
        load.setOnAction(e -> viewModel.load());

        ProgressBar progress = new ProgressBar();
        progress.setId("datasetProgress");
        progress.setTooltip(new Tooltip(Texts.get("dataset.progress.tip")));
        progress.setPrefWidth(220);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());

        Button cancel = new Button(Texts.get("dataset.cancel"));
        cancel.setId("datasetCancel");
        cancel.setTooltip(new Tooltip(Texts.get("dataset.cancel.tip")));
        cancel.disableProperty().bind(viewModel.canCancelProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());

        Button report = new Button(Texts.get("dataset.report"));
        report.setId("datasetOpenReport");
        report.setTooltip(new Tooltip(Texts.get("dataset.report.tip")));
        report.disableProperty().bind(viewModel.canOpenReportProperty().not());
        report.setOnAction(e -> {
            Path file = viewModel.reportPathProperty().get();
            if (file != null) {
                documentOpener.open(file);
            }
        });

        progress.setMinWidth(40);
        HBox row = new HBox(8, load, progress, cancel, report);
        row.setAlignment(Pos.CENTER_LEFT);
        keepTextWhole(row);
        return row;
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId("datasetError");
        error.setWrapText(true);
        error.setTextFill(Color.FIREBRICK);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.hasErrorProperty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private VBox statsBox() {
        Label stats = new Label();
        stats.setId("datasetStats");
        stats.textProperty().bind(viewModel.statsTextProperty());
        Label classes = new Label();
        classes.setId("datasetClasses");
        classes.setWrapText(true);
        viewModel.classCounts().subscribe(() -> classes.setText(String.join(" · ", viewModel.classCounts())));
        return new VBox(4, stats, classes);
    }

    private ScrollPane previewPane() {
        previewGrid.setId("datasetPreview");
        previewGrid.setPrefTileWidth(TILE_SIZE);
        previewGrid.setPrefTileHeight(TILE_SIZE);
        previewGrid.setPrefColumns(8);
        viewModel.previewImages().addListener((ListChangeListener<PreviewImage>) c -> showPreview());
        showPreview();
        ScrollPane scroll = new ScrollPane(previewGrid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void showPreview() {
        previewGrid.getChildren().clear();
        for (PreviewImage p : viewModel.previewImages()) {
            WritableImage image = new WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(),
                    p.argb(), 0, p.width());
            ImageView view = new ImageView(image);
            view.setSmooth(false);
            view.setPreserveRatio(true);
            view.setFitWidth(TILE_SIZE);
            view.setFitHeight(TILE_SIZE);
            if (!p.label().isEmpty()) {
                Tooltip.install(view, new Tooltip(p.label()));
            }
            previewGrid.getChildren().add(view);
        }
    }

    /** In a narrow pane, buttons and labels keep their text; fields and the progress bar give way. */
    private static void keepTextWhole(HBox row) {
        for (javafx.scene.Node n : row.getChildren()) {
            if (n instanceof Button || n instanceof Label) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    private static <T> StringConverter<T> converter(Map<T, String> names, java.util.function.Function<T, String> other) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.getOrDefault(value, other.apply(value));
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
