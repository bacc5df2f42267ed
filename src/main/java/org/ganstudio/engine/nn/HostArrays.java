package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * Copies between Java float arrays and kept native arrays through the native buffer itself: no
 * temporary native array and no new INDArray per copy, which is what a step and a latent render do
 * many times over.
 */
public final class HostArrays {

    private HostArrays() {
    }

    /** Writes {@code parts} one after another from the start of {@code target} (a whole, c-order array). */
    public static INDArray write(INDArray target, float[]... parts) {
        if (!whole(target)) {
            throw new IllegalArgumentException("can only write into a whole c-order array");
        }
        FloatBuffer buf = target.data().asNioFloat();
        buf.position(0);
        for (float[] p : parts) {
            buf.put(p);
        }
        return target;
    }

    /** {@code a}'s elements in c order. */
    public static float[] read(INDArray a) {
        INDArray src = whole(a) ? a : a.dup('c');
        float[] v = new float[(int) src.length()];
        FloatBuffer b = src.data().asNioFloat();
        b.position(0);
        b.get(v);
        return v;
    }

    /** An array that is its whole buffer, in c order, from offset 0. */
    private static boolean whole(INDArray a) {
        return !a.isView() && a.ordering() == 'c' && a.data().length() == a.length();
    }
}
