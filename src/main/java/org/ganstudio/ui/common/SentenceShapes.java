package org.ganstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences a layer without bundles writes in English (the model, the session, the dataset loader: the CLI prints
 * them and the log keeps them), said again in the lab's language. Each sentence shape is a pattern and a bundle key;
 * the pattern's groups (names, paths, numbers) become the text's arguments. A sentence without a shape is shown as
 * it is, so nothing is lost.
 */
public final class SentenceShapes {

    /** What a matched group becomes as the text's argument {@code index} (e.g. a noun in the bundle's words). */
    @FunctionalInterface
    public interface Arguments {
        Object of(int index, String group);
    }

    private record Shape(Pattern pattern, String key) {
    }

    private final String keyPrefix;
    private final int flags;
    private final List<Shape> shapes = new ArrayList<>();

    /** @param keyPrefix put before each shape's key, e.g. {@code "dataset.error."} */
    public SentenceShapes(String keyPrefix, int flags) {
        this.keyPrefix = keyPrefix;
        this.flags = flags;
    }

    /** Adds a shape: {@code regex} must match the whole sentence. */
    public SentenceShapes shape(String regex, String key) {
        shapes.add(new Shape(Pattern.compile(regex, flags), keyPrefix + key));
        return this;
    }

    /** {@code english} in the chosen language, each group passed as it is; null and "" stay as they are. */
    public String localize(String english) {
        return localize(english, (i, g) -> g);
    }

    /** {@code english} in the chosen language, each group passed through {@code arguments}. */
    public String localize(String english, Arguments arguments) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        for (Shape s : shapes) {
            Matcher m = s.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = arguments.of(i, m.group(i + 1));
                }
                return Texts.get(s.key(), args);
            }
        }
        return english;
    }
}
