package org.ganstudio.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code evaluate}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "quality figures of a saved experiment, or of a picture of samples",
        description = "Draws --samples images (at least 50) and compares them with the real images of --dataset "
                + "(default: the dataset the experiment was trained on), in the fixed random-feature space described "
                + "in README (\"Quality\"). Lower fid and kid are better; precision (fidelity) and recall (variety) "
                + "run from 0 to 1; grid_diversity is about 1 when the fixed-noise grid is as varied as real images. "
                + "The numbers compare runs on the same dataset only. With --images instead of --checkpoint it scores "
                + "the tiles of a gap-free grid picture (as sample --plain and the PyTorch peer write them) against "
                + "--dataset.")
public final class EvaluateOptions {

    @Option(names = "--checkpoint", paramLabel = "FILE",
            converter = OptionValues.ReadableFile.class, description = "a saved experiment (.ganstudio)")
    private Path checkpoint;

    @Option(names = "--images", paramLabel = "grid.png", converter = OptionValues.ReadableFile.class,
            description = "instead of --checkpoint: a picture of generated images side by side without gaps, "
                    + "--columns a row, each the size of the dataset's images (28, 32 or 64 pixels)")
    private Path images;

    @Option(names = "--columns", paramLabel = "N", defaultValue = "64",
            description = "tiles a row in the --images picture (default ${DEFAULT-VALUE})")
    private int columns;

    @Option(names = "--dataset", paramLabel = "DIR", description = "real images to compare with (default: the "
            + "experiment's own dataset)")
    private Path dataset;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "512",
            description = "generated images to score (default ${DEFAULT-VALUE})")
    private int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the latent vectors (default ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private DeviceOption device = new DeviceOption();

    void validate() throws CliException {
        OptionValues.within("--samples", samples, 0, 20_000);
        OptionValues.within("--columns", columns, 1, 1024);
        if ((checkpoint == null) == (images == null)) {
            throw new CliException("give either --checkpoint FILE or --images grid.png (one of them)");
        }
        if (images != null && dataset == null) {
            throw new CliException("--images needs --dataset DIR: the real images to compare with");
        }
    }

    /** The picture to score, when {@code --images} was given (then there is no checkpoint). */
    public Optional<Path> images() {
        return Optional.ofNullable(images);
    }

    public int columns() {
        return columns;
    }

    /** The experiment to score; null with {@code --images}. */
    public Path checkpoint() {
        return checkpoint;
    }

    public Optional<Path> dataset() {
        return Optional.ofNullable(dataset);
    }

    public int samples() {
        return samples;
    }

    public long seed() {
        return seed;
    }

    public DeviceOption device() {
        return device;
    }
}
