package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.ganstudio.engine.device.DevicePreference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path tmp;

    @Test
    void theRequestedDeviceIsTheLastValidDeviceOption() {
        Map<String, String> none = Map.of();
        assertEquals(Optional.of(DevicePreference.GPU),
                Launcher.requestedDevice(new String[] {"bench", "--device", "gpu"}, none));
        assertEquals(Optional.of(DevicePreference.CPU),
                Launcher.requestedDevice(new String[] {"--device=gpu", "--open", "x", "--device", "cpu"}, none));
        assertEquals(Optional.empty(), Launcher.requestedDevice(new String[] {"bench", "--device", "banana"}, none));
        assertEquals(Optional.empty(), Launcher.requestedDevice(new String[] {"bench", "--device"}, none));
        assertEquals(Optional.empty(), Launcher.requestedDevice(new String[] {"--open", "x"}, none));
    }

    @Test
    void withoutTheOptionTheEnvironmentVariableCounts() {
        Map<String, String> env = Map.of("GANSTUDIO_DEVICE", "cpu");
        assertEquals(Optional.of(DevicePreference.CPU), Launcher.requestedDevice(new String[] {"--open", "x"}, env));
        assertEquals(Optional.of(DevicePreference.GPU), Launcher.requestedDevice(new String[] {"--device", "gpu"}, env));
        assertEquals(Optional.empty(), Launcher.requestedDevice(new String[0], Map.of("GANSTUDIO_DEVICE", "fast")));
    }

    /** Runs the real launcher in a new JVM on this test class path; returns exit code, stdout, stderr. */
    private List<String> launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("BACKEND_PRIORITY_CPU");
        pb.environment().remove("BACKEND_PRIORITY_GPU");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        return List.of(String.valueOf(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void gpuOnThisMachineTrainsOnTheCpuEvenWhenTheEnvironmentWouldBreakNd4j() throws Exception {
        // a malformed priority makes ND4J fail to load: the launcher runs itself again with sane ones
        List<String> r = launch(Map.of("BACKEND_PRIORITY_CPU", "oops"),
                "bench", "--device", "gpu", "--steps", "1", "--warmup", "0", "--batch", "2");
        assertEquals("0", r.get(0), r.get(2));
        String[] err = r.get(2).split("\\R");
        assertEquals("gan-studio: GPU requested but no CUDA backend in this build; training on the CPU", err[0]);
        assertTrue(err[1].startsWith("device: cpu ("), r.get(2));
        assertTrue(r.get(1).contains("step_ms_median: "), r.get(1));
    }

    @Test
    void aBadDeviceIsOneLineAndExitCodeTwo() throws Exception {
        List<String> r = launch(Map.of(), "train", "--device", "banana", "--dataset", "d", "--out", "o");
        assertEquals("2", r.get(0));
        assertEquals("gan-studio: --device must be one of auto, cpu, gpu, got 'banana'", r.get(2).strip());
        assertEquals("", r.get(1));
    }
}
