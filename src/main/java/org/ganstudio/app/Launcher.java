package org.ganstudio.app;

import org.ganstudio.cli.Cli;
import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.DevicePreference;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The jar's entry point: a CLI subcommand runs headless, anything else opens the window. A plain
 * class (not an Application) so JavaFX can start from the class path. Before anything logs or loads
 * ND4J it opens the log ({@link AppLog}) and applies the device choice ({@code --device}, else
 * {@code GANSTUDIO_DEVICE}, else the app's saved setting), which may mean running this same command
 * again in a new process (see {@link DeviceStartup}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        NativeRuntime.configure();
        Cli.Request request = Cli.request(args);
        boolean cli = request.kind() != Cli.Kind.APP;
        AppLog.start(AppDirectories.standard(), cli ? AppLog.Writer.COMMAND : AppLog.Writer.APP);
        if (request.kind() == Cli.Kind.INFO) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        LaunchCommand command = LaunchCommand.current(args);
        Relauncher.recordLaunch(command);
        Map<String, String> env = System.getenv();
        // a bad GANSTUDIO_DEVICE is the command's to report (exit 2); the app ignores it, saying so
        DevicePreference requested = requestedDevice(request.device(), env,
                cli ? () -> DevicePreference.AUTO : () -> new DeviceSettings().load());
        String fromEnv = env.get(DevicePreference.ENVIRONMENT_VARIABLE);
        if (!cli && fromEnv != null && DevicePreference.parse(fromEnv).isEmpty()
                && env.get(Relauncher.RELAUNCHED) == null) {
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
     * {@code --device} as parsed, else {@code GANSTUDIO_DEVICE} if it names a device, else
     * {@code fallback} (the app's saved setting, or auto for a command).
     */
    static DevicePreference requestedDevice(Optional<DevicePreference> option, Map<String, String> env,
                                            Supplier<DevicePreference> fallback) {
        return option.or(() -> DevicePreference.parse(env.get(DevicePreference.ENVIRONMENT_VARIABLE)))
                .orElseGet(fallback);
    }
}
