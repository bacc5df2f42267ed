package org.ganstudio.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lessons that ship with the app: the files of {@code assets/lessons/}, copied onto the class path by the
 * build, in the order of their {@value #INDEX} (which is the order of the Lessons menu).
 */
public final class LessonCatalog {

    /** Where the build puts {@code assets/lessons/} on the class path. */
    public static final String FOLDER = "/org/ganstudio/lessons/";
    public static final String INDEX = "lessons.txt";

    private LessonCatalog() {
    }

    /** The file names in the index, in order (blank lines and {@code #} comments skipped). */
    public static List<String> names() {
        String index = resource(INDEX);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Every shipped lesson, parsed against {@code shippedDatasets}. A shipped lesson that does not parse is a bug of
     * the build, so it fails loudly here (and in the tests), with the file and the field.
     */
    public static List<Lesson> shipped(Set<String> shippedDatasets) {
        List<Lesson> out = new ArrayList<>();
        for (String name : names()) {
            out.add(load(name, shippedDatasets));
        }
        return List.copyOf(out);
    }

    /** One shipped lesson by file name. */
    public static Lesson load(String name, Set<String> shippedDatasets) {
        try {
            return LessonJson.parse(resource(name), null, shippedDatasets, Long.MAX_VALUE);
        } catch (LessonFileException e) {
            throw new IllegalStateException("shipped lesson " + name + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the shipped lesson " + FOLDER + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped lesson " + name, e);
        }
    }
}
