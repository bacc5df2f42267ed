package org.ganstudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The whole command line: without a command it opens the app (these options are the app's), with one it
 * runs that command headless. Unknown options here do not stop the app: they land in {@link #rest()}
 * with the bare arguments, for the app to open or report.
 */
@Command(name = "gan-studio", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, synopsisSubcommandLabel = "[COMMAND]",
        description = {"GAN Studio: a desktop lab for watching GANs learn.",
            "Without a command it opens the app; a command runs headless."},
        subcommands = {TrainOptions.class, SampleOptions.class, EvaluateOptions.class, BenchOptions.class, Train2dOptions.class,
            Bench2dOptions.class, Cli.VersionCommand.class,
            picocli.CommandLine.HelpCommand.class},
        footer = {"%n'gan-studio COMMAND --help' lists the options of a command."})
public final class GanStudioCommand {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "an experiment (.ganstudio) to open, as a file manager passes it")
    private List<String> rest = List.of();

    @Option(names = "--dataset", paramLabel = "DIR", description = "open the app with this dataset folder loaded")
    private Path dataset;

    @Option(names = "--open", paramLabel = "FILE", description = "open the app with this experiment")
    private Path open;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "the app's language: en, zh (简体中文) or system; overrides the one saved in Settings")
    private String language;

    @Option(names = "--follow", paramLabel = "DIR",
            description = "open the app following a folder that train writes (here or synced from another machine)")
    private Path follow;

    @Mixin
    private DeviceOption device = new DeviceOption();

    public Optional<Path> dataset() {
        return Optional.ofNullable(dataset);
    }

    public Optional<Path> open() {
        return Optional.ofNullable(open);
    }

    /** The {@code --lang} value as given, if any (the app checks it). */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Optional<Path> follow() {
        return Optional.ofNullable(follow);
    }

    /** Bare arguments and unknown options, in the order given. */
    public List<String> rest() {
        return List.copyOf(rest);
    }

    public DeviceOption device() {
        return device;
    }
}
