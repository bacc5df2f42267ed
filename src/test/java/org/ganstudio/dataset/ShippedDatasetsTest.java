package org.ganstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ganstudio.model.ImageShape;
import org.junit.jupiter.api.Test;

/** The datasets in {@code datasets/} load completely with the shapes and classes their READMEs promise. */
class ShippedDatasetsTest {

    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void shapes() throws Exception {
        LoadedDataset ds = loader.load(Path.of("datasets/shapes"), PrepareOptions.defaults(), null, null);
        assertEquals(2000, ds.count());
        assertEquals(new ImageShape(3, 32, 32), ds.shape());
        assertEquals(List.of("circle", "square", "triangle"), ds.classNames());
        assertEquals(List.of(667, 667, 666), List.copyOf(ds.report().classCounts().values()));
        assertOnlyReadmeSkipped(ds);
        System.out.println("shapes: " + ds.report().elapsedMillis() + " ms");
    }

    @Test
    void fashionSubset() throws Exception {
        LoadedDataset ds = loader.load(Path.of("datasets/fashion-mnist-small"),
                PrepareOptions.defaults().withImageSize(28), null, null);
        assertEquals(6000, ds.count());
        assertEquals(new ImageShape(1, 28, 28), ds.shape(), "AUTO keeps gray images gray");
        assertEquals(List.of("Ankle_boot", "Bag", "Coat", "Dress", "Pullover", "Sandal", "Shirt", "Sneaker",
                "T-shirt_top", "Trouser"), ds.classNames());
        ds.report().classCounts().values().forEach(n -> assertEquals(600, n));
        assertOnlyReadmeSkipped(ds);
        System.out.println("fashion-mnist-small: " + ds.report().elapsedMillis() + " ms");
    }

    private static void assertOnlyReadmeSkipped(LoadedDataset ds) {
        assertEquals(1, ds.report().skipped().size(), ds.report().toText());
        assertTrue(ds.report().skipped().get(0).path().endsWith("README.md"));
    }
}
