package org.ganstudio.engine.device;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ND4J's backend choice through the environment. ND4J 1.0.0-M2.1 reads {@code BACKEND_PRIORITY_CPU}
 * (default 0) and {@code BACKEND_PRIORITY_GPU} (default 100) with {@code System.getenv} once, when it
 * first loads (there is no system property for them), and tries the available backends from the
 * highest priority down. A value that is not a whole number makes ND4J fail to load at all.
 */
public final class BackendPriority {

    public static final String CPU_VARIABLE = "BACKEND_PRIORITY_CPU";
    public static final String GPU_VARIABLE = "BACKEND_PRIORITY_GPU";
    static final int CPU_DEFAULT = 0;
    static final int GPU_DEFAULT = 100;

    private BackendPriority() {
    }

    /**
     * The backend ND4J would try first in a process with this environment, or null when it cannot be
     * told (a malformed value, which breaks ND4J, or equal priorities, where the class path decides).
     */
    public static Device firstTried(boolean cudaBackend, Map<String, String> env) {
        Integer cpu = read(env.get(CPU_VARIABLE), CPU_DEFAULT);
        Integer gpu = read(env.get(GPU_VARIABLE), GPU_DEFAULT);
        if (cpu == null || gpu == null) {
            return null;
        }
        if (!cudaBackend) {
            return Device.CPU;
        }
        return gpu > cpu ? Device.GPU : cpu > gpu ? Device.CPU : null;
    }

    /**
     * The variables to set so that ND4J loads the backend for {@code device}; empty when the
     * environment already does, so the process can go on without a relaunch.
     */
    public static Map<String, String> settingsFor(Device device, boolean cudaBackend, Map<String, String> env) {
        Device first = firstTried(cudaBackend, env);
        if (first == device) {
            return Map.of();
        }
        Map<String, String> set = new LinkedHashMap<>();
        set.put(CPU_VARIABLE, device == Device.CPU ? "100" : "0");
        set.put(GPU_VARIABLE, device == Device.GPU ? "100" : "0");
        return set;
    }

    /** As ND4J reads it: unset or empty means the default; otherwise Integer.parseInt or null. */
    private static Integer read(String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
