package org.ganstudio.ui.hyperparameters;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ganstudio.ui.common.Texts;

/**
 * The configuration's problems in the form's language. {@link org.ganstudio.model.ExperimentConfig#validate()} says
 * them in English (the model knows no bundles, and the CLI prints them as they are); each sentence shape is matched
 * here and said again from the hyperparameters bundle, with its numbers and names kept. A sentence without a
 * pattern is shown as it is rather than lost.
 */
final class ProblemTexts {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            shape("(.+) must be between (-?\\d+) and (-?\\d+), was (-?\\d+)", "between"),
            shape("(.+) must be in (.+)", "inRange"),
            shape("(.+) is missing", "missing"),
            shape("stride must not exceed the kernel size", "strideOverKernel"),
            shape("generator makes (\\d+)x\\d+ images but the data is (\\d+)x(\\d+) \\(.*\\)", "generatorSize"),
            shape("discriminator needs at least one block", "discriminatorNoBlock"),
            shape("discriminator strides shrink the image below one pixel", "discriminatorShrinks"),
            shape("this configuration needs (.+) but this machine can give ([^;]+);.*", "memory"),
            shape("at most (\\d+) blocks", "atMostBlocks"));

    private ProblemTexts() {
    }

    private static Shape shape(String regex, String key) {
        return new Shape(Pattern.compile(regex), "hyperparameters.problem." + key);
    }

    /** {@code english} as the form shows it in the chosen language. */
    static String localize(String english) {
        for (Shape s : SHAPES) {
            Matcher m = s.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = i == 0 ? noun(m.group(1)) : m.group(i + 1);
                }
                return Texts.get(s.key(), args);
            }
        }
        return english;
    }

    /** A name the model uses ("batch size", "leaky ReLU slope") in the bundle's words, or as it is. */
    private static String noun(String english) {
        String key = "hyperparameters.noun." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return Texts.has(key) ? Texts.get(key) : english;
    }
}
