package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import org.ganstudio.cli.Cli;
import org.ganstudio.engine.device.DevicePreference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path tmp;

    private static DevicePreference requested(Map<String, String> env, String... args) {
        return Launcher.requestedDevice(Cli.request(args).device(), env, () -> DevicePreference.AUTO);
    }

    @Test
    void theRequestedDeviceIsTheLastDeviceOption() {
        Map<String, String> none = Map.of();
        assertEquals(DevicePreference.GPU, requested(none, "bench", "--device", "gpu"));
        assertEquals(DevicePreference.CPU, requested(none, "--device=gpu", "--open", "x", "--device", "cpu"));
        assertEquals(DevicePreference.CPU,
                requested(none, "train", "--dataset", "d", "--out", "o", "--device=gpu", "--device", "cpu"));
        assertEquals(DevicePreference.AUTO, requested(none, "--open", "x"));
    }

    @Test
    void withoutTheOptionTheEnvironmentVariableCountsThenTheFallback() {
        Map<String, String> env = Map.of("GANSTUDIO_DEVICE", "cpu");
        assertEquals(DevicePreference.CPU, requested(env, "--open", "x"));
        assertEquals(DevicePreference.GPU, requested(env, "--device", "gpu"));
        assertEquals(DevicePreference.AUTO, requested(Map.of("GANSTUDIO_DEVICE", "fast")));
        // the app's saved setting comes last
        assertEquals(DevicePreference.GPU, Launcher.requestedDevice(Optional.empty(), Map.of(),
                () -> DevicePreference.GPU));
        // a bad --device does not count for the app (it reports it and goes on)
        assertEquals(DevicePreference.CPU, Launcher.requestedDevice(Cli.request(new String[] {"--device", "banana"})
                .device(), env, () -> DevicePreference.GPU));
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
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
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
        // ND4J's SLF4J lines went to the log file in the app's data folder, not to stderr
        String log = Files.readString(logFile(), StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO [main] org.nd4j.linalg.factory.Nd4jBackend: Loaded [CpuBackend] backend"), log);
        assertFalse(r.get(2).contains("Nd4jBackend"), r.get(2));
    }

    private Path logFile() {
        return tmp.resolve("data").resolve("gan-studio").resolve("logs").resolve("gan-studio.log");
    }

    @Test
    void badInputIsOneLineOnStderrAndGoesToTheLogToo() throws Exception {
        Path experiment = tmp.resolve("nothing.ganstudio");
        Files.writeString(experiment, "not a zip");
        List<String> r = launch(Map.of(), "sample", "--checkpoint", experiment.toString(), "--out", tmp.toString(),
                "--device", "cpu");
        assertEquals("2", r.get(0), r.get(2));
        assertEquals(1, r.get(2).strip().lines().count(), r.get(2));
        assertTrue(r.get(2).startsWith("gan-studio: --checkpoint: "), r.get(2));
        String log = Files.readString(logFile(), StandardCharsets.UTF_8);
        assertTrue(log.contains("org.ganstudio.app.AppLog: GAN Studio "), log);
        assertTrue(log.contains("org.ganstudio.cli.Cli: bad input: " + r.get(2).strip().substring(12)), log);
    }

    @Test
    void aBadDeviceIsOneLineAndExitCodeTwo() throws Exception {
        List<String> r = launch(Map.of(), "train", "--device", "banana", "--dataset", "d", "--out", "o");
        assertEquals("2", r.get(0));
        assertEquals("gan-studio: --device must be one of auto, cpu, gpu, got 'banana'", r.get(2).strip());
        assertEquals("", r.get(1));
    }
}
