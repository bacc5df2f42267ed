package org.ganstudio.cli;

/** Bad input on the command line: one clear line for the user, exit code 2. */
public final class CliException extends Exception {

    public CliException(String message) {
        super(message);
    }
}
