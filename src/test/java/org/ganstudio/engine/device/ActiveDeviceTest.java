package org.ganstudio.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ActiveDeviceTest {

    private static final DeviceAvailability CUDA_AND_DRIVER = new DeviceAvailability(true, true, "driver");

    @Test
    void aChoiceThisJvmCanHonourIsKept() {
        DeviceSelection gpu = DeviceSelection.choose(DevicePreference.GPU, CUDA_AND_DRIVER);
        assertSame(gpu, ActiveDevice.bounded(gpu, CUDA_AND_DRIVER, Map.of()));
        DeviceSelection cpu = DeviceSelection.choose(DevicePreference.CPU, CUDA_AND_DRIVER);
        assertSame(cpu, ActiveDevice.bounded(cpu, CUDA_AND_DRIVER, Map.of("BACKEND_PRIORITY_CPU", "200")));
    }

    @Test
    void aJvmStartedCpuFirstCannotTurnToTheGpu() {
        DeviceSelection gpu = DeviceSelection.choose(DevicePreference.GPU, CUDA_AND_DRIVER);
        DeviceSelection b = ActiveDevice.bounded(gpu, CUDA_AND_DRIVER, Map.of("BACKEND_PRIORITY_CPU", "200"));
        assertEquals(Device.CPU, b.device());
        assertEquals("this process was started with the CPU backend first (BACKEND_PRIORITY_CPU); start it through "
                + "gan-studio to use the GPU", b.note());
    }

    @Test
    void aJvmStartedCudaFirstOnAWorkingGpuStaysThere() {
        DeviceSelection cpu = DeviceSelection.choose(DevicePreference.CPU, CUDA_AND_DRIVER);
        DeviceSelection b = ActiveDevice.bounded(cpu, CUDA_AND_DRIVER, Map.of());
        assertEquals(Device.GPU, b.device());
        assertEquals(DevicePreference.CPU, b.requested());
    }

    @Test
    void inTheCpuBuildTheRequestIsAnsweredAsIs() {
        // this test JVM: no CUDA backend on the class path, nothing recorded by a launcher
        DeviceSelection s = ActiveDevice.selectionFor(DevicePreference.GPU);
        assertEquals(Device.CPU, s.device());
        assertEquals("GPU requested but no CUDA backend in this build; training on the CPU", s.note());
    }
}
