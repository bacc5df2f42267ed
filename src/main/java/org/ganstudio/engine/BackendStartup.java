package org.ganstudio.engine;

import org.ganstudio.engine.device.Device;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads ND4J now, on the backend the environment puts first, runs one small operation and reports
 * what came up. Used by the launcher when it wants the GPU: ND4J skips a CUDA backend whose runtime
 * cannot load (printing a stack trace), but fails for good, for the whole JVM, when the backend loads
 * and then cannot start; either way the launcher needs to know before any work begins. What ND4J
 * prints meanwhile is captured so that a failure ends in one readable line.
 */
public final class BackendStartup {

    /**
     * @param device where ND4J came up, or null if it did not come up at all
     * @param failure why the CUDA backend is not in use (null when it is)
     * @param output what ND4J printed on stderr meanwhile
     */
    public record Result(Device device, String failure, String output) {
        public boolean failed() {
            return device == null;
        }
    }

    private static final Pattern MISSING_LIBRARY =
            Pattern.compile("([\\w.+-]+\\.(?:so(?:\\.\\d+)*|dll))\\s*: cannot open shared object file");
    private static final String SKIPPED = "backend (unavailable): ";

    private BackendStartup() {
    }

    public static Result start() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            INDArray a = Nd4j.create(new float[] {1, 2, 3, 4});
            // one real operation: a GPU the native build has no kernels for fails here, not mid-training
            double sum = a.mul(2).sumNumber().doubleValue();
            if (sum != 20) {
                return new Result(null, "a test operation gave " + sum + " instead of 20", text(captured));
            }
            Device device = DeviceInfo.device();
            String out = text(captured);
            return new Result(device, device == Device.GPU ? null : reason(out), out);
        } catch (Throwable t) {
            // ExceptionInInitializerError, UnsatisfiedLinkError, CUDA errors: ND4J is unusable in this JVM
            String out = text(captured) + stackTrace(t);
            return new Result(null, reason(out), out);
        } finally {
            System.setErr(stderr);
        }
    }

    /** One short reason from what ND4J and JavaCPP printed: a missing library, no device, or the first error line. */
    static String reason(String output) {
        Matcher m = MISSING_LIBRARY.matcher(output);
        if (m.find()) {
            return m.group(1) + " not found";
        }
        if (output.contains("No CUDA devices were found")) {
            return "no CUDA device found";
        }
        for (String line : output.split("\\R")) {
            int i = line.indexOf(SKIPPED);
            if (i >= 0) {
                return shorten(line.substring(i + SKIPPED.length()));
            }
        }
        for (String line : output.split("\\R")) {
            if (!line.isBlank()) {
                return shorten(line.trim());
            }
        }
        return "ND4J loaded its CPU backend first";
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    private static String text(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
