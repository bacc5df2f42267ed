package org.ganstudio.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The most recently opened or saved experiment files, newest first, kept in a small text file (one path per line)
 * in the user's configuration folder. Losing the list is harmless, so I/O errors are swallowed.
 */
public final class RecentFiles {

    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    public static final int MAX = 8;

    private final Path store;

    public RecentFiles(Path store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public List<Path> load() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Path p = Path.of(line.strip());
                    if (!out.contains(p) && out.size() < MAX) {
                        out.add(p);
                    }
                } catch (InvalidPathException e) {
                    // a line from another system: skip it
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the recent files list " + store, e);
            return List.of();
        }
    }

    /** Puts {@code file} first and returns the new list. */
    public List<Path> add(Path file) {
        List<Path> list = new ArrayList<>(load());
        Path p = file.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        return save(list);
    }

    public List<Path> remove(Path file) {
        List<Path> list = new ArrayList<>(load());
        list.remove(file.toAbsolutePath().normalize());
        return save(list);
    }

    private List<Path> save(List<Path> list) {
        List<Path> kept = List.copyOf(list.subList(0, Math.min(MAX, list.size())));
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, kept.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the recent files list " + store + "; it still works for this run", e);
        }
        return kept;
    }
}
