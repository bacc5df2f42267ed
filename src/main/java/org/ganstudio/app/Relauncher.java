package org.ganstudio.app;

import org.ganstudio.engine.device.BackendPriority;
import org.ganstudio.engine.device.DeviceAvailability;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.engine.device.DeviceProbe;
import org.ganstudio.engine.device.DeviceSelection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs GAN Studio again in a new process: the only way to change the compute device, because ND4J
 * fixes its backend for the life of a JVM. The app's Settings call {@link #restart} after saving a new
 * choice; the launcher uses {@link #runAgain} at start-up when the environment must change first.
 */
public final class Relauncher {

    /** Set in a process the launcher started again, so that it never does so a second time. */
    static final String RELAUNCHED = "GANSTUDIO_RELAUNCHED";
    /** Why the CUDA backend failed in the process that started this one (which then runs on the CPU). */
    static final String GPU_FAILED = "GANSTUDIO_GPU_FAILED";

    /** Starts a process with exactly this environment. */
    interface ProcessStarter {
        Process start(List<String> command, Map<String, String> environment) throws IOException;
    }

    private static volatile LaunchCommand launchedWith;

    private final LaunchCommand command;
    private final Map<String, String> env;
    private final Supplier<DeviceAvailability> availability;
    private final ProcessStarter starter;

    Relauncher(LaunchCommand command, Map<String, String> env, Supplier<DeviceAvailability> availability,
               ProcessStarter starter) {
        this.command = command;
        this.env = Map.copyOf(env);
        this.availability = availability;
        this.starter = starter;
    }

    /** For this process, started the way the launcher recorded (or rebuilt from the JVM's options). */
    public static Relauncher forThisProcess() {
        LaunchCommand c = launchedWith != null ? launchedWith : LaunchCommand.rebuilt(new String[0]);
        return new Relauncher(c, System.getenv(), () -> DeviceProbe.system().probe(), Relauncher::startInheritingIo);
    }

    static void recordLaunch(LaunchCommand c) {
        launchedWith = c;
    }

    /**
     * Starts a new GAN Studio window computing on {@code device} and reopening {@code experiment} (may
     * be null), and returns once it has started: the caller then closes this one. Save the experiment
     * and the choice ({@link DeviceSettings#save}) first.
     *
     * @throws IOException if the new process cannot be started (this one is then still fine to use)
     */
    public void restart(DevicePreference device, Path experiment) throws IOException {
        starter.start(restartCommand(device, experiment), restartEnvironment(device));
    }

    List<String> restartCommand(DevicePreference device, Path experiment) {
        List<String> args = new ArrayList<>(List.of("--device", device.id()));
        if (experiment != null) {
            args.add("--open");
            args.add(experiment.toAbsolutePath().toString());
        }
        return command.withArguments(args).commandLine();
    }

    /**
     * This environment without the launcher's own markers, and with ND4J's backend priorities already
     * set for the device the new process will choose, so it need not start itself again.
     */
    Map<String, String> restartEnvironment(DevicePreference device) {
        Map<String, String> e = new HashMap<>(env);
        e.remove(RELAUNCHED);
        e.remove(GPU_FAILED);
        DeviceAvailability a = availability.get();
        e.putAll(BackendPriority.settingsFor(DeviceSelection.choose(device, a).device(), a.cudaBackend(), e));
        return e;
    }

    /**
     * Runs this process's own command again with some environment variables changed, waits for it and
     * returns its exit code. If this process is asked to stop meanwhile (Ctrl-C, kill), the new one is
     * asked too, and given time to save its work.
     */
    int runAgain(Map<String, String> changes) throws IOException, InterruptedException {
        Map<String, String> e = new HashMap<>(env);
        e.putAll(changes);
        Process p = starter.start(command.commandLine(), e);
        Thread forward = new Thread(() -> {
            if (p.isAlive()) {
                p.destroy();
                try {
                    p.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "relaunch-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        int code = p.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException alreadyStopping) {
            // the hook runs and finds the process gone
        }
        return code;
    }

    static Process startInheritingIo(List<String> commandLine, Map<String, String> environment)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(commandLine).inheritIO();
        pb.environment().clear();
        pb.environment().putAll(environment);
        return pb.start();
    }
}
