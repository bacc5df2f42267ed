package org.ganstudio.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window was asked to do at start: {@code --dataset PATH} preselects (and loads) a dataset folder,
 * {@code --open FILE} opens an experiment; {@code --device} was already applied by the launcher. Unknown
 * arguments are reported, not fatal.
 */
public record LaunchOptions(Path dataset, Path open, List<String> problems) {

    public static LaunchOptions parse(List<String> args) {
        Path dataset = null;
        Path open = null;
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if ((a.equals("--dataset") || a.equals("--open") || a.equals("--device")) && i + 1 < args.size()) {
                value = args.get(++i);
            }
            switch (name) {
                case "--dataset" -> {
                    if (value == null) {
                        problems.add("--dataset needs a folder");
                    } else {
                        dataset = Path.of(value).toAbsolutePath().normalize();
                    }
                }
                case "--open" -> {
                    if (value == null) {
                        problems.add("--open needs a file");
                    } else {
                        open = Path.of(value).toAbsolutePath().normalize();
                    }
                }
                case "--device" -> {
                    // chosen by the launcher before the window starts (see Launcher)
                }
                default -> problems.add("unknown argument " + a);
            }
        }
        return new LaunchOptions(dataset, open, List.copyOf(problems));
    }
}
