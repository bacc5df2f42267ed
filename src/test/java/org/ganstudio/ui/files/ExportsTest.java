package org.ganstudio.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.Presets;
import org.ganstudio.session.ImageBatch;
import org.ganstudio.ui.common.ArgbRaster;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @TempDir
    Path dir;

    @Test
    void theTimelapseIsALoopingGifWithOneFramePerGrid() throws Exception {
        var config = Presets.reference(new ImageShape(3, 32, 32));
        List<ImageBatch> grids = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            grids.add(FakeImages.grid(step * 100L, config));
        }
        Path gif = dir.resolve("lapse.gif");
        Exports.writeTimelapse(gif, grids);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            BufferedImage first = reader.read(0);
            assertEquals(8 * 64 + 7 * 2, first.getWidth());
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("15", control.getAttribute("delayTime"));
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(0, loop[1] | loop[2], "loops forever");
        }
        assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".partial")));
    }

    @Test
    void gridPngAndMetricsCsv() throws Exception {
        ArgbRaster r = new ArgbRaster(2, 1, new int[] {0xFFFF0000, 0xFF00FF00});
        Path png = dir.resolve("grid.png");
        Exports.writePng(png, Exports.toImage(r));
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(0xFFFF0000, back.getRGB(0, 0));
        assertEquals(0xFF00FF00, back.getRGB(1, 0));

        MetricsHistory h = new MetricsHistory();
        h.add(FakeTrainingControl.syntheticMetrics(1));
        h.add(FakeTrainingControl.syntheticMetrics(2));
        Path csv = dir.resolve("m.csv");
        Exports.writeCsv(csv, h.view());
        assertEquals(h.toCsv(), Files.readString(csv));
    }
}
