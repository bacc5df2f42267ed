package org.ganstudio.cli;

import org.ganstudio.session.ImageBatch;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated images as one PNG grid, each image scaled up by whole pixels and framed by a gap. */
final class PngGrid {

    private PngGrid() {
    }

    static void write(ImageBatch batch, Path file) throws IOException {
        int n = batch.count();
        int cols = (int) Math.ceil(Math.sqrt(n));
        int rows = (n + cols - 1) / cols;
        int w = batch.shape().width();
        int h = batch.shape().height();
        int scale = Math.max(1, 64 / Math.max(w, h));
        int gap = 2;
        int cw = w * scale + gap;
        int ch = h * scale + gap;
        BufferedImage img = new BufferedImage(cols * cw + gap, rows * ch + gap, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x20, 0x20, 0x24));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        for (int i = 0; i < n; i++) {
            int ox = gap + (i % cols) * cw;
            int oy = gap + (i / cols) * ch;
            for (int y = 0; y < h * scale; y++) {
                for (int x = 0; x < w * scale; x++) {
                    img.setRGB(ox + x, oy + y, batch.argb(i, x / scale, y / scale));
                }
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
