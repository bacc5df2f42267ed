package org.ganstudio.dataset;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints load times for the shipped datasets and, if installed, the full Fashion-MNIST training set. Not a test:
 * run by hand from the project root after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes org.ganstudio.dataset.LoadTimings [idx-folder]}.
 */
public final class LoadTimings {

    private LoadTimings() {
    }

    public static void main(String[] args) throws Exception {
        DatasetLoader loader = new DatasetLoader();
        Path idx = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        for (int round = 1; round <= 2; round++) {
            System.out.println("round " + round + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
            time(loader, Path.of("datasets/shapes"), PrepareOptions.defaults());
            time(loader, Path.of("datasets/fashion-mnist-small"), PrepareOptions.defaults().withImageSize(28));
            time(loader, Path.of("datasets/fashion-mnist-small"), PrepareOptions.defaults().withImageSize(64));
            if (Files.isDirectory(idx)) {
                time(loader, idx, PrepareOptions.defaults().withImageSize(28));
                time(loader, idx, PrepareOptions.defaults().withImageSize(32));
                time(loader, idx, PrepareOptions.defaults().withImageSize(64));
            }
        }
    }

    private static void time(DatasetLoader loader, Path source, PrepareOptions options) throws DatasetException {
        long t0 = System.nanoTime();
        LoadedDataset ds = loader.load(source, options, null, null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("  %-40s %6d × %-9s %6d ms%n", source.getFileName(), ds.count(), ds.shape(), ms);
    }
}
