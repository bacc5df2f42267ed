package org.ganstudio.app;

import org.ganstudio.engine.BackendStartup;
import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.BackendPriority;
import org.ganstudio.engine.device.Device;
import org.ganstudio.engine.device.DeviceAvailability;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.engine.device.DeviceProbe;
import org.ganstudio.engine.device.DeviceSelection;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies a device choice to this JVM before ND4J loads. When the environment already makes ND4J load
 * the chosen backend, the process simply goes on; otherwise it runs itself again with
 * {@code BACKEND_PRIORITY_CPU/GPU} set (environment variables cannot be set inside a running JVM). On
 * the GPU it starts ND4J at once, and if the CUDA backend breaks, runs itself again on the CPU with the
 * reason, so a start-up never ends in a crash. At most two restarts: the markers stop any loop.
 */
final class DeviceStartup {

    private static final System.Logger LOG = System.getLogger(DeviceStartup.class.getName());

    /** Either go on in this process with {@code selection}, or exit with {@code exitCode}. */
    record Outcome(DeviceSelection selection, Integer exitCode) {
    }

    interface Restart {
        int runAgain(Map<String, String> changes) throws IOException, InterruptedException;
    }

    private final Map<String, String> env;
    private final DeviceAvailability available;
    private final Supplier<BackendStartup.Result> backend;
    private final Restart restart;
    private final PrintStream err;

    DeviceStartup(Map<String, String> env, DeviceAvailability available, Supplier<BackendStartup.Result> backend,
                  Restart restart, PrintStream err) {
        this.env = env;
        this.available = available;
        this.backend = backend;
        this.restart = restart;
        this.err = err;
    }

    static DeviceStartup forThisProcess(LaunchCommand command) {
        DeviceAvailability available = DeviceProbe.system().probe();
        Relauncher relauncher = new Relauncher(command, System.getenv(), () -> available,
                Relauncher::startInheritingIo);
        return new DeviceStartup(System.getenv(), available, BackendStartup::start, relauncher::runAgain, System.err);
    }

    Outcome prepare(DevicePreference requested) {
        DeviceSelection selection = DeviceSelection.choose(requested, available);
        if (requested == DevicePreference.AUTO && selection.device() == Device.GPU
                && !env.containsKey(Relauncher.RELAUNCHED) && BackendPriority.firstTried(true, env) == Device.CPU) {
            // the user put ND4J's CPU backend first themselves: auto goes along with it
            selection = new DeviceSelection(requested, Device.CPU, BackendPriority.CPU_VARIABLE + "/"
                    + BackendPriority.GPU_VARIABLE + " put the CPU first; training on the CPU");
        }
        String gpuFailed = env.get(Relauncher.GPU_FAILED);
        if (gpuFailed != null && selection.device() == Device.GPU) {
            selection = selection.fallBack(gpuFailed);
        }
        Map<String, String> priorities = BackendPriority.settingsFor(selection.device(), available.cudaBackend(), env);
        if (!priorities.isEmpty()) {
            if (env.containsKey(Relauncher.RELAUNCHED)) {
                err.println("gan-studio: the compute backend could not be set (" + priorities + " after a restart)");
                return new Outcome(ActiveDevice.bounded(selection, available, env), null);
            }
            Map<String, String> changes = new LinkedHashMap<>(priorities);
            changes.put(Relauncher.RELAUNCHED, "1");
            return runAgain(changes, selection);
        }
        if (selection.device() == Device.GPU) {
            BackendStartup.Result started = backend.get();
            if (started.failed()) {
                LOG.log(System.Logger.Level.INFO, "the GPU backend did not start (" + started.failure()
                        + "); running again on the CPU. Its output:\n" + started.output());
                if (env.get("GANSTUDIO_DEBUG") != null) {
                    err.print(started.output());
                }
                Map<String, String> changes = new LinkedHashMap<>(BackendPriority.settingsFor(Device.CPU, true, env));
                changes.put(Relauncher.RELAUNCHED, "1");
                changes.put(Relauncher.GPU_FAILED, started.failure());
                Outcome o = runAgain(changes, selection.fallBack(started.failure()));
                // ND4J is broken in this JVM: if no new process could run, stop here
                return o.exitCode() != null ? o : new Outcome(o.selection(), 1);
            }
            if (started.device() == Device.CPU) {
                selection = selection.fallBack(started.failure());
            }
        }
        return new Outcome(selection, null);
    }

    private Outcome runAgain(Map<String, String> changes, DeviceSelection selection) {
        try {
            return new Outcome(selection, restart.runAgain(changes));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not start again with " + changes, e);
            err.println("gan-studio: could not start again with the chosen device (" + e.getMessage() + ")");
            return new Outcome(ActiveDevice.bounded(selection, available, env), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(selection, 130);
        }
    }
}
