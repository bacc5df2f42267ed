package org.ganstudio.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the Java heap near what is live. Started with {@code java -jar}, the JVM may grow its heap to a quarter
 * of the RAM and G1 keeps what it once committed (the app sat at 280–360 MB committed for ~120 MB live while
 * training). These flags are "manageable", so they can be set from inside the running JVM: G1 then gives back
 * memory at each concurrent cycle when more than 30 % of the heap is free, and starts a cycle after 5 s without a
 * collection. Flags the user set on the command line are left alone.
 */
final class HeapTuning {

    private static final System.Logger LOG = System.getLogger(HeapTuning.class.getName());

    /** Flag, value: applied in this order (MinHeapFreeRatio must stay below MaxHeapFreeRatio). */
    static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("MinHeapFreeRatio", "10");
        FLAGS.put("MaxHeapFreeRatio", "30");
        FLAGS.put("G1PeriodicGCInterval", "5000");
    }

    private HeapTuning() {
    }

    /** Sets each flag still at its default; returns the flags it set. */
    static Map<String, String> apply() {
        Map<String, String> set = new LinkedHashMap<>();
        HotSpotDiagnosticMXBean hotspot;
        try {
            hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "no HotSpot diagnostics: heap left as the JVM sized it", e);
            return set;
        }
        if (hotspot == null) {
            return set;
        }
        for (Map.Entry<String, String> f : FLAGS.entrySet()) {
            try {
                VMOption current = hotspot.getVMOption(f.getKey());
                if (current.getOrigin() == VMOption.Origin.DEFAULT) {
                    hotspot.setVMOption(f.getKey(), f.getValue());
                    set.put(f.getKey(), f.getValue());
                }
            } catch (RuntimeException e) {
                // another collector (no G1 flag), or a JVM that refuses: its own sizing stays
                LOG.log(System.Logger.Level.DEBUG, "could not set " + f.getKey(), e);
            }
        }
        return set;
    }
}
