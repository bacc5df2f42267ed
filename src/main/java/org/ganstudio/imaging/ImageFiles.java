package org.ganstudio.imaging;

import org.ganstudio.model.ImageBatch;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated images to ordinary files for the app's exports and the command line's sample grids alike:
 * PNG images, a batch as a PNG grid, and the grids over time as a GIF timelapse. Every file is written beside
 * its target first and moved into place when complete; a failed write leaves neither a half file nor a
 * {@code .partial} behind.
 */
public final class ImageFiles {

    /** Frame time of the timelapse. */
    public static final int TIMELAPSE_DELAY_MS = 150;
    /** A timelapse of more grids than this uses an even subset, to keep the file small. */
    public static final int TIMELAPSE_MAX_FRAMES = 200;
    /** Grid images are scaled up by whole pixels until their longer side is at least this. */
    public static final int GRID_MIN_SIDE = 64;
    /** Gap between grid cells, in pixels. */
    public static final int GRID_GAP = 2;

    /** Writes the content of an already opened stream; the caller opens and closes it. */
    @FunctionalInterface
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private ImageFiles() {
    }

    public static BufferedImage toImage(ArgbRaster r) {
        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, r.width(), r.height(), r.pixels(), 0, r.width());
        return img;
    }

    /** A batch of images as a near-square grid, each scaled up by whole pixels and framed by a gap. */
    public static ArgbRaster grid(ImageBatch batch) {
        int columns = (int) Math.ceil(Math.sqrt(batch.count()));
        int scale = ArgbRaster.scaleFor(Math.max(batch.shape().width(), batch.shape().height()), GRID_MIN_SIDE);
        return ArgbRaster.tile(batch, 0, batch.count(), columns, scale, GRID_GAP);
    }

    public static void writePng(Path file, BufferedImage image) throws IOException {
        writeAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java runtime cannot write PNG images");
            }
        });
    }

    /** {@link #grid} as a PNG; creates the parent folders. */
    public static void writeGridPng(Path file, ImageBatch batch) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writePng(file, toImage(grid(batch)));
    }

    /** One frame per grid (oldest first), tiled 8 wide like the sample grid. */
    public static void writeTimelapse(Path file, List<ImageBatch> grids) throws IOException {
        if (grids.isEmpty()) {
            throw new IOException("there are no sample grids yet: train for a while first");
        }
        List<BufferedImage> frames = new ArrayList<>();
        int n = Math.min(grids.size(), TIMELAPSE_MAX_FRAMES);
        for (int k = 0; k < n; k++) {
            ImageBatch g = grids.get((int) ((long) k * (grids.size() - 1) / Math.max(1, n - 1)));
            int scale = ArgbRaster.scaleFor(g.shape().width(), 48);
            frames.add(toImage(ArgbRaster.tile(g, 0, g.count(), 8, scale, GRID_GAP)));
        }
        writeAtomically(file, out -> AnimatedGif.write(out, frames, TIMELAPSE_DELAY_MS));
    }

    /**
     * Writes to {@code file}{@code .partial}, closes it, then moves it over {@code file} (the stream is closed
     * before the move, which Windows requires); on any failure the partial file is deleted.
     */
    static void writeAtomically(Path file, StreamWriter content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
