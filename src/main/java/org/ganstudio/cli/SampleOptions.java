package org.ganstudio.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code sample}. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "draw samples from a saved experiment into a PNG grid",
        description = "Draws --count images from random latent vectors (seeded by --seed) with the generator of a "
                + "saved experiment and writes them as one PNG grid.")
public final class SampleOptions {

    @Option(names = "--checkpoint", paramLabel = "FILE", required = true,
            converter = OptionValues.ReadableFile.class, description = "a saved experiment (.ganstudio)")
    private Path checkpoint;

    @Option(names = "--out", paramLabel = "grid.png", required = true, description = "the PNG to write")
    private Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "64",
            description = "images to draw, 1 to 1024 (default ${DEFAULT-VALUE})")
    private int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the latent vectors (default ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private DeviceOption device = new DeviceOption();

    void validate() throws CliException {
        OptionValues.within("--count", count, 1, 1024);
    }

    /** An existing, readable file. */
    public Path checkpoint() {
        return checkpoint;
    }

    public Path out() {
        return out;
    }

    public int count() {
        return count;
    }

    public long seed() {
        return seed;
    }

    public DeviceOption device() {
        return device;
    }
}
