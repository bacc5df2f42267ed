package org.ganstudio.engine.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Looks for the CUDA backend on the class path and for an NVIDIA driver on the machine, without
 * loading any native code: this runs before ND4J picks its backend, in every start-up, so it only
 * checks resources and files.
 */
public final class DeviceProbe {

    static final String CUDA_BACKEND_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";
    private static final String CUDA_NATIVE_DIR = "org/nd4j/linalg/jcublas/bindings/";

    private final Predicate<String> resourcePresent;
    private final Predicate<Path> fileExists;
    private final Function<Path, byte[]> readFile;
    private final Map<String, String> env;
    private final String os;
    private final String arch;

    DeviceProbe(Predicate<String> resourcePresent, Predicate<Path> fileExists, Function<Path, byte[]> readFile,
                Map<String, String> env, String os, String arch) {
        this.resourcePresent = resourcePresent;
        this.fileExists = fileExists;
        this.readFile = readFile;
        this.env = env;
        this.os = os.toLowerCase(Locale.ROOT);
        this.arch = arch.toLowerCase(Locale.ROOT);
    }

    /** This process: its class path, file system and environment. */
    public static DeviceProbe system() {
        ClassLoader loader = DeviceProbe.class.getClassLoader();
        return new DeviceProbe(name -> loader.getResource(name) != null, Files::exists, DeviceProbe::readOrEmpty,
                System.getenv(), System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public DeviceAvailability probe() {
        String driver = nvidiaDriver();
        return new DeviceAvailability(cudaBackend(), driver != null, driver == null ? "no NVIDIA driver found" : driver);
    }

    /** The Java classes and a native library for this platform (the cuDNN build or the plain one). */
    boolean cudaBackend() {
        if (!resourcePresent.test(CUDA_BACKEND_CLASS)) {
            return false;
        }
        String platform = javacppPlatform();
        return platform != null && (resourcePresent.test(CUDA_NATIVE_DIR + platform + "-cudnn/" + library("nd4jcuda"))
                || resourcePresent.test(CUDA_NATIVE_DIR + platform + "/" + library("nd4jcuda")));
    }

    /** What shows a usable driver, or null: its kernel side and its user-space library. */
    String nvidiaDriver() {
        if (os.startsWith("windows")) {
            Path dll = Path.of(env.getOrDefault("SystemRoot", "C:\\Windows"), "System32", "nvcuda.dll");
            return fileExists.test(dll) ? "found " + dll : null;
        }
        if (!os.startsWith("linux")) {
            return null;
        }
        String kernel = null;
        if (fileExists.test(Path.of("/proc/driver/nvidia/version"))) {
            kernel = "NVIDIA kernel module loaded";
        } else if (fileExists.test(Path.of("/dev/dxg"))) {
            kernel = "WSL GPU device";
        }
        if (kernel == null) {
            return null;
        }
        String lib = findLinuxLibrary("libcuda.so.1");
        return lib == null ? null : kernel + ", " + lib;
    }

    /** Where the dynamic linker would find a library: LD_LIBRARY_PATH, its cache, the usual folders. */
    private String findLinuxLibrary(String name) {
        List<Path> dirs = new ArrayList<>();
        for (String d : env.getOrDefault("LD_LIBRARY_PATH", "").split(":")) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d));
            }
        }
        for (String d : List.of("/usr/lib/wsl/lib", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/usr/lib64", "/usr/lib", "/lib64", "/lib/x86_64-linux-gnu")) {
            dirs.add(Path.of(d));
        }
        for (Path d : dirs) {
            if (fileExists.test(d.resolve(name))) {
                return "found " + d.resolve(name);
            }
        }
        // the cache is binary, but library names are stored as plain strings in it
        String cache = new String(readFile.apply(Path.of("/etc/ld.so.cache")), StandardCharsets.ISO_8859_1);
        return cache.contains(name) ? name + " in the linker cache" : null;
    }

    private String javacppPlatform() {
        String cpu = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            case "ppc64le" -> "ppc64le";
            default -> null;
        };
        if (cpu == null) {
            return null;
        }
        if (os.startsWith("linux")) {
            return "linux-" + cpu;
        }
        if (os.startsWith("windows")) {
            return "windows-" + cpu;
        }
        return null;
    }

    private String library(String name) {
        return os.startsWith("windows") ? name + ".dll" : "lib" + name + ".so";
    }

    private static byte[] readOrEmpty(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(4 << 20);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
