package org.ganstudio.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BackendPriorityTest {

    @Test
    void nd4jDefaultsPutCudaFirstWhenItIsThere() {
        assertEquals(Device.GPU, BackendPriority.firstTried(true, Map.of()));
        assertEquals(Device.CPU, BackendPriority.firstTried(false, Map.of()));
        assertEquals(Device.GPU, BackendPriority.firstTried(true, Map.of("BACKEND_PRIORITY_CPU", "")),
                "an empty value counts as unset, as in ND4J");
    }

    @Test
    void theEnvironmentCanPutTheCpuFirst() {
        assertEquals(Device.CPU, BackendPriority.firstTried(true, Map.of("BACKEND_PRIORITY_CPU", "200")));
        assertEquals(Device.CPU, BackendPriority.firstTried(true, Map.of("BACKEND_PRIORITY_GPU", "-1")));
    }

    @Test
    void malformedOrTiedPrioritiesAreUnknown() {
        assertNull(BackendPriority.firstTried(false, Map.of("BACKEND_PRIORITY_CPU", "high")));
        assertNull(BackendPriority.firstTried(true, Map.of("BACKEND_PRIORITY_GPU", " 5")));
        assertNull(BackendPriority.firstTried(true, Map.of("BACKEND_PRIORITY_CPU", "100")));
    }

    @Test
    void nothingToSetWhenTheEnvironmentAlreadyLoadsTheChosenBackend() {
        assertEquals(Map.of(), BackendPriority.settingsFor(Device.CPU, false, Map.of()));
        assertEquals(Map.of(), BackendPriority.settingsFor(Device.GPU, true, Map.of()));
        assertEquals(Map.of(), BackendPriority.settingsFor(Device.CPU, true,
                Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0")));
    }

    @Test
    void cpuInACudaBuildNeedsTheCpuFirst() {
        assertEquals(Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0"),
                BackendPriority.settingsFor(Device.CPU, true, Map.of()));
    }

    @Test
    void gpuAfterACpuFirstEnvironmentNeedsCudaFirst() {
        assertEquals(Map.of("BACKEND_PRIORITY_CPU", "0", "BACKEND_PRIORITY_GPU", "100"),
                BackendPriority.settingsFor(Device.GPU, true, Map.of("BACKEND_PRIORITY_CPU", "100",
                        "BACKEND_PRIORITY_GPU", "0")));
    }

    @Test
    void aMalformedValueIsReplacedEvenInTheCpuBuildBecauseNd4jWouldNotLoad() {
        assertEquals(Map.of("BACKEND_PRIORITY_CPU", "100", "BACKEND_PRIORITY_GPU", "0"),
                BackendPriority.settingsFor(Device.CPU, false, Map.of("BACKEND_PRIORITY_CPU", "oops")));
    }
}
