package org.ganstudio.app;

import org.ganstudio.cli.Cli;
import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.DevicePreference;

import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point: a CLI subcommand runs headless, anything else opens the window. A plain
 * class (not an Application) so JavaFX can start from the class path. Before anything loads ND4J it
 * applies the device choice ({@code --device}, else {@code GANSTUDIO_DEVICE}, else the app's saved
 * setting), which may mean running this same command again in a new process (see
 * {@link DeviceStartup}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        NativeRuntime.configure();
        boolean cli = args.length > 0 && Cli.handles(args[0]);
        if (cli && !Cli.computes(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        LaunchCommand command = LaunchCommand.current(args);
        Relauncher.recordLaunch(command);
        // a bad value is the CLI's to report; until then, and in the app, it counts as not given
        DevicePreference requested = requestedDevice(args, System.getenv())
                .orElseGet(() -> cli ? DevicePreference.AUTO : new DeviceSettings().load());
        String fromEnv = System.getenv(DevicePreference.ENVIRONMENT_VARIABLE);
        if (!cli && fromEnv != null && DevicePreference.parse(fromEnv).isEmpty()
                && System.getenv(Relauncher.RELAUNCHED) == null) {
            System.err.println("gan-studio: ignoring " + DevicePreference.ENVIRONMENT_VARIABLE + "='" + fromEnv
                    + "' (auto, cpu or gpu)");
        }
        DeviceStartup.Outcome outcome = DeviceStartup.forThisProcess(command).prepare(requested);
        if (outcome.exitCode() != null) {
            System.exit(outcome.exitCode());
        }
        ActiveDevice.record(outcome.selection());
        if (cli) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (outcome.selection().note() != null) {
            System.err.println("gan-studio: " + outcome.selection().note());
        }
        GanStudioApp.main(args);
    }

    /**
     * The last {@code --device X} or {@code --device=X}, else {@code GANSTUDIO_DEVICE}, if it names a
     * device (the app's saved setting comes after both).
     */
    static Optional<DevicePreference> requestedDevice(String[] args, Map<String, String> env) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--device") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--device=")) {
                value = args[i].substring("--device=".length());
            }
        }
        return DevicePreference.parse(value != null ? value : env.get(DevicePreference.ENVIRONMENT_VARIABLE));
    }
}
