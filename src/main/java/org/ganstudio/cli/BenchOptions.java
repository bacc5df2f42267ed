package org.ganstudio.cli;

import org.ganstudio.engine.Benchmark;
import org.ganstudio.model.UpdateOrder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, header = "time the reference network on synthetic data",
        description = {"Trains the reference DCGAN (32x32x3) on synthetic data and prints, one per line:",
            "step_ms_median, images_per_s, gen_infer_ms_batch1, gen_infer_ms_batch64, rss_mb_peak",
            "(the names of shared/bench/torch_peer.py, for side-by-side runs)."})
public final class BenchOptions {

    @Option(names = "--batch", paramLabel = "N",
            description = "batch size, 2 to 1024 (default 64, or the preset's)")
    private Integer batch;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "time a preset's network instead of the reference: fast, tensorflow or pytorch")
    private org.ganstudio.model.Preset preset;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "32",
            description = "image side: 28 (one channel), 32 or 64 (three) (default ${DEFAULT-VALUE})")
    private int size;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "30",
            description = "timed steps (default ${DEFAULT-VALUE})")
    private int steps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "untimed steps first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--order", paramLabel = "simultaneous|sequential", defaultValue = "sequential",
            description = "update order (default ${DEFAULT-VALUE})")
    private UpdateOrder order;

    @Option(names = "--profile", description = "also print the time per layer (on stderr)")
    private boolean profile;

    @Mixin
    private DeviceOption device = new DeviceOption();

    void validate() throws CliException {
        if (batch != null) {
            OptionValues.within("--batch", batch, 2, 1024);
        }
        if (size != 28 && size != 32 && size != 64) {
            throw new CliException("--size: 28, 32 or 64, was " + size);
        }
        OptionValues.within("--steps", steps, 1, 1_000_000);
        OptionValues.within("--warmup", warmup, 0, 10_000);
    }

    /** What {@link Benchmark} runs. */
    public Benchmark.Options benchmark() {
        int b = batch != null ? batch : preset == null ? 64 : 0;
        return new Benchmark.Options(b, steps, warmup, order, profile, preset, size);
    }

    public DeviceOption device() {
        return device;
    }
}
