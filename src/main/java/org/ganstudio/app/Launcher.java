package org.ganstudio.app;

import org.ganstudio.cli.Cli;

/**
 * The jar's entry point: a CLI subcommand runs headless, anything else opens the window. A plain
 * class (not an Application) so JavaFX can start from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        NativeRuntime.configure();
        if (args.length > 0 && Cli.handles(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        GanStudioApp.main(args);
    }
}
