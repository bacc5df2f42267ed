package org.ganstudio.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeapTuningTest {

    @Test
    void flagsAreSetUnlessTheUserSetThemAlready() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Map<String, String> set = HeapTuning.apply();
        // whatever was applied now reads back; what was not applied was set by someone else before
        for (Map.Entry<String, String> f : HeapTuning.FLAGS.entrySet()) {
            String now = hotspot.getVMOption(f.getKey()).getValue();
            if (set.containsKey(f.getKey())) {
                assertEquals(f.getValue(), now, f.getKey());
            }
        }
        // a second call changes nothing: the flags are no longer at their defaults
        assertEquals(Map.of(), HeapTuning.apply());
    }
}
