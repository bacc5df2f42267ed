package org.ganstudio.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line that started this process, split into the part that starts the program (the
 * executable, JVM options, class path or jar, main class) and the program's own arguments, so that it
 * can be run again, the same or with other arguments.
 *
 * @param program the executable and everything before the program's arguments
 * @param arguments the program's arguments, as main received them
 */
public record LaunchCommand(List<String> program, List<String> arguments) {

    public LaunchCommand {
        program = List.copyOf(program);
        arguments = List.copyOf(arguments);
    }

    /**
     * This process's command: read back from the operating system when it can be (the java command or a
     * jpackage launcher, exactly as typed, so the options in a launcher's configuration apply again);
     * otherwise rebuilt from the JVM's options and class path.
     */
    public static LaunchCommand current(String[] mainArgs) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return fromProcess(info.command(), info.arguments(), List.of(mainArgs)).orElseGet(() -> rebuilt(mainArgs));
    }

    static Optional<LaunchCommand> fromProcess(Optional<String> command, Optional<String[]> arguments,
                                               List<String> mainArgs) {
        if (command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = Arrays.asList(arguments.get());
        int split = all.size() - mainArgs.size();
        // the program's arguments must be the tail as main received them; else the split is unknown
        if (split < 0 || !all.subList(split, all.size()).equals(mainArgs)) {
            return Optional.empty();
        }
        List<String> program = new ArrayList<>();
        program.add(command.get());
        program.addAll(all.subList(0, split));
        return Optional.of(new LaunchCommand(program, mainArgs));
    }

    static LaunchCommand rebuilt(String[] mainArgs) {
        List<String> program = new ArrayList<>();
        program.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        program.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        program.add("-cp");
        program.add(System.getProperty("java.class.path"));
        program.add(Launcher.class.getName());
        return new LaunchCommand(program, List.of(mainArgs));
    }

    /** The same program with other arguments. */
    public LaunchCommand withArguments(List<String> newArguments) {
        return new LaunchCommand(program, newArguments);
    }

    public List<String> commandLine() {
        List<String> all = new ArrayList<>(program);
        all.addAll(arguments);
        return all;
    }
}
