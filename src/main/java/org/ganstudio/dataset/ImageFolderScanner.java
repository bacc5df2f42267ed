package org.ganstudio.dataset;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Lists the image files under a folder, recursively and in a stable (sorted) order, without opening them.
 * Symbolic links are followed, but every folder and file is visited once by its real path, so link loops and
 * links to already-included folders cannot repeat or hang the walk. Everything not taken is listed with a reason.
 */
final class ImageFolderScanner {

    /** Extensions worth trying; the decoder still checks the content. */
    static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "jpe", "jfif", "webp", "bmp", "gif", "tif",
            "tiff");

    private ImageFolderScanner() {
    }

    /** An image file and its class folder index (−1 when no classes). */
    record Candidate(Path path, int classIndex) {
    }

    /**
     * @param images      candidates in walk order
     * @param skipped     entries not taken, with reasons
     * @param classNames  names of the class folders (empty when the folder has no class structure)
     * @param entriesSeen files and folders seen below the root
     */
    record Scan(List<Candidate> images, List<SkippedFile> skipped, List<String> classNames, int entriesSeen) {
    }

    static Scan scan(Path root, BooleanSupplier cancelled) throws IOException, LoadCancelledException {
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Set<Path> visitedDirs = new HashSet<>();
        Set<Path> visitedFiles = new HashSet<>();
        visitedDirs.add(realRoot);
        Deque<Dir> stack = new ArrayDeque<>();
        // Links to folders wait until everything reachable without links is walked, so a folder is listed under its
        // own path rather than under a link that happens to sort first.
        Deque<Dir> linkedDirs = new ArrayDeque<>();
        List<Dir> linkedFiles = new ArrayList<>();
        stack.push(new Dir(root, realRoot));
        int seen = 0;
        while (!stack.isEmpty() || !linkedDirs.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new LoadCancelledException();
            }
            if (stack.isEmpty()) {
                Dir link = linkedDirs.poll();
                if (visitedDirs.add(link.real)) {
                    stack.push(link);
                } else {
                    skipped.add(new SkippedFile(link.path, "link to a folder that is already included ("
                            + link.real + "), not searched again"));
                }
                continue;
            }
            Dir dir = stack.pop();
            List<Path> entries;
            try {
                entries = list(dir.path);
            } catch (AccessDeniedException e) {
                skipped.add(new SkippedFile(dir.path, "no permission to list this folder"));
                continue;
            } catch (IOException e) {
                skipped.add(new SkippedFile(dir.path, "cannot list this folder (" + e.getClass().getSimpleName() + ")"));
                continue;
            }
            List<Dir> subdirs = new ArrayList<>();
            for (Path entry : entries) {
                seen++;
                String name = entry.getFileName().toString();
                BasicFileAttributes own;
                try {
                    own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    skipped.add(new SkippedFile(entry, "cannot read file attributes"));
                    continue;
                }
                Path real;
                BasicFileAttributes attrs = own;
                if (own.isSymbolicLink()) {
                    try {
                        real = entry.toRealPath();
                        attrs = Files.readAttributes(real, BasicFileAttributes.class);
                    } catch (NoSuchFileException e) {
                        skipped.add(new SkippedFile(entry, "broken symbolic link"));
                        continue;
                    } catch (FileSystemException e) {
                        String reason = String.valueOf(e.getReason());
                        skipped.add(new SkippedFile(entry, reason.toLowerCase().contains("levels of symbolic links")
                                ? "symbolic link loop" : "cannot follow symbolic link (" + reason + ")"));
                        continue;
                    } catch (IOException e) {
                        skipped.add(new SkippedFile(entry, "cannot follow symbolic link"));
                        continue;
                    }
                } else {
                    real = dir.real.resolve(entry.getFileName());
                }
                if (attrs.isDirectory()) {
                    if (name.startsWith(".")) {
                        skipped.add(new SkippedFile(entry, "hidden folder, not searched"));
                    } else if (own.isSymbolicLink()) {
                        linkedDirs.add(new Dir(entry, real));
                    } else if (!visitedDirs.add(real)) {
                        skipped.add(new SkippedFile(entry, "folder already included (" + real + ")"));
                    } else {
                        subdirs.add(new Dir(entry, real));
                    }
                } else if (attrs.isRegularFile()) {
                    String ext = ImageFileDecoder.extension(entry);
                    if (name.startsWith(".")) {
                        skipped.add(new SkippedFile(entry, "hidden file"));
                    } else if (!IMAGE_EXTENSIONS.contains(ext)) {
                        skipped.add(new SkippedFile(entry, ext.isEmpty() ? "not an image file (no extension)"
                                : "not an image file (." + ext + ")"));
                    } else if (own.isSymbolicLink()) {
                        linkedFiles.add(new Dir(entry, real));
                    } else if (visitedFiles.add(real)) {
                        files.add(entry);
                    }
                } else {
                    skipped.add(new SkippedFile(entry, "not a regular file (device, pipe or socket)"));
                }
            }
            // Push in reverse so that subfolders are walked in name order.
            for (int i = subdirs.size() - 1; i >= 0; i--) {
                stack.push(subdirs.get(i));
            }
        }
        for (Dir link : linkedFiles) {
            if (visitedFiles.add(link.real)) {
                files.add(link.path);
            } else {
                skipped.add(new SkippedFile(link.path, "same file as " + link.real + ", already included"));
            }
        }
        return classify(root, files, skipped, seen);
    }

    /**
     * Class folders: every image lies in a subfolder of the root and there are at least two such subfolders. One
     * subfolder alone is just a container, not a class.
     */
    private static Scan classify(Path root, List<Path> files, List<SkippedFile> skipped, int seen) {
        TreeSet<String> tops = new TreeSet<>();
        boolean imageAtRoot = false;
        for (Path f : files) {
            Path rel = root.relativize(f);
            if (rel.getNameCount() < 2) {
                imageAtRoot = true;
                break;
            }
            tops.add(rel.getName(0).toString());
        }
        List<String> classNames = !imageAtRoot && tops.size() >= 2 ? List.copyOf(tops) : List.of();
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            classIndex.put(classNames.get(i), i);
        }
        List<Candidate> candidates = new ArrayList<>(files.size());
        for (Path f : files) {
            int cls = classNames.isEmpty() ? -1 : classIndex.get(root.relativize(f).getName(0).toString());
            candidates.add(new Candidate(f, cls));
        }
        return new Scan(candidates, skipped, classNames, seen);
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return entries;
    }

    /** A path as reached by the walk and the real path it stands for. */
    private record Dir(Path path, Path real) {
    }
}
