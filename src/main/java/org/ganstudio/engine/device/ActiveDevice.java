package org.ganstudio.engine.device;

import java.util.Map;
import java.util.Optional;

/**
 * The device selection this process runs with. ND4J's backend is a fact about the whole JVM, fixed
 * when it first loads, so the selection the launcher made for it is kept here for the CLI and the UI to
 * report (a per-process fact, like ND4J's own backend, hence a static).
 */
public final class ActiveDevice {

    private static volatile DeviceSelection launched;

    private ActiveDevice() {
    }

    /** Called by the launcher once it has applied a selection to this JVM. */
    public static void record(DeviceSelection selection) {
        launched = selection;
    }

    /** The selection the launcher applied, if this process was started through it. */
    public static Optional<DeviceSelection> launched() {
        return Optional.ofNullable(launched);
    }

    /**
     * The selection for a request in this process: the launcher's when it made one for the same
     * request; otherwise chosen now, and bounded by the backend this JVM's environment fixes (it cannot
     * change once the process runs).
     */
    public static DeviceSelection selectionFor(DevicePreference requested) {
        DeviceSelection s = launched;
        if (s != null && s.requested() == requested) {
            return s;
        }
        DeviceAvailability available = DeviceProbe.system().probe();
        return bounded(DeviceSelection.choose(requested, available), available, System.getenv());
    }

    /**
     * A choice bounded by the backend this JVM's environment makes ND4J try first, which cannot change
     * once the process runs: said so in the note when the two differ.
     */
    public static DeviceSelection bounded(DeviceSelection chosen, DeviceAvailability available,
                                          Map<String, String> env) {
        Device first = BackendPriority.firstTried(available.cudaBackend(), env);
        if (chosen.device() == Device.GPU && first == Device.CPU) {
            return new DeviceSelection(chosen.requested(), Device.CPU, "this process was started with the CPU "
                    + "backend first (" + BackendPriority.CPU_VARIABLE + "); start it through gan-studio to use the GPU");
        }
        if (chosen.device() == Device.CPU && first == Device.GPU && available.nvidiaDriver()) {
            return new DeviceSelection(chosen.requested(), Device.GPU, "this process was started with the CUDA "
                    + "backend first (" + BackendPriority.GPU_VARIABLE + "); start it through gan-studio to use the CPU");
        }
        return chosen;
    }
}
