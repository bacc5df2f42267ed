package org.ganstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of {@code bench2d}. */
@Command(name = "bench2d", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "time the 2-D lab's default networks",
        description = "Times N training steps of the default 2-D MLPs at batch B: once on the bare trainer, once "
                + "through the session loop with its live views.")
public final class Bench2dOptions {

    @Option(names = "--steps", paramLabel = "N", defaultValue = "3000",
            description = "timed steps (default ${DEFAULT-VALUE})")
    private int steps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "500",
            description = "untimed steps first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "256", description = "batch size (default ${DEFAULT-VALUE})")
    private int batch;

    void validate() throws CliException {
        OptionValues.within("--steps", steps, 10, 10_000_000);
        OptionValues.within("--warmup", warmup, 0, 1_000_000);
        OptionValues.within("--batch", batch, 2, 4096);
    }

    public int steps() {
        return steps;
    }

    public int warmup() {
        return warmup;
    }

    public int batch() {
        return batch;
    }
}
