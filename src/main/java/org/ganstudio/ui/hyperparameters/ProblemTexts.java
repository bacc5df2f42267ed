package org.ganstudio.ui.hyperparameters;

import java.util.Locale;

import org.ganstudio.ui.common.SentenceShapes;
import org.ganstudio.ui.common.Texts;

/**
 * The configuration's problems in the form's language. {@link org.ganstudio.model.ExperimentConfig#validate()} says
 * them in English (the model knows no bundles, and the CLI prints them as they are); each sentence shape is matched
 * here and said again from the hyperparameters bundle, with its numbers and names kept. A sentence without a
 * pattern is shown as it is rather than lost.
 */
final class ProblemTexts {

    private static final SentenceShapes SHAPES = new SentenceShapes("hyperparameters.problem.", 0)
            .shape("(.+) must be between (-?\\d+) and (-?\\d+), was (-?\\d+)", "between")
            .shape("(.+) must be in (.+)", "inRange")
            .shape("(.+) is missing", "missing")
            .shape("stride must not exceed the kernel size", "strideOverKernel")
            .shape("generator makes (\\d+)x\\d+ images but the data is (\\d+)x(\\d+) \\(.*\\)", "generatorSize")
            .shape("discriminator needs at least one block", "discriminatorNoBlock")
            .shape("discriminator strides shrink the image below one pixel", "discriminatorShrinks")
            .shape("this configuration needs (.+) but this machine can give ([^;]+);.*", "memory")
            .shape("at most (\\d+) blocks", "atMostBlocks");

    private ProblemTexts() {
    }

    /** {@code english} as the form shows it in the chosen language. */
    static String localize(String english) {
        return SHAPES.localize(english, (i, g) -> i == 0 ? noun(g) : g);
    }

    /** A name the model uses ("batch size", "leaky ReLU slope") in the bundle's words, or as it is. */
    private static String noun(String english) {
        String key = "hyperparameters.noun." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return Texts.has(key) ? Texts.get(key) : english;
    }
}
