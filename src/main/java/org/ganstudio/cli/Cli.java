package org.ganstudio.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.model.AppVersion;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.UpdateOrder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands, over the same engine as the app: {@code train}, {@code sample},
 * {@code bench}. Exit codes: 0 done, 2 bad input (one line on stderr), 3 training diverged,
 * 1 anything unexpected. The command line itself is declared with picocli in
 * {@link GanStudioCommand} and the {@code XxxOptions} classes.
 */
public final class Cli {

    static final int BAD_INPUT = 2;
    static final int DIVERGED = 3;
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** What a command line asks for, known before anything loads ND4J. */
    public enum Kind {
        /** no command: open the app */
        APP,
        /** help, version or bad input: nothing to compute */
        INFO,
        /** {@code train}, {@code sample} or {@code bench} */
        COMPUTE
    }

    /** @param device the {@code --device} of the command (or of the app), if valid */
    public record Request(Kind kind, Optional<DevicePreference> device) {
    }

    public static Request request(String[] args) {
        if (args.length == 0) {
            // the app from its icon: skip building the command line, whose first parse loads and
            // reflects on some 170 picocli classes before the window can start
            return new Request(Kind.APP, Optional.empty());
        }
        ParseResult parsed;
        try {
            parsed = commandLine(null, null).parseArgs(args);
        } catch (ParameterException e) {
            boolean app = e.getCommandLine().getCommandSpec().userObject() instanceof GanStudioCommand;
            return new Request(app ? Kind.APP : Kind.INFO, Optional.empty());
        }
        if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return new Request(Kind.INFO, Optional.empty());
        }
        if (!parsed.hasSubcommand()) {
            return new Request(Kind.APP, ((GanStudioCommand) parsed.commandSpec().userObject()).device().given());
        }
        if (!((GanStudioCommand) parsed.commandSpec().userObject()).rest().isEmpty()) {
            return new Request(Kind.INFO, Optional.empty()); // bad input before the command
        }
        ParseResult sub = parsed.subcommand();
        Optional<DeviceOption> device = deviceOf(sub.commandSpec().userObject());
        if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested() || device.isEmpty()) {
            return new Request(Kind.INFO, Optional.empty());
        }
        return new Request(Kind.COMPUTE, device.get().given());
    }

    /** The app's options; bad input here is the app's to report, not fatal. */
    public static GanStudioCommand appOptions(List<String> args) throws CliException {
        try {
            ParseResult parsed = commandLine(null, null).parseArgs(args.toArray(String[]::new));
            return (GanStudioCommand) parsed.commandSpec().userObject();
        } catch (ParameterException e) {
            throw new CliException(message(e, args.toArray(String[]::new)));
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = commandLine(out, err);
            ParseResult parsed = line.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
            List<String> stray = ((GanStudioCommand) parsed.commandSpec().userObject()).rest();
            if (!stray.isEmpty()) {
                // the app's bare arguments and unknown options mean nothing to a command
                throw new CliException(unexpected(stray.get(0), "gan-studio"));
            }
            if (!parsed.hasSubcommand()) {
                line.usage(out);
                return 0;
            }
            Object command = parsed.subcommand().commandSpec().userObject();
            if (command instanceof TrainOptions train) {
                train.validate();
                return new TrainCommand(train, out, err).run();
            }
            if (command instanceof SampleOptions sample) {
                sample.validate();
                return new SampleCommand(sample, out, err).run();
            }
            if (command instanceof EvaluateOptions evaluate) {
                evaluate.validate();
                return new EvaluateCommand(evaluate, out, err).run();
            }
            if (command instanceof BenchOptions bench) {
                bench.validate();
                return new BenchCommand(bench, out, err).run();
            }
            if (command instanceof Train2dOptions train2d) {
                train2d.validate();
                return new Train2dCommand(train2d, out).run();
            }
            if (command instanceof Bench2dOptions bench2d) {
                bench2d.validate();
                return new Bench2dCommand(bench2d, out).run();
            }
            if (command instanceof VersionCommand) {
                out.println(versionLine());
                return 0;
            }
            throw new IllegalStateException("no handler for " + command.getClass().getSimpleName());
        } catch (ParameterException e) {
            return badInput(message(e, args), err);
        } catch (CliException e) {
            return badInput(e.getMessage(), err);
        } catch (OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "out of memory running " + String.join(" ", args), e);
            err.println("gan-studio: out of memory (" + e.getMessage() + "); try a smaller batch or image size");
            return 1;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected error running " + String.join(" ", args), e);
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

    private static int badInput(String message, PrintStream err) {
        LOG.log(System.Logger.Level.INFO, "bad input: " + message);
        err.println("gan-studio: " + message);
        return BAD_INPUT;
    }

    /** "GAN Studio 0.1.0", for {@code --version} and {@code version}. */
    public static String versionLine() {
        return "GAN Studio " + AppVersion.describe();
    }

    private static Optional<DeviceOption> deviceOf(Object command) {
        if (command instanceof TrainOptions t) {
            return Optional.of(t.device());
        }
        if (command instanceof SampleOptions s) {
            return Optional.of(s.device());
        }
        if (command instanceof BenchOptions b) {
            return Optional.of(b.device());
        }
        if (command instanceof EvaluateOptions e) {
            return Optional.of(e.device());
        }
        return Optional.empty();
    }

    /** A fresh command line (the option objects hold one parse); {@code out}/{@code err} may be null. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new GanStudioCommand());
        // as before picocli: a repeated option counts with its last value
        line.setOverwrittenOptionsAllowed(true);
        line.registerConverter(DevicePreference.class, new OptionValues.Choice<>(DevicePreference.class));
        line.registerConverter(ChannelMode.class, new OptionValues.Choice<>(ChannelMode.class));
        line.registerConverter(LossKind.class, new OptionValues.Choice<>(LossKind.class));
        line.registerConverter(UpdateOrder.class, new OptionValues.Choice<>(UpdateOrder.class));
        line.registerConverter(org.ganstudio.model.Preset.class, new OptionValues.PresetName());
        line.registerConverter(Integer.class, new OptionValues.WholeNumber());
        line.registerConverter(Integer.TYPE, new OptionValues.WholeNumber());
        line.registerConverter(Long.class, new OptionValues.LongNumber());
        line.registerConverter(Long.TYPE, new OptionValues.LongNumber());
        // only the app's level: unknown options become bare arguments for the app to report
        line.getCommandSpec().parser().unmatchedOptionsArePositionalParams(true);
        if (out != null) {
            line.setOut(new PrintWriter(out, true));
        }
        if (err != null) {
            line.setErr(new PrintWriter(err, true));
        }
        return line;
    }

    /** One line in the words the commands used before picocli: "--steps must be a whole number, got 'x'". */
    static String message(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandName();
        ArgSpec spec = e.getArgSpec();
        if (e.getCause() instanceof TypeConversionException t && spec instanceof OptionSpec o) {
            return o.longestName() + " " + t.getMessage();
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            String name = o.longestName();
            boolean typed = Arrays.stream(args).anyMatch(a -> Arrays.asList(o.names()).contains(a));
            return typed ? name + " needs a value" : command + " needs " + name;
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unexpected(u.getUnmatched().get(0), command);
        }
        return e.getMessage();
    }

    private static String unexpected(String arg, String command) {
        if (arg.startsWith("-")) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            return "unknown option " + name + " for " + command + " (see 'gan-studio "
                    + (command.equals("gan-studio") ? "" : command + " ") + "--help')";
        }
        return "unexpected argument '" + arg + "' for " + command;
    }

    /** {@code --version} of every command. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {versionLine()};
        }
    }

    /** {@code version}: the same as {@code --version}. */
    @Command(name = "version", description = "print the version")
    public static final class VersionCommand {
    }
}
