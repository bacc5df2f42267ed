package org.ganstudio.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeviceProbeTest {

    private static final String BACKEND = "org/nd4j/linalg/jcublas/JCublasBackend.class";
    private static final String NATIVE = "org/nd4j/linalg/jcublas/bindings/linux-x86_64/libnd4jcuda.so";
    private static final String NATIVE_CUDNN = "org/nd4j/linalg/jcublas/bindings/linux-x86_64-cudnn/libnd4jcuda.so";

    private static DeviceProbe linux(Set<String> resources, Set<String> files, String ldCache, Map<String, String> env) {
        return new DeviceProbe(resources::contains, p -> files.contains(p.toString().replace('\\', '/')),
                p -> p.equals(Path.of("/etc/ld.so.cache")) ? ldCache.getBytes(StandardCharsets.ISO_8859_1) : new byte[0],
                env, "Linux", "amd64");
    }

    @Test
    void thisTestClassPathIsTheCpuBuild() {
        assertFalse(DeviceProbe.system().cudaBackend());
    }

    @Test
    void theCudaBackendNeedsItsClassesAndANativeBuildForThisPlatform() {
        Set<String> none = Set.of();
        assertTrue(linux(Set.of(BACKEND, NATIVE), none, "", Map.of()).cudaBackend());
        assertTrue(linux(Set.of(BACKEND, NATIVE_CUDNN), none, "", Map.of()).cudaBackend());
        assertFalse(linux(Set.of(BACKEND), none, "", Map.of()).cudaBackend(), "Java side only");
        assertFalse(linux(Set.of(NATIVE), none, "", Map.of()).cudaBackend(), "natives only");
    }

    @Test
    void aDriverNeedsTheKernelModuleAndLibcuda() {
        Set<String> none = Set.of();
        assertNull(linux(none, Set.of(), "", Map.of()).nvidiaDriver());
        assertNull(linux(none, Set.of("/proc/driver/nvidia/version"), "", Map.of()).nvidiaDriver(),
                "kernel module without its user-space library");
        assertNull(linux(none, Set.of("/usr/lib/x86_64-linux-gnu/libcuda.so.1"), "", Map.of()).nvidiaDriver(),
                "library without the kernel module");
        assertEquals("NVIDIA kernel module loaded, found /usr/lib/x86_64-linux-gnu/libcuda.so.1",
                linux(none, Set.of("/proc/driver/nvidia/version", "/usr/lib/x86_64-linux-gnu/libcuda.so.1"), "",
                        Map.of()).nvidiaDriver());
    }

    @Test
    void libcudaIsFoundThroughTheLinkerCacheOrLdLibraryPath() {
        Set<String> none = Set.of();
        assertEquals("NVIDIA kernel module loaded, libcuda.so.1 in the linker cache",
                linux(none, Set.of("/proc/driver/nvidia/version"), "\0ld.so-1.7.0\0libcuda.so.1\0", Map.of())
                        .nvidiaDriver());
        assertEquals("NVIDIA kernel module loaded, found /opt/nv/libcuda.so.1",
                linux(none, Set.of("/proc/driver/nvidia/version", "/opt/nv/libcuda.so.1"), "",
                        Map.of("LD_LIBRARY_PATH", "/opt/nv")).nvidiaDriver());
    }

    @Test
    void wslHasNoProcEntryButADeviceAndItsOwnLibraryFolder() {
        assertEquals("WSL GPU device, found /usr/lib/wsl/lib/libcuda.so.1",
                linux(Set.of(), Set.of("/dev/dxg", "/usr/lib/wsl/lib/libcuda.so.1"), "", Map.of()).nvidiaDriver());
    }

    @Test
    void probeReportsBoth() {
        DeviceAvailability a = linux(Set.of(BACKEND, NATIVE), Set.of(), "", Map.of()).probe();
        assertTrue(a.cudaBackend());
        assertFalse(a.nvidiaDriver());
        assertEquals("no NVIDIA driver found", a.evidence());
    }
}
