package org.ganstudio.ui.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.MetricsView;
import org.ganstudio.session.ImageBatch;
import org.ganstudio.ui.common.ArgbRaster;

/** Writes what the lab shows to ordinary files: PNG images, the metrics as CSV, the grids as a GIF timelapse. */
public final class Exports {

    /** Frame time of the timelapse. */
    public static final int TIMELAPSE_DELAY_MS = 150;
    /** A timelapse of more grids than this uses an even subset, to keep the file small. */
    public static final int TIMELAPSE_MAX_FRAMES = 200;

    private Exports() {
    }

    public static BufferedImage toImage(ArgbRaster r) {
        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, r.width(), r.height(), r.pixels(), 0, r.width());
        return img;
    }

    public static void writePng(Path file, BufferedImage image) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        if (!ImageIO.write(image, "png", tmp.toFile())) {
            throw new IOException("this Java runtime cannot write PNG images");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The metrics in the same CSV columns as the experiment file's metrics.csv. */
    public static void writeCsv(Path file, MetricsView metrics) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(MetricsHistory.CSV_HEADER);
            w.write('\n');
            for (int i = 0; i < metrics.size(); i++) {
                w.write(MetricsHistory.csvLine(metrics.get(i)));
                w.write('\n');
            }
        }
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
            frames.add(toImage(ArgbRaster.tile(g, 0, g.count(), 8, scale, 2)));
        }
        AnimatedGif.write(file, frames, TIMELAPSE_DELAY_MS);
    }
}
