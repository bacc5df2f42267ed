package org.ganstudio.cli;

import org.ganstudio.engine.Benchmark;

import java.io.PrintStream;
import java.util.Map;

/** {@code bench}: the reference network on synthetic data; prints {@code name: value} lines. */
final class BenchCommand {

    private final BenchOptions options;
    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(BenchOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws CliException {
        CliDevice.select(options.device(), err);
        Benchmark.Options o = options.benchmark();
        CliDevice.report(err);
        Map<String, String> r = Benchmark.run(o, o.profile() || o.steps() >= 100 ? err : null);
        r.forEach((k, v) -> out.println(k + ": " + v));
        return 0;
    }
}
