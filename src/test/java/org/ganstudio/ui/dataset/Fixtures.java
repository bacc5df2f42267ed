package org.ganstudio.ui.dataset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Small image folders for the ViewModel and view tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code n} 12×12 gray PNGs with values first, first+1, … into {@code folder}. */
    static void grayImages(Path folder, int n, int first) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            BufferedImage img = new BufferedImage(12, 12, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 12; x++) {
                    img.getRaster().setSample(x, y, 0, first + i);
                }
            }
            ImageIO.write(img, "png", folder.resolve(String.format("img%03d.png", i)).toFile());
        }
    }
}
