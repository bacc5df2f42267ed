package org.ganstudio.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

/**
 * Hands memory that the C allocator holds but no longer uses back to the operating system. The
 * native ops (oneDNN's scratch buffers above all) allocate and free large blocks every step; glibc
 * keeps the freed pages in its per-thread arenas, so resident memory crept up by about 150 MB over
 * 1000 steps although the live native data stayed the same. {@code malloc_trim(0)} returns those
 * pages (measured: 25-50 MB each time, 5-8 ms). Where there is no glibc (Windows, macOS) this does
 * nothing.
 */
public final class NativeHeap {

    private static final System.Logger LOG = System.getLogger(NativeHeap.class.getName());

    /** Trimming costs a few milliseconds; every two seconds keeps that under half a percent. */
    static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    private static final Function TRIM = lookUp();
    private static volatile long lastTrim = System.nanoTime();

    private NativeHeap() {
    }

    private static Function lookUp() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")
                || Boolean.getBoolean("ganstudio.noMallocTrim")) {
            return null;
        }
        try {
            return NativeLibrary.getInstance("c").getFunction("malloc_trim");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "malloc_trim unavailable", e);
            return null;   // not glibc (e.g. musl) or JNA unavailable: nothing to trim
        }
    }

    /** Whether trimming is available on this system. */
    public static boolean available() {
        return TRIM != null;
    }

    /** Trims now. Returns false when not available. */
    public static boolean trim() {
        if (TRIM == null) {
            return false;
        }
        try {
            TRIM.invokeInt(new Object[]{0});
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean COMPACTED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Once per process, after a trainer's first steps: one full collection. The JVM starts with a
     * Java heap sized from the machine's RAM (388 MB committed on a 24 GB machine) and lets its young
     * generation grow into it, which showed as resident memory creeping up through a long run; after
     * one full collection G1 shrinks the heap to what is live (~35 MB) and, with the little garbage
     * a step now makes, keeps it small. Costs one pause of ~40 ms.
     */
    static void compactJavaHeapOnce() {
        if (!Boolean.getBoolean("ganstudio.noHeapCompaction") && COMPACTED.compareAndSet(false, true)) {
            System.gc();
        }
    }

    /** Trims if the last trim was long enough ago; called by the engine thread after each step. */
    static void trimPeriodically() {
        long now = System.nanoTime();
        if (TRIM != null && now - lastTrim >= MIN_INTERVAL_NANOS) {
            lastTrim = now;
            trim();
        }
    }
}
