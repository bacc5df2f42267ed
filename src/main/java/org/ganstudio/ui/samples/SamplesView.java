package org.ganstudio.ui.samples;

import java.util.Objects;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.common.FittedRaster;
import org.ganstudio.ui.common.RasterImageView;
import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.Texts;

/**
 * The sample grid: one image for all 64 cells (one pixel write per refresh), a scrubber through earlier grids, and a
 * menu on each cell to enlarge it or make it a latent endpoint.
 */
public final class SamplesView {

    static final int ENLARGED_SIDE = 256;

    private final SamplesViewModel viewModel;
    private final VBox root = new VBox(6);
    private final FittedRaster grid = new FittedRaster(4);
    private final ContextMenu cellMenu = new ContextMenu();
    private final Popup enlargedPopup = new Popup();
    private final RasterImageView enlarged = new RasterImageView();
    private int menuCell = -1;

    public SamplesView(SamplesViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("samplesView");
        root.setPadding(new Insets(8));
        Label title = new Label(Texts.get("samples.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.setId("gridCaption");
        caption.getStyleClass().add("muted");
        caption.textProperty().bind(viewModel.captionProperty());
        caption.setMinWidth(0);
        javafx.scene.control.CheckBox scores = new javafx.scene.control.CheckBox(Texts.get("samples.scores"));
        scores.setId("gridScores");
        scores.setTooltip(new Tooltip(Texts.get("samples.scores.tip")));
        scores.selectedProperty().bindBidirectional(viewModel.showScoresProperty());
        // the caption gives way, not the box: title and box fit the column's minimum width (230 px)
        scores.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, caption, spacer, scores);
        header.setAlignment(Pos.BASELINE_LEFT);

        grid.setId("sampleGrid");
        grid.setAlignTop(true);
        viewModel.rasterProperty().subscribe(grid::show);
        grid.setOnMouseClicked(this::clicked);
        Tooltip.install(grid, new Tooltip(Texts.get("samples.grid.tip")));
        Label empty = new Label(Texts.get("samples.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(240);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.getStyleClass().add("empty-hint");
        empty.visibleProperty().bind(viewModel.hasGridProperty().not());
        // what the frames say, over the grid's foot (an overlay, so the column needs no more height)
        Label scoresLine = new Label();
        scoresLine.setId("gridScoresLine");
        scoresLine.setWrapText(true);
        scoresLine.setStyle("-fx-background-color: rgba(20,22,28,0.82); -fx-text-fill: white; -fx-padding: 4 6 4 6;");
        scoresLine.textProperty().bind(viewModel.scoresLineProperty());
        scoresLine.visibleProperty().bind(viewModel.showScoresProperty());
        scoresLine.setMouseTransparent(true);
        StackPane.setAlignment(scoresLine, Pos.BOTTOM_LEFT);
        StackPane well = new StackPane(grid, empty, scoresLine);
        well.setMinSize(160, 160);
        VBox.setVgrow(well, Priority.ALWAYS);

        Slider scrubber = new Slider(0, 0, 0);
        scrubber.setId("gridScrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.maxProperty().bind(viewModel.gridCountProperty().map(n -> Math.max(0, n.intValue() - 1)));
        scrubber.disableProperty().bind(viewModel.gridCountProperty().lessThan(2));
        scrubber.setTooltip(new Tooltip(Texts.get("samples.history.tip")));
        viewModel.indexProperty().subscribe(i -> {
            if ((int) Math.round(scrubber.getValue()) != i.intValue()) {
                scrubber.setValue(Math.max(0, i.intValue()));
            }
        });
        scrubber.valueProperty().addListener((obs, old, now) -> {
            int i = (int) Math.round(now.doubleValue());
            if (i != viewModel.indexProperty().get() && viewModel.gridCountProperty().get() > 0) {
                viewModel.indexProperty().set(i);
            }
        });
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        Button newest = new Button(Texts.get("samples.newest"));
        newest.setId("gridNewest");
        newest.setTooltip(new Tooltip(Texts.get("samples.newest.tip")));
        newest.disableProperty().bind(viewModel.followingProperty());
        newest.setOnAction(e -> viewModel.followNewest());
        newest.setMinWidth(Region.USE_PREF_SIZE);
        Label history = new Label(Texts.get("samples.history"));
        history.setMinWidth(Region.USE_PREF_SIZE);
        HBox scrub = new HBox(8, history, scrubber, newest);
        scrub.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, well, scrub);
        buildCellMenu();
    }

    private void buildCellMenu() {
        MenuItem enlarge = new MenuItem(Texts.get("samples.enlarge"));
        enlarge.setId("cellEnlarge");
        enlarge.setOnAction(e -> showEnlarged(menuCell));
        MenuItem useA = new MenuItem(Texts.get("samples.useA"));
        useA.setId("cellUseA");
        useA.setOnAction(e -> viewModel.useCellAs(menuCell, Endpoint.A));
        MenuItem useB = new MenuItem(Texts.get("samples.useB"));
        useB.setId("cellUseB");
        useB.setOnAction(e -> viewModel.useCellAs(menuCell, Endpoint.B));
        cellMenu.getItems().addAll(enlarge, new SeparatorMenuItem(), useA, useB);

        enlarged.setId("cellEnlarged");
        enlarged.setFitWidth(ENLARGED_SIDE);
        enlarged.setFitHeight(ENLARGED_SIDE);
        StackPane frame = new StackPane(enlarged);
        frame.getStyleClass().add("popup-frame");
        frame.setOnMouseClicked(e -> enlargedPopup.hide());
        enlargedPopup.getContent().add(frame);
        enlargedPopup.setAutoHide(true);
    }

    private void clicked(MouseEvent e) {
        Bounds b = grid.imageBounds();
        int cell = viewModel.cellAt((e.getX() - b.getMinX()) / b.getWidth(), (e.getY() - b.getMinY()) / b.getHeight());
        if (cell < 0) {
            return;
        }
        menuCell = cell;
        cellMenu.getItems().get(0).setText(Texts.get("samples.enlargeCell", Integer.toString(cell + 1)));
        cellMenu.show(grid, e.getScreenX(), e.getScreenY());
    }

    /** Shows cell {@code cell} at {@value #ENLARGED_SIDE} px next to the grid. */
    void showEnlarged(int cell) {
        ArgbRaster r = viewModel.enlarged(cell, ENLARGED_SIDE);
        if (r == null || grid.getScene() == null) {
            return;
        }
        enlarged.show(r);
        Bounds screen = grid.localToScreen(grid.getBoundsInLocal());
        enlargedPopup.show(grid, screen.getMinX() + 16, screen.getMinY() + 16);
    }
}
