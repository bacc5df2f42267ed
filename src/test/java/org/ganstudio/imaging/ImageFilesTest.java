package org.ganstudio.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.ui.testing.FakeImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

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
        ImageFiles.writeTimelapse(gif, grids);

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
    void pngKeepsThePixels() throws Exception {
        ArgbRaster r = new ArgbRaster(2, 1, new int[] {0xFFFF0000, 0xFF00FF00});
        Path png = dir.resolve("grid.png");
        ImageFiles.writePng(png, ImageFiles.toImage(r));
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(0xFFFF0000, back.getRGB(0, 0));
        assertEquals(0xFF00FF00, back.getRGB(1, 0));
    }

    @Test
    void aGridPngShowsEveryImageScaledUpInNearSquareRows() throws Exception {
        var config = Presets.reference(new ImageShape(1, 28, 28));
        ImageBatch grid = FakeImages.grid(7, config);
        Path png = dir.resolve("samples").resolve("step.png");
        ImageFiles.writeGridPng(png, grid);
        BufferedImage back = ImageIO.read(png.toFile());
        // 64 images of 28 px scaled 3x (to >= 64 px), 8 per row, 2 px apart
        assertEquals(8 * 84 + 7 * 2, back.getWidth());
        assertEquals(8 * 84 + 7 * 2, back.getHeight());
        assertEquals(grid.argb(0, 0, 0) & 0xFFFFFF, back.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(grid.argb(63, 27, 27) & 0xFFFFFF, back.getRGB(back.getWidth() - 1, back.getHeight() - 1) & 0xFFFFFF);
    }

    @Test
    void aFailedWriteLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
        var config = Presets.reference(new ImageShape(3, 32, 32));
        Path gif = dir.resolve("lapse.gif");
        Files.writeString(gif, "old");
        // the content fails half-way: the old file stays, no .partial is left behind
        assertThrows(IOException.class, () -> ImageFiles.writeAtomically(gif, out -> {
            out.write(new byte[100]);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(gif));
        // the move fails (a folder is in the way): no .partial either
        Path folder = dir.resolve("busy.gif");
        Files.createDirectories(folder.resolve("child"));
        assertThrows(IOException.class, () -> ImageFiles.writeTimelapse(folder, List.of(FakeImages.grid(1, config))));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".partial")));
        }
    }
}
