package org.ganstudio.cli;

import org.ganstudio.engine.Benchmark;
import org.ganstudio.model.UpdateOrder;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bench}: the reference network on synthetic data; prints {@code name: value} lines. */
final class BenchCommand {

    static final String HELP = """
            gan-studio bench [--batch 64] [--steps 30] [--warmup 5] [--order simultaneous|sequential] [--profile]
                             [--device auto|cpu|gpu]

            Trains the reference DCGAN (32x32x3) on synthetic data and prints, one per line:
            step_ms_median, images_per_s, gen_infer_ms_batch1, gen_infer_ms_batch64, rss_mb_peak
            (the names of shared/bench/torch_peer.py, for side-by-side runs). --profile adds time per layer.
            """;

    private final CliArgs args;
    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        this.args = new CliArgs("bench", raw, Set.of("batch", "steps", "warmup", "order", CliDevice.OPTION),
                Set.of("profile"));
        this.out = out;
        this.err = err;
    }

    int run() throws CliException {
        CliDevice.select(args, err);
        Benchmark.Options o = new Benchmark.Options(
                args.integer("batch", 64, 2, 1024),
                args.integer("steps", 30, 1, 1_000_000),
                args.integer("warmup", 5, 0, 10_000),
                args.choice("order", UpdateOrder.class, UpdateOrder.SEQUENTIAL),
                args.has("profile"));
        CliDevice.report(err);
        Map<String, String> r = Benchmark.run(o, o.profile() || o.steps() >= 100 ? err : null);
        r.forEach((k, v) -> out.println(k + ": " + v));
        return 0;
    }
}
