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
            description = "images to draw, 1 to 1024, or with --plain a multiple of 64 up to 4096 "
                    + "(default ${DEFAULT-VALUE})")
    private int count;

    @Option(names = "--plain", description = "write the images at their own size, 64 a row, without gaps (the "
            + "layout the PyTorch peer writes and evaluate --images reads) instead of the upscaled grid with gaps")
    private boolean plain;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the latent vectors (default ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private DeviceOption device = new DeviceOption();

    void validate() throws CliException {
        if (plain) {
            OptionValues.within("--count", count, GRID_COLUMNS, 64 * GRID_COLUMNS);
            if (count % GRID_COLUMNS != 0) {
                throw new CliException("--count: with --plain, a multiple of " + GRID_COLUMNS + " (whole rows), was "
                        + count);
            }
        } else {
            OptionValues.within("--count", count, 1, 1024);
        }
    }

    /** Tiles a row with {@code --plain}. */
    static final int GRID_COLUMNS = org.ganstudio.imaging.GridPng.PLAIN_COLUMNS;

    public boolean plain() {
        return plain;
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
