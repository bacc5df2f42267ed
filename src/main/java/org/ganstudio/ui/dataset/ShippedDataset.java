package org.ganstudio.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A dataset that comes with the app: a folder under {@code datasets/}.
 *
 * @param name the folder name, e.g. "shapes"
 * @param path the folder
 */
public record ShippedDataset(String name, Path path) {

    private static final System.Logger LOG = System.getLogger(ShippedDataset.class.getName());

    /** Selected when the app starts: quick to learn, so the first run shows results soon. */
    public static final String DEFAULT_NAME = "shapes";

    public ShippedDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    /**
     * The datasets in the first of {@code roots} that have them, by folder name; later roots only add names not
     * seen yet. Folders starting with "." are ignored.
     */
    public static List<ShippedDataset> findIn(List<Path> roots) {
        Map<String, ShippedDataset> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (root == null || !java.nio.file.Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = java.nio.file.Files.list(root)) {
                children.filter(java.nio.file.Files::isDirectory)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(p -> found.putIfAbsent(p.getFileName().toString(),
                                new ShippedDataset(p.getFileName().toString(), p.toAbsolutePath().normalize())));
            } catch (java.io.IOException e) {
                // an unreadable datasets folder just contributes nothing
                LOG.log(System.Logger.Level.WARNING, "cannot list the shipped datasets in " + root, e);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Where the app looks for {@code datasets/}: the working directory, then beside the application's jar (or
     * classes folder) and its parent, which covers running from the project, from {@code target/} and from an
     * installed app whose jars sit in {@code lib/}.
     */
    public static List<Path> defaultRoots() {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of("datasets").toAbsolutePath());
        codeLocation().ifPresent(location -> {
            Path dir = location.getParent();
            if (dir != null) {
                roots.add(dir.resolve("datasets"));
                if (dir.getParent() != null) {
                    roots.add(dir.getParent().resolve("datasets"));
                }
            }
        });
        return roots;
    }

    /** The shipped dataset to select first: {@value #DEFAULT_NAME} if present, else the first one. */
    public static Optional<ShippedDataset> preferred(List<ShippedDataset> shipped) {
        return shipped.stream().filter(d -> d.name().equals(DEFAULT_NAME)).findFirst()
                .or(() -> shipped.stream().findFirst());
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = ShippedDataset.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "the app's own location is unknown", e);
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
