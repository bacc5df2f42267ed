package org.ganstudio.imaging;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a sample-grid PNG (as {@code train} writes them) back into plain pixels for display. */
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
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new ArgbRaster(img.getWidth(), img.getHeight(), px);
    }
}
