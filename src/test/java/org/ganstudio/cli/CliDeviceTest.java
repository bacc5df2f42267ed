package org.ganstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.ganstudio.engine.device.DevicePreference;

import org.junit.jupiter.api.Test;

/** {@code --device} on the commands that compute, on this machine: the CPU build, no GPU. */
class CliDeviceTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void gpuRequestedRunsOnTheCpuAndSaysSo() {
        assertEquals(0, run("bench", "--device", "gpu", "--steps", "1", "--warmup", "0", "--batch", "2"));
        String[] lines = err().split("\\R");
        assertEquals("gan-studio: GPU requested but no CUDA backend in this build; training on the CPU", lines[0]);
        assertTrue(lines[1].startsWith("device: cpu ("), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("step_ms_median: "));
    }

    @Test
    void cpuRequestedNeedsNoExplanation() {
        assertEquals(0, run("bench", "--device=cpu", "--steps", "1", "--warmup", "0", "--batch", "2"));
        assertTrue(err().startsWith("device: cpu ("), err());
        assertFalse(err().contains("gan-studio:"), err());
    }

    @Test
    void anUnknownDeviceIsBadInputOnEveryCommand() {
        String line = "gan-studio: --device must be one of auto, cpu, gpu, got 'banana'";
        assertEquals(2, run("bench", "--device", "banana"));
        assertEquals(line, err().strip());
        err.reset();
        assertEquals(2, run("train", "--device", "banana", "--dataset", "nowhere", "--out", "nowhere"));
        assertEquals(line, err().strip(), "checked before the dataset");
        err.reset();
        assertEquals(2, run("sample", "--device", "banana", "--checkpoint", "nowhere", "--out", "x.png"));
        assertEquals(line, err().strip(), "checked before the checkpoint");
    }

    private static DeviceOption deviceOf(String... args) {
        return ((BenchOptions) Cli.commandLine(null, null).parseArgs(args).subcommand().commandSpec().userObject())
                .device();
    }

    @Test
    void theOptionWinsOverTheEnvironmentVariableWhichWinsOverAuto() throws CliException {
        DeviceOption none = deviceOf("bench");
        DeviceOption gpu = deviceOf("bench", "--device", "gpu");
        Map<String, String> env = Map.of("GANSTUDIO_DEVICE", "CPU");
        assertEquals(DevicePreference.AUTO, none.resolve(Map.of()));
        assertEquals(DevicePreference.CPU, none.resolve(env));
        assertEquals(DevicePreference.GPU, gpu.resolve(env));
        CliException bad = assertThrows(CliException.class,
                () -> none.resolve(Map.of("GANSTUDIO_DEVICE", "banana")));
        assertEquals("GANSTUDIO_DEVICE must be one of auto, cpu, gpu, got 'banana'", bad.getMessage());
    }

    @Test
    void theLastDeviceGivenCountsAndAnyCaseIsAccepted() {
        assertEquals(Optional.of(DevicePreference.CPU), deviceOf("bench", "--device=gpu", "--device", "CPU").given());
        assertEquals(Optional.empty(), deviceOf("bench").given());
    }

    @Test
    void deviceNeedsAValue() {
        assertEquals(2, run("bench", "--device"));
        assertEquals("gan-studio: --device needs a value", err().strip());
    }

    @Test
    void onlyCommandsThatComputeNeedTheirDeviceApplied() {
        assertEquals(new Cli.Request(Cli.Kind.COMPUTE, Optional.empty()),
                Cli.request(new String[] {"train", "--dataset", "d", "--out", "o"}));
        assertEquals(new Cli.Request(Cli.Kind.COMPUTE, Optional.of(DevicePreference.GPU)),
                Cli.request(new String[] {"bench", "--device", "gpu"}));
        for (String[] info : new String[][] {{"bench", "--help"}, {"--version"}, {"help"}, {"version"}, {"-h"},
            {"train", "--steps", "x"}, {"help", "train"}, {"--fast", "bench"}}) {
            assertEquals(Cli.Kind.INFO, Cli.request(info).kind(), String.join(" ", info));
        }
    }

    @Test
    void withoutACommandTheAppStartsWithItsDevice() {
        assertEquals(new Cli.Request(Cli.Kind.APP, Optional.empty()), Cli.request(new String[0]));
        assertEquals(new Cli.Request(Cli.Kind.APP, Optional.of(DevicePreference.CPU)),
                Cli.request(new String[] {"--open", "x.ganstudio", "--device", "cpu"}));
        // a bad value is the app's to report: it starts, on its saved device
        assertEquals(new Cli.Request(Cli.Kind.APP, Optional.empty()),
                Cli.request(new String[] {"--device", "banana"}));
        assertEquals(Cli.Kind.APP, Cli.request(new String[] {"run.ganstudio", "--fast"}).kind());
    }
}
