package org.ganstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Test
    void theOptionWinsOverTheEnvironmentVariableWhichWinsOverAuto() throws CliException {
        CliArgs none = new CliArgs("bench", List.of(), Set.of("device"), Set.of());
        CliArgs gpu = new CliArgs("bench", List.of("--device", "gpu"), Set.of("device"), Set.of());
        Map<String, String> env = Map.of("GANSTUDIO_DEVICE", "CPU");
        assertEquals(DevicePreference.AUTO, CliDevice.requested(none, Map.of()));
        assertEquals(DevicePreference.CPU, CliDevice.requested(none, env));
        assertEquals(DevicePreference.GPU, CliDevice.requested(gpu, env));
        CliException bad = assertThrows(CliException.class,
                () -> CliDevice.requested(none, Map.of("GANSTUDIO_DEVICE", "banana")));
        assertEquals("GANSTUDIO_DEVICE must be one of auto, cpu, gpu, got 'banana'", bad.getMessage());
    }

    @Test
    void deviceNeedsAValue() {
        assertEquals(2, run("bench", "--device"));
        assertEquals("gan-studio: --device needs a value", err().strip());
    }

    @Test
    void onlyCommandsThatComputeNeedTheirDeviceApplied() {
        assertTrue(Cli.computes(new String[] {"train", "--dataset", "d"}));
        assertTrue(Cli.computes(new String[] {"bench"}));
        assertFalse(Cli.computes(new String[] {"bench", "--help"}));
        assertFalse(Cli.computes(new String[] {"--version"}));
        assertFalse(Cli.computes(new String[] {"help"}));
    }
}
