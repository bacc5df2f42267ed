package org.ganstudio.app;

/**
 * Process-wide settings that must be in place before ND4J loads. ND4J's native memory is freed only
 * when the JVM collects the Java objects that own it; with a default heap of a quarter of the RAM a
 * collection can be far away, and resident memory climbed to several GB in a probe. Capping the
 * native bytes JavaCPP may hold makes it collect early instead. A user's own -D settings win.
 */
public final class NativeRuntime {

    private NativeRuntime() {
    }

    public static void configure() {
        long ram = physicalMemoryBytes();
        long gib = 1L << 30;
        // enough for the 64x64 presets with large batches; far below what an unchecked process reached
        long maxBytes = clamp(ram / 4, gib, 3 * gib);
        setIfAbsent("org.bytedeco.javacpp.maxbytes", String.valueOf(maxBytes));
        setIfAbsent("org.bytedeco.javacpp.maxphysicalbytes", String.valueOf(maxBytes + Runtime.getRuntime().maxMemory() + gib));
        HeapTuning.apply();
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static long physicalMemoryBytes() {
        try {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                return sun.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // fall through to a conservative guess
        }
        return 8L << 30;
    }
}
