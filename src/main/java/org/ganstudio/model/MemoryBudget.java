package org.ganstudio.model;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How many bytes a training run may use on this machine: the {@code ganstudio.memoryLimit} system
 * property when set (bytes, or with a K/M/G/T suffix), else the smallest of the machine's physical
 * memory, JavaCPP's {@code org.bytedeco.javacpp.maxphysicalbytes} cap and its
 * {@code org.bytedeco.javacpp.maxbytes} cap on native arrays (plus {@link MemoryEstimate#RUNTIME_BYTES}),
 * whichever are set: past {@code maxbytes} ND4J cannot allocate.
 * Tests pass a limit to {@link ExperimentConfig#validate(long)} instead of relying on this machine.
 */
public final class MemoryBudget {

    public static final String LIMIT_PROPERTY = "ganstudio.memoryLimit";
    private static final String JAVACPP_PHYSICAL = "org.bytedeco.javacpp.maxphysicalbytes";
    private static final String JAVACPP_NATIVE = "org.bytedeco.javacpp.maxbytes";
    private static volatile long physical = -1;

    private MemoryBudget() {
    }

    /** The bytes this machine can give a run (always positive). */
    public static long available() {
        long explicit = parse(System.getProperty(LIMIT_PROPERTY));
        if (explicit > 0) {
            return explicit;
        }
        long limit = physicalMemory();
        long physicalCap = parse(System.getProperty(JAVACPP_PHYSICAL));
        if (physicalCap > 0) {
            limit = Math.min(limit, physicalCap);
        }
        long nativeCap = parse(System.getProperty(JAVACPP_NATIVE));
        if (nativeCap > 0 && nativeCap < Long.MAX_VALUE - MemoryEstimate.RUNTIME_BYTES) {
            limit = Math.min(limit, nativeCap + MemoryEstimate.RUNTIME_BYTES);
        }
        return limit;
    }

    private static long physicalMemory() {
        long p = physical;
        if (p <= 0) {
            try {
                var os = ManagementFactory.getOperatingSystemMXBean();
                p = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
            } catch (RuntimeException | LinkageError e) {
                p = 0;
            }
            if (p <= 0) {
                p = Long.MAX_VALUE;   // unknown: no refusal on this ground
            }
            physical = p;
        }
        return p;
    }

    /** The limit for a message: "7.6 GB". */
    public static String describe(long limit) {
        return limit == Long.MAX_VALUE ? "no limit" : MemoryEstimate.bytes(limit);
    }

    /** "6G", "512m", "1000000": bytes; 0 when absent or unreadable. */
    static long parse(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        int shift = switch (last) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        if (shift > 0) {
            unit = 1L << shift;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t.trim());
            return v <= 0 || v > Long.MAX_VALUE / unit ? 0 : v * unit;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
