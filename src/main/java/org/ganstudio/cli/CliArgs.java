package org.ganstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag}s of one subcommand, checked against what it accepts. */
final class CliArgs {

    private final String command;
    private final Map<String, String> values = new HashMap<>();

    CliArgs(String command, List<String> args, Set<String> options, Set<String> flags) throws CliException {
        this.command = command;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name;
            String value = null;
            if (!a.startsWith("--")) {
                throw new CliException("unexpected argument '" + a + "' for " + command);
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                name = a.substring(2);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new CliException("--" + name + " takes no value");
                }
                values.put(name, "true");
            } else if (options.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new CliException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
            } else {
                throw new CliException("unknown option --" + name + " for " + command
                        + " (see 'gan-studio " + command + " --help')");
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) throws CliException {
        String v = values.get(name);
        if (v == null) {
            throw new CliException(command + " needs --" + name);
        }
        return v;
    }

    int integer(String name, int fallback, int min, int max) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new CliException("--" + name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    long longValue(String name, long fallback) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String key = v.trim().toUpperCase().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase().replace('_', '-'));
        }
        throw new CliException("--" + name + " must be one of " + allowed + ", got '" + v + "'");
    }

    Path existingFile(String name) throws CliException {
        Path p = Path.of(required(name));
        if (!Files.exists(p)) {
            throw new CliException("--" + name + ": " + p + " does not exist");
        }
        if (Files.isDirectory(p)) {
            throw new CliException("--" + name + ": " + p + " is a folder, expected a file");
        }
        if (!Files.isReadable(p)) {
            throw new CliException("--" + name + ": " + p + " cannot be read (permissions)");
        }
        return p;
    }
}
