package org.ganstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.ganstudio.engine.device.Device;
import org.junit.jupiter.api.Test;

class DeviceInfoTest {

    @Test
    void thisBuildComputesOnTheCpuAndSaysWhatItIs() {
        assertEquals(Device.CPU, DeviceInfo.device());
        String d = DeviceInfo.describe();
        assertTrue(d.startsWith("cpu (") && d.endsWith(" threads)"), d);
    }

    @Test
    void aGpuIsDescribedFromTheCudaExecutionersProperties() {
        Properties env = new Properties();
        env.put("backend", "CUDA");
        env.put("cuda.devicesInformation", List.of(
                Map.of("cuda.deviceName", "NVIDIA GeForce RTX 3060", "cuda.totalMemory", 12_626_952_192L,
                        "cuda.deviceMajor", 8L, "cuda.deviceMinor", 6L),
                Map.of("cuda.deviceName", "Tesla T4")));
        assertEquals("gpu 0 (NVIDIA GeForce RTX 3060, 11.8 GB, compute 8.6)", DeviceInfo.describeGpu(env, 0));
        assertEquals("gpu 1 (Tesla T4)", DeviceInfo.describeGpu(env, 1));
    }

    @Test
    void missingGpuDetailsStillGiveALine() {
        Properties env = new Properties();
        env.put("backend", "CUDA");
        assertEquals("gpu (CUDA)", DeviceInfo.describeGpu(env, 0));
        env.put("cuda.devicesInformation", "not a list");
        assertEquals("gpu (CUDA)", DeviceInfo.describeGpu(env, 3));
    }
}
