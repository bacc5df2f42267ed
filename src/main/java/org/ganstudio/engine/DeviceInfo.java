package org.ganstudio.engine;

import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the engine computes on, in words. */
public final class DeviceInfo {

    private DeviceInfo() {
    }

    /** e.g. "cpu (AMD EPYC, 2 threads)" or the backend's own name for other devices. */
    public static String describe() {
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        if (backend.toLowerCase().contains("cpu")) {
            Object threads = Nd4j.getExecutioner().getEnvironmentInformation().get("omp.threads");
            return "cpu (" + cpuModel() + ", " + threads + " threads)";
        }
        return backend;
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
