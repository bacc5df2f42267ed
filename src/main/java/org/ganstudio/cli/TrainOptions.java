package org.ganstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.Preset;
import org.ganstudio.model.UpdateOrder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code train}. Options that override the configuration (seed, batch, loss, order, size,
 * channels) are empty when not given, so the config's or the resumed experiment's value stays.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "train headless on a dataset",
        description = "Trains on a dataset without a window: progress on the terminal, metrics.csv, sample grids "
                + "in samples/ and experiment.ganstudio (the app opens it too).",
        footer = "%nCtrl-C saves the experiment before exiting.")
public final class TrainOptions {

    static final int DEFAULT_STEPS = 1000;

    @Option(names = "--dataset", paramLabel = "PATH", required = true,
            description = "image folder (recursive) or MNIST-format IDX file (.gz too)")
    private Path dataset;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "where metrics.csv, samples/ and experiment.ganstudio go")
    private Path out;

    @Option(names = "--config", paramLabel = "FILE", converter = OptionValues.ReadableFile.class,
            description = "experiment configuration (JSON); default: the preset's")
    private Path config;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "ready-made configuration: fast (default), tensorflow or pytorch (see README, \"Presets\")")
    private Preset preset;

    @Option(names = "--steps", paramLabel = "N",
            description = "steps to train in this run (default " + DEFAULT_STEPS + ")")
    private Integer steps;

    // a plain string, parsed in validate(): picocli would apply a converter to each element of an array field
    @Option(names = "--seconds", paramLabel = "S[,S...]",
            description = "train for this many seconds of training time (the steps' own time) instead of a number "
                    + "of steps; with several, also save experiment-Ss.ganstudio at each")
    private String secondsText;

    private double[] seconds;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default 42, or the config's)")
    private Long seed;

    @Option(names = "--batch", paramLabel = "N", description = "batch size (default 64, or the config's)")
    private Integer batch;

    @Option(names = "--size", paramLabel = "28|32|64",
            description = "image size the data is prepared at (default 32)")
    private Integer size;

    @Option(names = "--channels", paramLabel = "auto|grayscale|rgb", description = "(default auto)")
    private ChannelMode channels;

    @Option(names = "--loss", paramLabel = "minimax|non-saturating|least-squares|hinge",
            description = "loss (default: the config's)")
    private LossKind loss;

    @Option(names = "--order", paramLabel = "simultaneous|sequential",
            description = "update order (default: the config's)")
    private UpdateOrder order;

    @Option(names = "--sample-every", paramLabel = "N", defaultValue = "100",
            description = "write a sample grid every N steps (default ${DEFAULT-VALUE})")
    private int sampleEvery;

    @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "500",
            description = "save the experiment every N steps (default ${DEFAULT-VALUE})")
    private int checkpointEvery;

    @Option(names = "--resume", paramLabel = "FILE", converter = OptionValues.ReadableFile.class,
            description = "continue a saved experiment (its config is used)")
    private Path resume;

    @Mixin
    private DeviceOption device = new DeviceOption();

    /** Ranges and combinations the types alone do not check; called once after parsing. */
    void validate() throws CliException {
        seconds = secondsText == null ? null : OptionValues.secondsList("--seconds", secondsText);
        if (steps != null) {
            OptionValues.within("--steps", steps, 1, 100_000_000);
            if (seconds != null) {
                throw new CliException("--steps and --seconds exclude each other (give one of them)");
            }
        }
        if (preset != null && config != null) {
            throw new CliException("--preset and --config exclude each other (a config file is a whole configuration)");
        }
        OptionValues.within("--sample-every", sampleEvery, 1, 100_000_000);
        OptionValues.within("--checkpoint-every", checkpointEvery, 1, 100_000_000);
        if (batch != null) {
            OptionValues.within("--batch", batch, 2, 1024);
        }
        if (size != null && !PrepareOptions.SUPPORTED_SIZES.contains(size)) {
            throw new CliException("--size must be one of " + PrepareOptions.SUPPORTED_SIZES + ", got " + size);
        }
        if (resume != null) {
            List<String> fixed = new ArrayList<>();
            if (config != null) {
                fixed.add("--config");
            }
            if (preset != null) {
                fixed.add("--preset");
            }
            if (seed != null) {
                fixed.add("--seed");
            }
            if (batch != null) {
                fixed.add("--batch");
            }
            if (loss != null) {
                fixed.add("--loss");
            }
            if (order != null) {
                fixed.add("--order");
            }
            if (!fixed.isEmpty()) {
                throw new CliException(fixed.get(0) + " cannot change a resumed experiment (it keeps its config)");
            }
        }
    }

    public Path dataset() {
        return dataset;
    }

    public Path out() {
        return out;
    }

    /** An existing, readable file. */
    public Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    public int steps() {
        return steps == null ? DEFAULT_STEPS : steps;
    }

    /** The preset new runs start from (unless --config gives a whole configuration). */
    public Preset preset() {
        return preset == null ? Preset.DEFAULT : preset;
    }

    /** Seconds of training time at which to save and, at the last, stop; empty when training by steps. */
    public double[] seconds() {
        return seconds == null ? new double[0] : seconds.clone();
    }

    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    public OptionalInt batch() {
        return batch == null ? OptionalInt.empty() : OptionalInt.of(batch);
    }

    /** One of {@link PrepareOptions#SUPPORTED_SIZES}. */
    public OptionalInt size() {
        return size == null ? OptionalInt.empty() : OptionalInt.of(size);
    }

    public Optional<ChannelMode> channels() {
        return Optional.ofNullable(channels);
    }

    public Optional<LossKind> loss() {
        return Optional.ofNullable(loss);
    }

    public Optional<UpdateOrder> order() {
        return Optional.ofNullable(order);
    }

    public int sampleEvery() {
        return sampleEvery;
    }

    public int checkpointEvery() {
        return checkpointEvery;
    }

    /** An existing, readable experiment file; when given, no option above changes its config. */
    public Optional<Path> resume() {
        return Optional.ofNullable(resume);
    }

    public DeviceOption device() {
        return device;
    }
}
