package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder finds the shipped readers even when ImageIO's registry was built, or rescanned, under a context class
 * loader that cannot see the app's jars (a thread started by native code, a plugin host, a packaged launcher).
 */
class ImageReaderPluginsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedReadersAreTwelveMonkeysJpegAndWebp() {
        Set<String> names = ImageReaderPlugins.shipped().stream().map(spi -> spi.getClass().getSimpleName())
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("JPEGImageReaderSpi", "WebPImageReaderSpi")), names.toString());
        assertTrue(ImageReaderPlugins.shipped().stream()
                .allMatch(spi -> spi.getClass().getName().startsWith("com.twelvemonkeys.")), names.toString());
    }

    @Test
    void decoderRegistersThePluginsWhenTheRegistryLacksThem() throws Exception {
        Path webp = dir.resolve("q.webp");
        try (InputStream in = getClass().getResourceAsStream("webp/quadrants-lossless.webp")) {
            Files.copy(in, webp);
        }
        Path cmyk = TestImages.adobeCmykJpeg(dir.resolve("c.jpg"), 16, 16, (x, y) -> 0x00FFFF00, false);
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try {
            for (ImageReaderSpi spi : ImageReaderPlugins.shipped()) {
                ImageReaderSpi registered = registry.getServiceProviderByClass(spi.getClass());
                if (registered != null) {
                    registry.deregisterServiceProvider(registered, ImageReaderSpi.class);
                }
            }
            // What a packaged app can meet: a rescan under a loader that sees only the JDK finds no plugins.
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            ImageIO.scanForPlugins();
            assertFalse(ImageIO.getImageReadersByFormatName("webp").hasNext(), "precondition: no WebP reader");

            PrepareOptions rgb = PrepareOptions.defaults().withChannelMode(ChannelMode.RGB);
            ImageFileDecoder.Decoded fromWebp = ImageFileDecoder.decode(webp, rgb);
            ImageFileDecoder.Decoded fromCmyk = ImageFileDecoder.decode(cmyk, rgb);

            assertTrue(ImageIO.getImageReadersByFormatName("webp").hasNext());
            // plane 0 is red: the top-left quadrant of the WebP and the whole CMYK image are red
            assertEquals(255, fromWebp.image().planes()[0] & 0xFF);
            assertTrue((fromCmyk.image().planes()[0] & 0xFF) > 215, "CMYK red ink decodes to red");
            int green = 32 * 32;
            assertTrue((fromCmyk.image().planes()[green] & 0xFF) < 40, "and not to some other colour");
        } finally {
            thread.setContextClassLoader(original);
            ImageReaderPlugins.ensureRegistered();
        }
        String first = ImageIO.getImageReadersByFormatName("jpeg").next().getClass().getName();
        assertTrue(first.startsWith("com.twelvemonkeys."), "TwelveMonkeys' JPEG reader is asked first: " + first);
    }
}
