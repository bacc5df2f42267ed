package org.ganstudio.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeviceSelectionTest {

    private static final DeviceAvailability CPU_BUILD = new DeviceAvailability(false, false, "none");
    private static final DeviceAvailability CPU_BUILD_ON_GPU_MACHINE = new DeviceAvailability(false, true, "driver");
    private static final DeviceAvailability CUDA_BUILD_NO_DRIVER = new DeviceAvailability(true, false, "none");
    private static final DeviceAvailability CUDA_BUILD_WITH_DRIVER = new DeviceAvailability(true, true, "driver");

    @Test
    void cpuIsAlwaysTheCpuWithoutComment() {
        for (DeviceAvailability a : new DeviceAvailability[] {CPU_BUILD, CPU_BUILD_ON_GPU_MACHINE, CUDA_BUILD_NO_DRIVER,
                CUDA_BUILD_WITH_DRIVER}) {
            assertEquals(new DeviceSelection(DevicePreference.CPU, Device.CPU, null),
                    DeviceSelection.choose(DevicePreference.CPU, a));
        }
    }

    @Test
    void gpuWithoutTheCudaBackendFallsBackAndSaysWhy() {
        DeviceSelection s = DeviceSelection.choose(DevicePreference.GPU, CPU_BUILD_ON_GPU_MACHINE);
        assertEquals(Device.CPU, s.device());
        assertEquals("GPU requested but no CUDA backend in this build; training on the CPU", s.note());
        assertEquals(s, DeviceSelection.choose(DevicePreference.GPU, CPU_BUILD));
    }

    @Test
    void gpuWithoutADriverFallsBackAndSaysWhy() {
        DeviceSelection s = DeviceSelection.choose(DevicePreference.GPU, CUDA_BUILD_NO_DRIVER);
        assertEquals(Device.CPU, s.device());
        assertEquals("GPU requested but no NVIDIA driver found; training on the CPU", s.note());
    }

    @Test
    void gpuWithBackendAndDriverIsTheGpu() {
        assertEquals(new DeviceSelection(DevicePreference.GPU, Device.GPU, null),
                DeviceSelection.choose(DevicePreference.GPU, CUDA_BUILD_WITH_DRIVER));
    }

    @Test
    void autoTakesTheGpuWhenUsableAndOnlyExplainsInACudaBuild() {
        assertEquals(Device.GPU, DeviceSelection.choose(DevicePreference.AUTO, CUDA_BUILD_WITH_DRIVER).device());
        DeviceSelection plain = DeviceSelection.choose(DevicePreference.AUTO, CPU_BUILD_ON_GPU_MACHINE);
        assertEquals(Device.CPU, plain.device());
        assertNull(plain.note(), "the ordinary CPU build has nothing to explain");
        DeviceSelection noDriver = DeviceSelection.choose(DevicePreference.AUTO, CUDA_BUILD_NO_DRIVER);
        assertEquals(Device.CPU, noDriver.device());
        assertEquals("no NVIDIA driver found; training on the CPU", noDriver.note());
    }

    @Test
    void aFailedCudaStartFallsBackWithTheReason() {
        DeviceSelection gpu = DeviceSelection.choose(DevicePreference.GPU, CUDA_BUILD_WITH_DRIVER);
        assertEquals(new DeviceSelection(DevicePreference.GPU, Device.CPU,
                        "GPU requested but the CUDA backend did not start (libcublas.so.11 not found); training on the CPU"),
                gpu.fallBack("libcublas.so.11 not found"));
        DeviceSelection auto = DeviceSelection.choose(DevicePreference.AUTO, CUDA_BUILD_WITH_DRIVER);
        assertEquals("the CUDA backend did not start (no CUDA device found); training on the CPU",
                auto.fallBack("no CUDA device found").note());
    }

    @Test
    void preferencesParseFromTheirWordsOnly() {
        assertEquals(Optional.of(DevicePreference.GPU), DevicePreference.parse("gpu"));
        assertEquals(Optional.of(DevicePreference.CPU), DevicePreference.parse(" CPU "));
        assertEquals(Optional.of(DevicePreference.AUTO), DevicePreference.parse("Auto"));
        assertEquals(Optional.empty(), DevicePreference.parse("banana"));
        assertEquals(Optional.empty(), DevicePreference.parse(null));
        assertEquals("gpu", DevicePreference.GPU.id());
    }
}
