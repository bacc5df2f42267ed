package org.ganstudio.imaging;

import javax.imageio.ImageIO;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a sample-grid PNG back into plain pixels: for display (as {@code train} writes them), or cut into its tiles
 * for scoring (a gap-free grid as {@code sample --plain} and the PyTorch peer write them).
 */
public final class GridPng {

    /** Larger pictures are refused: a grid is a few hundred pixels a side. */
    static final int MAX_SIDE = 8192;

    private GridPng() {
    }

    /** @throws IOException when the file is not a readable picture of a sane size */
    public static ArgbRaster read(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new IOException(file.getFileName() + " is not a picture");
        }
        if (img.getWidth() > MAX_SIDE || img.getHeight() > MAX_SIDE) {
            throw new IOException(file.getFileName() + " is too large for a sample grid");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px;
        if (img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && img.getSampleModel().getSampleSize(0) == 8) {
            // the stored grey levels themselves (getRGB would pass them through a gamma conversion), as the
            // dataset loader reads grey pictures
            int[] grey = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
            px = new int[grey.length];
            for (int i = 0; i < grey.length; i++) {
                int v = grey[i];
                px[i] = 0xff000000 | v << 16 | v << 8 | v;
            }
        } else {
            px = img.getRGB(0, 0, w, h, null, 0, w);
        }
        return new ArgbRaster(w, h, px);
    }

    /**
     * The tiles of a gap-free grid with {@code columns} square tiles a row, row by row, as NCHW floats in [-1, 1]
     * (pixel / 127.5 - 1, as the dataset loader maps them); one channel takes the red of each (grey) pixel, three
     * take red, green, blue.
     *
     * @throws IOException when the picture is no such grid: its width is not a multiple of {@code columns}, or its
     *                     height not a multiple of the tile side that gives
     */
    public static float[] tiles(ArgbRaster grid, int columns, int channels) throws IOException {
        int side = tileSide(grid, columns);
        if (grid.height() % side != 0) {
            throw new IOException("the picture is " + grid.height() + " pixels high, which is not a whole number of "
                    + "rows of " + side + "-pixel tiles");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels " + channels);
        }
        int rows = grid.height() / side;
        int plane = side * side;
        float[] out = new float[rows * columns * channels * plane];
        for (int t = 0; t < rows * columns; t++) {
            int ox = (t % columns) * side;
            int oy = (t / columns) * side;
            int base = t * channels * plane;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int argb = grid.argb(ox + x, oy + y);
                    int i = base + y * side + x;
                    out[i] = ((argb >> 16) & 0xff) / 127.5f - 1f;
                    if (channels == 3) {
                        out[i + plane] = ((argb >> 8) & 0xff) / 127.5f - 1f;
                        out[i + 2 * plane] = (argb & 0xff) / 127.5f - 1f;
                    }
                }
            }
        }
        return out;
    }

    /** The side of the tiles when {@code columns} of them fill the picture's width; refused when they do not. */
    public static int tileSide(ArgbRaster grid, int columns) throws IOException {
        if (columns < 1 || grid.width() % columns != 0) {
            throw new IOException("the picture is " + grid.width() + " pixels wide, which is not " + columns
                    + " equal tiles");
        }
        return grid.width() / columns;
    }

    /** Tiles a row in the grids {@code sample --plain} writes, as the PyTorch peer does. */
    public static final int PLAIN_COLUMNS = 64;
}
