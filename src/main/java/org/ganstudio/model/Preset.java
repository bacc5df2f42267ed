package org.ganstudio.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A named ready-made configuration, adapted to any image shape. The app shows each with its one-line description
 * from the {@code presets} bundle (key {@code presets.<id>.description}); the command line takes
 * {@code --preset <id>} and prints {@link #description()}.
 */
public enum Preset {

    /** The default: a small network tuned for time to quality on a CPU (README, "Presets and time to quality"). */
    FAST("fast", Presets::fast,
            "a small 4x4-kernel DCGAN tuned for quality per CPU second: batch 32, Adam 8e-4 for G and 3e-4 for D"),
    /** The seed article's DCGAN, exactly. */
    TENSORFLOW("tensorflow", Presets::tensorflow,
            "the TensorFlow DCGAN article's network: 5x5 kernels, LeakyReLU 0.3, dropout 0.3 in D, Adam 2e-4, batch 64"),
    /** The PyTorch example's DCGAN. */
    PYTORCH("pytorch", Presets::pytorch,
            "the PyTorch example DCGAN: 4x4 kernels, stride 2, batch norm, ReLU in G, LeakyReLU 0.2 in D, "
                    + "Adam 2e-4 beta1 0.5, batch 128");

    /** What new experiments, the shipped datasets and new folders start from. */
    // measured against the article's network and the PyTorch peer by scripts/time_to_quality.sh (README)
    public static final Preset DEFAULT = FAST;

    private final String id;
    private final Function<ImageShape, ExperimentConfig> build;
    private final String description;

    Preset(String id, Function<ImageShape, ExperimentConfig> build, String description) {
        this.id = id;
        this.build = build;
        this.description = description;
    }

    /** The name the command line and the text keys use, in lower case. */
    public String id() {
        return id;
    }

    /** One line in English, for the command line (the app reads its words from the {@code presets} bundle). */
    public String description() {
        return description;
    }

    /** The configuration for images of {@code shape}. */
    public ExperimentConfig config(ImageShape shape) {
        return build.apply(shape);
    }

    /** The preset called {@code name} (any case, surrounding blanks ignored), if there is one. */
    public static Optional<Preset> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(n)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }

    /**
     * The preset whose configuration for {@code c}'s image shape equals {@code c} up to the seed (which the form
     * lets a user change without leaving the preset), if any.
     */
    public static Optional<Preset> matching(ExperimentConfig c) {
        if (c == null || c.imageShape() == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.config(c.imageShape()).withSeed(c.seed()).equals(c)).findFirst();
    }
}
