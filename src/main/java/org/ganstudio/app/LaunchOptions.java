package org.ganstudio.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ganstudio.cli.Cli;
import org.ganstudio.cli.CliException;
import org.ganstudio.cli.GanStudioCommand;
import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.ui.common.Language;

/**
 * What the window was asked to do at start: {@code --dataset PATH} preselects (and loads) a dataset folder,
 * {@code --open FILE} or a bare {@code FILE.ganstudio} (what a file manager passes on a double click) opens an
 * experiment; {@code --follow DIR} follows a folder that {@code train} writes; {@code --lang en|zh|system} chooses
 * the language for this start; {@code --device} was already applied by the launcher. The options are declared
 * once, with the commands', in {@link GanStudioCommand}. Unknown or bad arguments are reported, not fatal.
 */
public record LaunchOptions(Path dataset, Path open, Path follow, List<String> problems, Language language) {

    public LaunchOptions {
        problems = List.copyOf(problems);
    }

    /** Without {@code --lang} (the saved language applies) and without a folder to follow. */
    public LaunchOptions(Path dataset, Path open, List<String> problems) {
        this(dataset, open, null, problems, null);
    }

    /** Without a folder to follow. */
    public LaunchOptions(Path dataset, Path open, List<String> problems, Language language) {
        this(dataset, open, null, problems, language);
    }

    /** Without {@code --lang}. */
    public LaunchOptions(Path dataset, Path open, Path follow, List<String> problems) {
        this(dataset, open, follow, problems, null);
    }

    public static LaunchOptions parse(List<String> args) {
        if (args.isEmpty()) {
            return new LaunchOptions(null, null, List.of()); // see Cli.request: no parser needed
        }
        GanStudioCommand c;
        try {
            c = Cli.appOptions(args);
        } catch (CliException e) {
            return new LaunchOptions(null, null, List.of(e.getMessage()));
        }
        Path dataset = c.dataset().map(LaunchOptions::absolute).orElse(null);
        Path open = c.open().map(LaunchOptions::absolute).orElse(null);
        List<String> problems = new ArrayList<>();
        Language language = null;
        if (c.language().isPresent()) {
            language = Language.parse(c.language().get()).orElse(null);
            if (language == null) {
                problems.add("--lang must be en, zh or system, got '" + c.language().get() + "'");
            }
        }
        for (String a : c.rest()) {
            if (a.startsWith("-")) {
                problems.add("unknown argument " + a);
            } else if (!isExperiment(a)) {
                problems.add("unknown argument " + a + " (not an existing " + ExperimentFile.EXTENSION + " file)");
            } else if (open != null) {
                problems.add("one experiment at a time: " + a + " not opened");
            } else {
                open = absolute(Path.of(a));
            }
        }
        Path follow = c.follow().map(LaunchOptions::absolute).orElse(null);
        return new LaunchOptions(dataset, open, follow, problems, language);
    }

    private static boolean isExperiment(String arg) {
        Path p;
        try {
            p = Path.of(arg);
        } catch (InvalidPathException e) {
            return false;
        }
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ExperimentFile.EXTENSION)
                && Files.isRegularFile(p);
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
