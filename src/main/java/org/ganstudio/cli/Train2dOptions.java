package org.ganstudio.cli;

import org.ganstudio.model.LossKind;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of {@code train2d}; what is not given keeps the 2-D lab's default. */
@Command(name = "train2d", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "train a 2-D experiment headless",
        description = "Trains the 2-D lab's networks through the session's loop, prints quality and modes covered, "
                + "and writes DIR/plane-final.png, DIR/quality.csv and DIR/metrics.csv. Quality: KL and JS divergence "
                + "of 20x20 histograms; for mixtures, a mode is covered when a fifth of its fair share of 1000 "
                + "generated points lies within 3 sigma of it.")
public final class Train2dOptions {

    @Option(names = "--dataset", paramLabel = "NAME|FILE.csv", required = true,
            description = "ring8, grid25, moons, spiral, line, gaussian, or a CSV file of x,y")
    private String dataset;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where plots and CSV files go")
    private Path out;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "3000",
            description = "training steps (default ${DEFAULT-VALUE})")
    private int steps;

    @Option(names = "--plot-every", paramLabel = "N", description = "also write a plot every N steps (default: the last only)")
    private Integer plotEvery;

    @Option(names = "--seed", paramLabel = "S", description = "seed of networks and batches (default 1)")
    private Long seed;

    @Option(names = "--latent", paramLabel = "K", description = "latent size, 2 to 16 (default 2)")
    private Integer latent;

    @Option(names = "--layers", paramLabel = "L", description = "hidden layers of both networks (default 2)")
    private Integer layers;

    @Option(names = "--units", paramLabel = "U", description = "units per hidden layer (default 32)")
    private Integer units;

    @Option(names = "--loss", paramLabel = "LOSS", description = "minimax, non-saturating, least-squares or hinge "
            + "(default non-saturating)")
    private LossKind loss;

    @Option(names = "--lr-g", paramLabel = "X", description = "G's Adam learning rate (default 0.001)")
    private Double lrG;

    @Option(names = "--lr-d", paramLabel = "X", description = "D's Adam learning rate (default 0.001)")
    private Double lrD;

    @Option(names = "--d-steps", paramLabel = "K", description = "D steps per G step (default 1)")
    private Integer dSteps;

    @Option(names = "--batch", paramLabel = "B", description = "batch size (default 256)")
    private Integer batch;

    void validate() throws CliException {
        OptionValues.within("--steps", steps, 1, 10_000_000);
        if (plotEvery != null) {
            OptionValues.within("--plot-every", plotEvery, 1, 10_000_000);
        }
        if (latent != null) {
            OptionValues.within("--latent", latent, 1, 64);
        }
        if (layers != null) {
            OptionValues.within("--layers", layers, 0, 8);
        }
        if (units != null) {
            OptionValues.within("--units", units, 1, 512);
        }
        if (dSteps != null) {
            OptionValues.within("--d-steps", dSteps, 1, 10);
        }
        if (batch != null) {
            OptionValues.within("--batch", batch, 2, 4096);
        }
    }

    public String dataset() {
        return dataset;
    }

    public Path out() {
        return out;
    }

    public int steps() {
        return steps;
    }

    public int plotEvery() {
        return plotEvery == null ? steps : plotEvery;
    }

    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    public OptionalInt latent() {
        return optional(latent);
    }

    public OptionalInt layers() {
        return optional(layers);
    }

    public OptionalInt units() {
        return optional(units);
    }

    public Optional<LossKind> loss() {
        return Optional.ofNullable(loss);
    }

    public OptionalDouble generatorLearningRate() {
        return lrG == null ? OptionalDouble.empty() : OptionalDouble.of(lrG);
    }

    public OptionalDouble discriminatorLearningRate() {
        return lrD == null ? OptionalDouble.empty() : OptionalDouble.of(lrD);
    }

    public OptionalInt discriminatorSteps() {
        return optional(dSteps);
    }

    public OptionalInt batch() {
        return optional(batch);
    }

    private static OptionalInt optional(Integer v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
