package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ganstudio.engine.BackendStartup;
import org.ganstudio.engine.device.Device;
import org.ganstudio.engine.device.DeviceAvailability;
import org.ganstudio.engine.device.DevicePreference;
import org.junit.jupiter.api.Test;

/** The start-up decisions, with a pretend machine, backend and relaunch: no GPU or second JVM needed. */
class DeviceStartupTest {

    private static final DeviceAvailability CPU_BUILD = new DeviceAvailability(false, false, "none");
    private static final DeviceAvailability CUDA_NO_DRIVER = new DeviceAvailability(true, false, "none");
    private static final DeviceAvailability CUDA_AND_DRIVER = new DeviceAvailability(true, true, "driver");

    private static final Supplier<BackendStartup.Result> NOT_EXPECTED = () -> fail("ND4J should not be started here");
    private static final Supplier<BackendStartup.Result> GPU_UP = () -> new BackendStartup.Result(Device.GPU, null, "");

    private final List<Map<String, String>> restarts = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private DeviceStartup startup(Map<String, String> env, DeviceAvailability a, Supplier<BackendStartup.Result> nd4j) {
        return new DeviceStartup(env, a, nd4j, changes -> {
            restarts.add(changes);
            return 7;
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCpuBuildNeverRestartsAndExplainsAGpuRequest() {
        DeviceStartup.Outcome o = startup(Map.of(), CPU_BUILD, NOT_EXPECTED).prepare(DevicePreference.GPU);
        assertNull(o.exitCode());
        assertEquals(Device.CPU, o.selection().device());
        assertEquals("GPU requested but no CUDA backend in this build; training on the CPU", o.selection().note());
        assertEquals(List.of(), restarts);
    }

    @Test
    void cpuInACudaBuildRestartsWithTheCpuFirst() {
        DeviceStartup.Outcome o = startup(Map.of(), CUDA_AND_DRIVER, NOT_EXPECTED).prepare(DevicePreference.CPU);
        assertEquals(7, o.exitCode(), "the exit code of the process that ran instead");
        assertEquals(List.of(Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0",
                "GANSTUDIO_RELAUNCHED", "1")), restarts);
    }

    @Test
    void noDriverInACudaBuildRestartsOnTheCpuWithTheMessage() {
        DeviceStartup.Outcome o = startup(Map.of(), CUDA_NO_DRIVER, NOT_EXPECTED).prepare(DevicePreference.GPU);
        assertEquals(7, o.exitCode());
        assertEquals("GPU requested but no NVIDIA driver found; training on the CPU", o.selection().note());
        assertEquals("100", restarts.get(0).get("BACKEND_PRIORITY_CPU"));
    }

    @Test
    void theRestartedProcessGoesOn() {
        Map<String, String> env = Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0",
                "GANSTUDIO_RELAUNCHED", "1");
        DeviceStartup.Outcome o = startup(env, CUDA_NO_DRIVER, NOT_EXPECTED).prepare(DevicePreference.GPU);
        assertNull(o.exitCode());
        assertEquals(Device.CPU, o.selection().device());
        assertEquals("GPU requested but no NVIDIA driver found; training on the CPU", o.selection().note());
        assertEquals(List.of(), restarts);
    }

    @Test
    void aGpuThatStartsIsUsedInThisProcess() {
        DeviceStartup.Outcome o = startup(Map.of(), CUDA_AND_DRIVER, GPU_UP).prepare(DevicePreference.AUTO);
        assertNull(o.exitCode());
        assertEquals(Device.GPU, o.selection().device());
        assertNull(o.selection().note());
        assertEquals(List.of(), restarts);
    }

    @Test
    void aCudaBackendNd4jSkipsLeavesThisProcessOnTheCpuWithTheReason() {
        DeviceStartup.Outcome o = startup(Map.of(), CUDA_AND_DRIVER,
                () -> new BackendStartup.Result(Device.CPU, "libcublas.so.11 not found", "...")).prepare(DevicePreference.GPU);
        assertNull(o.exitCode());
        assertEquals(Device.CPU, o.selection().device());
        assertEquals("GPU requested but the CUDA backend did not start (libcublas.so.11 not found); training on the CPU",
                o.selection().note());
    }

    @Test
    void aCudaBackendThatBreaksNd4jRestartsOnTheCpuCarryingTheReason() {
        DeviceStartup.Outcome o = startup(Map.of(), CUDA_AND_DRIVER,
                () -> new BackendStartup.Result(null, "libcudnn.so.8 not found", "...")).prepare(DevicePreference.GPU);
        assertEquals(7, o.exitCode());
        assertEquals(List.of(Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0",
                "GANSTUDIO_RELAUNCHED", "1", "GANSTUDIO_GPU_FAILED", "libcudnn.so.8 not found")), restarts);
    }

    @Test
    void afterAGpuFailureTheNewProcessTrainsOnTheCpuAndSaysWhy() {
        Map<String, String> env = Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0",
                "GANSTUDIO_RELAUNCHED", "1", "GANSTUDIO_GPU_FAILED", "libcudnn.so.8 not found");
        DeviceStartup.Outcome o = startup(env, CUDA_AND_DRIVER, NOT_EXPECTED).prepare(DevicePreference.AUTO);
        assertNull(o.exitCode());
        assertEquals(Device.CPU, o.selection().device());
        assertEquals("the CUDA backend did not start (libcudnn.so.8 not found); training on the CPU", o.selection().note());
        assertEquals(List.of(), restarts);
    }

    @Test
    void aRestartedProcessNeverRestartsForPrioritiesAgain() {
        // someone else's environment still puts CUDA first: say so, do not loop
        Map<String, String> env = Map.of("GANSTUDIO_RELAUNCHED", "1");
        DeviceStartup.Outcome o = startup(env, CUDA_AND_DRIVER, NOT_EXPECTED).prepare(DevicePreference.CPU);
        assertNull(o.exitCode());
        assertEquals(List.of(), restarts);
        assertEquals(Device.GPU, o.selection().device(), "what this JVM will really load");
        assertEquals(true, err.toString(StandardCharsets.UTF_8).contains("could not be set"));
    }

    @Test
    void autoGoesAlongWithAUsersOwnCpuFirstPriorities() {
        Map<String, String> env = Map.of("BACKEND_PRIORITY_CPU", "500");
        DeviceStartup.Outcome o = startup(env, CUDA_AND_DRIVER, NOT_EXPECTED).prepare(DevicePreference.AUTO);
        assertNull(o.exitCode());
        assertEquals(Device.CPU, o.selection().device());
        assertEquals("BACKEND_PRIORITY_CPU/BACKEND_PRIORITY_GPU put the CPU first; training on the CPU",
                o.selection().note());
        assertEquals(List.of(), restarts);
        // an explicit request still wins over them
        assertEquals(7, startup(env, CUDA_AND_DRIVER, GPU_UP).prepare(DevicePreference.GPU).exitCode());
        assertEquals("100", restarts.get(0).get("BACKEND_PRIORITY_GPU"));
    }

    @Test
    void aMalformedPriorityIsRepairedEvenInTheCpuBuild() {
        DeviceStartup.Outcome o = startup(Map.of("BACKEND_PRIORITY_GPU", "x"), CPU_BUILD, NOT_EXPECTED)
                .prepare(DevicePreference.AUTO);
        assertEquals(7, o.exitCode());
        assertEquals("100", restarts.get(0).get("BACKEND_PRIORITY_CPU"));
    }

    @Test
    void whenNoNewProcessCanStartAfterABrokenGpuThisOneStops() {
        DeviceStartup s = new DeviceStartup(Map.of(), CUDA_AND_DRIVER,
                () -> new BackendStartup.Result(null, "boom", ""), changes -> {
                    throw new IOException("no java");
                }, new PrintStream(err, true, StandardCharsets.UTF_8));
        DeviceStartup.Outcome o = s.prepare(DevicePreference.GPU);
        assertEquals(1, o.exitCode());
        assertEquals(true, err.toString(StandardCharsets.UTF_8).contains("no java"));
    }
}
