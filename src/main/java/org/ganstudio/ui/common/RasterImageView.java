package org.ganstudio.ui.common;

import org.ganstudio.imaging.ArgbRaster;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An {@link ImageView} that shows {@link ArgbRaster}s: one {@code PixelWriter.setPixels} call per refresh into a
 * reused {@link WritableImage}, drawn without smoothing so small generated images stay crisp when enlarged.
 */
public final class RasterImageView extends ImageView {

    private WritableImage image;
    private ArgbRaster shown;

    public RasterImageView() {
        setSmooth(false);
        setPreserveRatio(true);
    }

    /** Shows {@code raster}, or clears the view when it is null. */
    public void show(ArgbRaster raster) {
        if (raster == shown) {
            return;
        }
        shown = raster;
        if (raster == null) {
            setImage(null);
            image = null;
            return;
        }
        if (image == null || (int) image.getWidth() != raster.width() || (int) image.getHeight() != raster.height()) {
            image = new WritableImage(raster.width(), raster.height());
        }
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.pixels(), 0, raster.width());
        if (getImage() != image) {
            setImage(image);
        }
    }

    public ArgbRaster shownRaster() {
        return shown;
    }
}
