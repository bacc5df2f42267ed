package org.ganstudio.ui.common;

import org.ganstudio.imaging.ArgbRaster;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;

/**
 * A {@link RasterImageView} that scales to the largest size fitting its region (keeping the aspect ratio, centred),
 * so a grid or strip shrinks and grows with the window instead of forcing its pixel size on the layout.
 */
public final class FittedRaster extends Region {

    private final RasterImageView view = new RasterImageView();
    private final Region frame = new Region();
    private final double maxScale;
    private static final double FRAME = 4;

    /** @param maxScale the image is drawn at most this many times its raster size */
    public FittedRaster(double maxScale) {
        this.maxScale = maxScale;
        frame.getStyleClass().add("image-frame");
        frame.setManaged(false);
        frame.setVisible(false);
        getChildren().addAll(frame, view);
        setMinSize(32, 32);
        setPadding(Insets.EMPTY);
    }

    private boolean alignTop;

    /** Puts the image at the top instead of the vertical centre. */
    public void setAlignTop(boolean top) {
        alignTop = top;
        requestLayout();
    }

    public RasterImageView imageView() {
        return view;
    }

    public void show(ArgbRaster raster) {
        view.show(raster);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        ArgbRaster r = view.shownRaster();
        return r == null ? 120 : r.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        ArgbRaster r = view.shownRaster();
        return r == null ? 120 : r.height();
    }

    @Override
    protected void layoutChildren() {
        ArgbRaster r = view.shownRaster();
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        frame.setVisible(r != null);
        if (r == null || w <= 2 * FRAME || h <= 2 * FRAME) {
            return;
        }
        double scale = Math.min(maxScale, Math.min((w - 2 * FRAME) / r.width(), (h - 2 * FRAME) / r.height()));
        double fw = Math.floor(r.width() * scale);
        double fh = Math.floor(r.height() * scale);
        view.setFitWidth(fw);
        view.setFitHeight(fh);
        double x = in.getLeft() + Math.floor((w - fw) / 2);
        double y = in.getTop() + (alignTop ? FRAME : Math.floor((h - fh) / 2));
        view.relocate(x, y);
        frame.resizeRelocate(x - FRAME, y - FRAME, fw + 2 * FRAME, fh + 2 * FRAME);
    }

    /** The image's bounds inside this region, for hit-testing clicks. */
    public javafx.geometry.Bounds imageBounds() {
        return view.getBoundsInParent();
    }
}
