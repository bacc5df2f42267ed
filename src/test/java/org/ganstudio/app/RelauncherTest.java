package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ganstudio.engine.device.DeviceAvailability;
import org.ganstudio.engine.device.DevicePreference;
import org.junit.jupiter.api.Test;

class RelauncherTest {

    private static final LaunchCommand JAR = new LaunchCommand(
            List.of("java", "-Xmx2g", "-jar", "gan-studio.jar"), List.of("--dataset", "datasets/shapes"));
    private static final DeviceAvailability CUDA_AND_DRIVER = new DeviceAvailability(true, true, "driver");
    private static final DeviceAvailability CPU_BUILD = new DeviceAvailability(false, false, "none");

    private final List<List<String>> started = new ArrayList<>();
    private final List<Map<String, String>> environments = new ArrayList<>();

    private Relauncher relauncher(Map<String, String> env, DeviceAvailability a) {
        return new Relauncher(JAR, env, () -> a, (cmd, e) -> {
            started.add(cmd);
            environments.add(e);
            return new ProcessBuilder("sh", "-c", "exit 3").start();
        });
    }

    @Test
    void restartKeepsTheProgramAndAsksForTheDeviceAndTheExperiment() throws IOException {
        relauncher(Map.of(), CPU_BUILD).restart(DevicePreference.GPU, Path.of("runs", "a.ganstudio"));
        assertEquals(List.of("java", "-Xmx2g", "-jar", "gan-studio.jar", "--device", "gpu", "--open",
                Path.of("runs", "a.ganstudio").toAbsolutePath().toString()), started.get(0));
    }

    @Test
    void restartWithoutAnExperimentOnlyNamesTheDevice() {
        assertEquals(List.of("java", "-Xmx2g", "-jar", "gan-studio.jar", "--device", "cpu"),
                relauncher(Map.of(), CPU_BUILD).restartCommand(DevicePreference.CPU, null));
    }

    @Test
    void restartDropsTheLaunchersMarkersAndSetsThePrioritiesForTheNewDevice() {
        Map<String, String> env = Map.of("HOME", "h", "GANSTUDIO_RELAUNCHED", "1", "GANSTUDIO_GPU_FAILED", "x",
                "BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0");
        Map<String, String> gpu = relauncher(env, CUDA_AND_DRIVER).restartEnvironment(DevicePreference.GPU);
        assertEquals(Map.of("HOME", "h", "BACKEND_PRIORITY_CPU", "0", "BACKEND_PRIORITY_GPU", "100"), gpu);
        Map<String, String> cpu = relauncher(env, CUDA_AND_DRIVER).restartEnvironment(DevicePreference.CPU);
        assertEquals(Map.of("HOME", "h", "BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0"), cpu);
    }

    @Test
    void inTheCpuBuildRestartLeavesThePrioritiesAlone() {
        Map<String, String> e = relauncher(Map.of("HOME", "h"), CPU_BUILD).restartEnvironment(DevicePreference.GPU);
        assertEquals(Map.of("HOME", "h"), e);
    }

    @Test
    void runAgainRunsTheSameCommandWithTheChangesAndReturnsItsExitCode() throws Exception {
        int code = relauncher(Map.of("HOME", "h"), CPU_BUILD).runAgain(Map.of("BACKEND_PRIORITY_CPU", "100"));
        assertEquals(3, code);
        assertEquals(JAR.commandLine(), started.get(0));
        assertEquals(Map.of("HOME", "h", "BACKEND_PRIORITY_CPU", "100"), environments.get(0));
    }

    @Test
    void thisProcessCanAlwaysBeRestarted() {
        Relauncher r = Relauncher.forThisProcess();
        List<String> cmd = r.restartCommand(DevicePreference.AUTO, null);
        assertFalse(cmd.isEmpty());
        assertEquals(List.of("--device", "auto"), cmd.subList(cmd.size() - 2, cmd.size()));
    }
}
