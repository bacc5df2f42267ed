package org.ganstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.ganstudio.engine.device.Device;
import org.junit.jupiter.api.Test;

class BackendStartupTest {

    // the shape of what ND4J 1.0.0-M2.1 printed with the CUDA build on a machine without a driver
    private static final String NO_DRIVER = """
            java.lang.UnsatisfiedLinkError: cache/cuda-11.6-8.3-1.5.7-linux-x86_64.jar/org/bytedeco/cuda/linux-x86_64/\
            libjnicudart.so: libcuda.so.1: cannot open shared object file: No such file or directory
            \tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)
            \tat org.bytedeco.cuda.global.cudart.<clinit>(cudart.java:14)
            \tat org.nd4j.linalg.jcublas.JCublasBackend.canRun(JCublasBackend.java:66)
            [main] WARN org.nd4j.linalg.factory.Nd4jBackend - Skipped [JCublasBackend] backend (unavailable): \
            java.lang.UnsatisfiedLinkError: cache/libjnicudart.so: libcuda.so.1: cannot open shared object file
            """;

    @Test
    void aMissingLibraryIsNamed() {
        assertEquals("libcuda.so.1 not found", BackendStartup.reason(NO_DRIVER));
        assertEquals("libcublas.so.11 not found", BackendStartup.reason(
                "java.lang.UnsatisfiedLinkError: x/libnd4jcuda.so: libcublas.so.11: cannot open shared object file"));
    }

    @Test
    void noDeviceIsSaidPlainly() {
        assertEquals("no CUDA device found", BackendStartup.reason(
                "java.lang.RuntimeException: No CUDA devices were found in system\n\tat ..."));
    }

    @Test
    void otherwiseNd4jsOwnReasonOrTheFirstLine() {
        assertEquals("java.lang.RuntimeException: cudaErrorInsufficientDriver", BackendStartup.reason(
                "noise\n[main] WARN x - Skipped [JCublasBackend] backend (unavailable): "
                        + "java.lang.RuntimeException: cudaErrorInsufficientDriver\n"));
        assertEquals("java.lang.IllegalStateException: odd", BackendStartup.reason(
                "\n  java.lang.IllegalStateException: odd\n\tat somewhere"));
        assertEquals("ND4J loaded its CPU backend first", BackendStartup.reason(""));
    }

    @Test
    void onThisMachineNd4jComesUpOnTheCpu() {
        BackendStartup.Result r = BackendStartup.start();
        assertFalse(r.failed());
        assertEquals(Device.CPU, r.device());
    }
}
