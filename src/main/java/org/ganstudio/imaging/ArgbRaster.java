package org.ganstudio.imaging;

import java.util.Objects;

import org.ganstudio.model.ImageBatch;

/**
 * An image as opaque ARGB ints, row-major: what ViewModels hand to views (which write it into a
 * {@code WritableImage} in one call) and to exporters, without touching the scene graph.
 */
public record ArgbRaster(int width, int height, int[] pixels) {

    /** Colour of the gaps between tiles. */
    public static final int GAP_COLOUR = 0xFF1E2229;

    public ArgbRaster {
        Objects.requireNonNull(pixels, "pixels");
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("raster " + width + "x" + height + " with " + pixels.length + " pixels");
        }
    }

    /** Integer upscaling factor so that an image of side {@code size} is drawn at least {@code minSide} pixels. */
    public static int scaleFor(int size, int minSide) {
        return Math.max(1, (minSide + size - 1) / size);
    }

    /**
     * Images {@code first .. first+count-1} of {@code batch} in rows of {@code columns}, each upscaled by the
     * integer {@code scale} with nearest-neighbour sampling and separated by {@code gap} pixels.
     */
    public static ArgbRaster tile(ImageBatch batch, int first, int count, int columns, int scale, int gap) {
        int w = batch.shape().width();
        int h = batch.shape().height();
        int rows = Math.max(1, (count + columns - 1) / columns);
        int cols = Math.max(1, Math.min(columns, count));
        int tileW = w * scale;
        int tileH = h * scale;
        int width = cols * tileW + (cols - 1) * gap;
        int height = rows * tileH + (rows - 1) * gap;
        int[] out = new int[width * height];
        java.util.Arrays.fill(out, GAP_COLOUR);
        int[] row = new int[tileW];
        for (int k = 0; k < count; k++) {
            int image = first + k;
            int ox = (k % columns) * (tileW + gap);
            int oy = (k / columns) * (tileH + gap);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int argb = batch.argb(image, x, y);
                    for (int s = 0; s < scale; s++) {
                        row[x * scale + s] = argb;
                    }
                }
                for (int s = 0; s < scale; s++) {
                    System.arraycopy(row, 0, out, (oy + y * scale + s) * width + ox, tileW);
                }
            }
        }
        return new ArgbRaster(width, height, out);
    }

    /** One image of {@code batch}, upscaled. */
    public static ArgbRaster single(ImageBatch batch, int index, int scale) {
        return tile(batch, index, 1, 1, scale, 0);
    }

    public int argb(int x, int y) {
        return pixels[y * width + x];
    }
}
