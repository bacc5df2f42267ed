package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Native ops bound once to their arrays and arguments, then executed again and again. Building an
 * op and its native context on every call cost 0.1-0.3 ms per op and a few kilobytes of garbage;
 * a layer calls the same few ops on the same buffers every step, so each call site keeps its bound
 * contexts and reuses one when the arrays (same memory, shape and strides) and arguments match.
 *
 * <p>One instance per layer (and one per network, for its gradient norm), used by the thread that owns it.
 */
final class BoundOps {

    /** Shapes a call site alternates between (D's doubled batch, its fake half, inference sizes). */
    private static final int PER_SLOT = 6;

    private static final class Bound {
        final DynamicCustomOp op;
        final OpContext context;
        final String name;
        final long[] iArgs;
        final double[] tArgs;
        final INDArray[] arrays;   // inputs then outputs, kept so their memory stays alive while bound
        final long[][] layout;
        final long hash;

        Bound(String name, long[] iArgs, double[] tArgs, INDArray[] in, INDArray[] out) {
            this.name = name;
            this.iArgs = iArgs.clone();
            this.tArgs = tArgs.clone();
            this.arrays = concat(in, out);
            this.layout = new long[arrays.length][];
            for (int i = 0; i < arrays.length; i++) {
                layout[i] = layoutOf(arrays[i]);
            }
            this.op = DynamicCustomOp.builder(name).build();
            this.hash = Nd4j.getExecutioner().getCustomOperations().get(name).getHash();
            this.context = Nd4j.getExecutioner().buildContext();
            context.setInputArrays(in);
            context.setOutputArrays(out);
            if (iArgs.length > 0) {
                context.setIArguments(iArgs);
            }
            if (tArgs.length > 0) {
                context.setTArguments(tArgs);
            }
        }

        boolean matches(String name, long[] iArgs, double[] tArgs, INDArray[] in, INDArray[] out) {
            if (!this.name.equals(name) || in.length + out.length != arrays.length
                    || !Arrays.equals(this.iArgs, iArgs) || !Arrays.equals(this.tArgs, tArgs)) {
                return false;
            }
            for (int i = 0; i < arrays.length; i++) {
                INDArray a = i < in.length ? in[i] : out[i - in.length];
                if (a != arrays[i] && !sameLayout(a, layout[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** For ops that take no integer or no floating-point arguments. */
    static final long[] NO_INTS = {};
    static final double[] NO_FLOATS = {};

    private final Map<String, List<Bound>> slots = new HashMap<>();
    private long builds;

    /** {@link #run(String, String, long[], double[], INDArray[], INDArray[])} with the op's name as its slot. */
    void run(String name, long[] iArgs, double[] tArgs, INDArray[] in, INDArray[] out) {
        run(name, name, iArgs, tArgs, in, out);
    }

    /** Runs op {@code name} on these arrays, reusing the bound context of an earlier identical call. */
    void run(String slot, String name, long[] iArgs, double[] tArgs, INDArray[] in, INDArray[] out) {
        List<Bound> list = slots.computeIfAbsent(slot, k -> new ArrayList<>(PER_SLOT));
        Bound hit = null;
        for (int i = 0; i < list.size() && hit == null; i++) {
            if (list.get(i).matches(name, iArgs, tArgs, in, out)) {
                hit = list.get(i);
            }
        }
        if (hit == null) {
            if (list.size() >= PER_SLOT) {
                list.remove(0);   // its native context is freed with it by ND4J's deallocator
            }
            hit = new Bound(name, iArgs, tArgs, in, out);
            list.add(hit);
            builds++;
        }
        if (DIRECT != null) {
            int status = DIRECT.execCustomOp2(null, hit.hash, hit.context.contextPointer());
            if (DIRECT.lastErrorCode() != 0 || status != 0) {
                throw new IllegalStateException("native op " + name + " failed (status " + status + "): "
                        + DIRECT.lastErrorMessage());
            }
        } else {
            Nd4j.getExecutioner().exec(hit.op, hit.context);
        }
    }

    /**
     * On the CPU backend a bound op is executed by calling libnd4j directly: the executioner's path
     * around the same native call wraps the outputs in new Java arrays every time (garbage the
     * collector must chase, about a kilobyte per op). Other backends (CUDA) keep the executioner,
     * which also moves data between host and device.
     */
    private static final NativeOps DIRECT = directOps();

    private static NativeOps directOps() {
        if (Boolean.getBoolean("ganstudio.noDirectOps")
                || !Nd4j.getExecutioner().getClass().getName().equals("org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner")) {
            return null;
        }
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }

    /** How many contexts were built so far: stops growing once a network has seen its shapes. */
    long builds() {
        return builds;
    }

    void clear() {
        slots.clear();
    }

    private static INDArray[] concat(INDArray[] a, INDArray[] b) {
        INDArray[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Where an array's elements are: buffer address, offset, order, shape and strides. */
    private static long[] layoutOf(INDArray a) {
        long[] shape = a.shape();
        long[] stride = a.stride();
        long[] l = new long[3 + shape.length + stride.length];
        l[0] = a.data().address();
        l[1] = a.offset();
        l[2] = a.ordering();
        System.arraycopy(shape, 0, l, 3, shape.length);
        System.arraycopy(stride, 0, l, 3 + shape.length, stride.length);
        return l;
    }

    private static boolean sameLayout(INDArray a, long[] l) {
        if (a.data().address() != l[0] || a.offset() != l[1] || a.ordering() != l[2]) {
            return false;
        }
        long[] shape = a.shape();
        long[] stride = a.stride();
        if (3 + shape.length + stride.length != l.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != l[3 + i] || stride[i] != l[3 + shape.length + i]) {
                return false;
            }
        }
        return true;
    }
}
