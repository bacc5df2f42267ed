package org.ganstudio.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Makes sure ImageIO knows the image readers that ship in the app's jars (TwelveMonkeys' JPEG reader, which handles
 * CMYK and YCCK, and its WebP reader). ImageIO finds plugins through {@code META-INF/services}, but only with the
 * class loader that is the thread's context class loader when its registry is first used (or when
 * {@code ImageIO.scanForPlugins()} runs); a registry created on a thread whose context loader cannot see the app's
 * jars would never list them. So the readers are looked up here with the class loader that loaded this class, and
 * registered if the registry lacks them. Registering replaces nothing that is already there.
 */
final class ImageReaderPlugins {

    private static final List<ImageReaderSpi> SHIPPED = load();

    private ImageReaderPlugins() {
    }

    /** Adds any shipped reader that ImageIO's registry does not have yet; cheap when all are there. */
    static void ensureRegistered() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageReaderSpi spi : SHIPPED) {
            if (registry.getServiceProviderByClass(spi.getClass()) == null) {
                registry.registerServiceProvider(spi, ImageReaderSpi.class);
            }
        }
    }

    /** The readers declared in the jars this class was loaded with (the JDK's own are not service providers). */
    static List<ImageReaderSpi> shipped() {
        return SHIPPED;
    }

    private static List<ImageReaderSpi> load() {
        List<ImageReaderSpi> found = new ArrayList<>();
        try {
            for (ImageReaderSpi spi : ServiceLoader.load(ImageReaderSpi.class, ImageReaderPlugins.class.getClassLoader())) {
                found.add(spi);
            }
        } catch (ServiceConfigurationError e) {
            // a broken plugin jar must not take image loading down: keep what was found, the JDK's readers still work
        }
        return List.copyOf(found);
    }
}
