package org.ganstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The headless commands, over the same engine as the app: {@code train}, {@code sample},
 * {@code evaluate}, {@code bench}. Exit codes: 0 done, 2 bad input, 3 training diverged, 1 anything unexpected.
 */
public final class Cli {

    public static final String VERSION = "0.1.0";
    static final int BAD_INPUT = 2;
    static final int DIVERGED = 3;

    private static final List<String> COMMANDS = List.of("train", "sample", "evaluate", "bench", "help", "--help", "-h",
            "--version", "version");

    private Cli() {
    }

    private static final List<String> COMPUTING = List.of("train", "sample", "evaluate", "bench");

    /** Whether the first argument names a CLI command (otherwise the app starts). */
    public static boolean handles(String first) {
        return COMMANDS.contains(first);
    }

    /** Whether the command will load the engine (so its device must be applied first), not just print help. */
    public static boolean computes(String[] args) {
        List<String> all = Arrays.asList(args);
        return args.length > 0 && COMPUTING.contains(args[0]) && !all.contains("--help") && !all.contains("-h");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String cmd = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean help = rest.contains("--help") || rest.contains("-h");
        try {
            switch (cmd) {
                case "train":
                    if (help) {
                        out.print(TrainCommand.HELP);
                        return 0;
                    }
                    return new TrainCommand(rest, out, err).run();
                case "sample":
                    if (help) {
                        out.print(SampleCommand.HELP);
                        return 0;
                    }
                    return new SampleCommand(rest, out, err).run();
                case "evaluate":
                    if (help) {
                        out.print(EvaluateCommand.HELP);
                        return 0;
                    }
                    return new EvaluateCommand(rest, out, err).run();
                case "bench":
                    if (help) {
                        out.print(BenchCommand.HELP);
                        return 0;
                    }
                    return new BenchCommand(rest, out, err).run();
                case "--version":
                case "version":
                    out.println("GAN Studio " + VERSION);
                    return 0;
                default:
                    out.print(usage());
                    return 0;
            }
        } catch (CliException e) {
            err.println("gan-studio: " + e.getMessage());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("gan-studio: out of memory (" + e.getMessage() + "); try a smaller batch or image size");
            return 1;
        } catch (Exception e) {
            err.println("gan-studio: unexpected error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            if (System.getenv("GANSTUDIO_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set GANSTUDIO_DEBUG=1 for details)");
            }
            return 1;
        }
    }

    static String usage() {
        return """
                GAN Studio %s: a desktop lab for watching GANs learn.

                Usage:
                  gan-studio                         open the app
                  gan-studio --dataset DIR           open the app with a dataset folder selected
                  gan-studio train --dataset DIR --out DIR [options]   train headless
                  gan-studio sample --checkpoint FILE --out grid.png   draw samples from a saved experiment
                  gan-studio evaluate --checkpoint FILE [--dataset DIR]   quality figures of a saved experiment
                  gan-studio bench [options]         time the reference network on synthetic data
                  gan-studio COMMAND --help          options of a command

                train, sample, evaluate, bench and the app take --device auto|cpu|gpu (see README, "GPU").
                """.formatted(VERSION);
    }
}
