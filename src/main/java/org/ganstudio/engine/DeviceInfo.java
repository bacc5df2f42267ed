package org.ganstudio.engine;

import org.ganstudio.engine.device.Device;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What the engine computes on, in words. Everything comes through ND4J's API (its backend and the
 * executioner's environment properties), never CUDA classes, so the CPU-only build compiles and runs.
 * Calling it loads ND4J if it has not loaded yet.
 */
public final class DeviceInfo {

    // keys of ND4J's environment information (Nd4jEnvironment), as the CUDA executioner fills them
    static final String BACKEND = "backend";
    static final String CUDA_DEVICES = "cuda.devicesInformation";
    static final String CUDA_NAME = "cuda.deviceName";
    static final String CUDA_TOTAL_MEMORY = "cuda.totalMemory";
    static final String CUDA_MAJOR = "cuda.deviceMajor";
    static final String CUDA_MINOR = "cuda.deviceMinor";

    private DeviceInfo() {
    }

    /** The device of the loaded backend. */
    public static Device device() {
        String backend = Nd4j.getBackend().getClass().getName().toLowerCase(Locale.ROOT);
        return backend.contains("jcublas") || backend.contains("cuda") ? Device.GPU : Device.CPU;
    }

    /**
     * e.g. "cpu (AMD EPYC 7B13, 2 threads)" or "gpu 0 (NVIDIA GeForce RTX 3060, 11.8 GB, compute 8.6)";
     * the backend's class name if its details cannot be read.
     */
    public static String describe() {
        try {
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            if (device() == Device.GPU) {
                return describeGpu(env, currentGpu());
            }
            return "cpu (" + cpuModel() + ", " + env.get("omp.threads") + " threads)";
        } catch (RuntimeException | LinkageError e) {
            return Nd4j.getBackend().getClass().getSimpleName();
        }
    }

    /** From the environment properties of ND4J's CUDA executioner; defensive about every value. */
    static String describeGpu(Properties env, int index) {
        Object devices = env.get(CUDA_DEVICES);
        if (devices instanceof List<?> list && index >= 0 && index < list.size()
                && list.get(index) instanceof Map<?, ?> d) {
            StringBuilder s = new StringBuilder("gpu ").append(index).append(" (").append(d.get(CUDA_NAME));
            if (d.get(CUDA_TOTAL_MEMORY) instanceof Number bytes) {
                s.append(String.format(Locale.ROOT, ", %.1f GB", bytes.doubleValue() / (1L << 30)));
            }
            if (d.get(CUDA_MAJOR) instanceof Number major && d.get(CUDA_MINOR) instanceof Number minor) {
                s.append(", compute ").append(major.intValue()).append('.').append(minor.intValue());
            }
            return s.append(')').toString();
        }
        return "gpu (" + env.getOrDefault(BACKEND, "CUDA") + ")";
    }

    private static int currentGpu() {
        try {
            Integer d = Nd4j.getAffinityManager().getDeviceForCurrentThread();
            return d == null ? 0 : d;
        } catch (RuntimeException e) {
            return 0;
        }
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
