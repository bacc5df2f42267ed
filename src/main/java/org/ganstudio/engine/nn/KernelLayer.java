package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.SplittableRandom;

/** What convolution and transposed convolution share: a k x k kernel, a stride, an optional bias. */
abstract class KernelLayer extends Layer {

    protected final long inC;
    protected final long outC;
    protected final int k;
    protected final int stride;
    protected final boolean bias;
    protected INDArray input;

    KernelLayer(long inC, long outC, int kernel, int stride, boolean bias) {
        this.inC = inC;
        this.outC = outC;
        this.k = kernel;
        this.stride = stride;
        this.bias = bias;
    }

    /** The weight array's shape in the layout the native op expects. */
    abstract long[] weightShape();

    boolean hasBias() {
        return bias;
    }

    @Override
    public List<long[]> paramShapes() {
        return bias ? List.of(weightShape(), new long[]{outC}) : List.<long[]>of(weightShape());
    }

    @Override
    public void initialize(SplittableRandom rng) {
        Init.glorotUniform(params[0], inC * k * k, outC * k * k, rng);
        if (bias) {
            params[1].assign(0);
        }
    }

    protected INDArray biasOf(INDArray[] a) {
        return bias ? a[1] : null;
    }

    /** Where the backward op writes the weight gradient: the real one, or scratch when it is not wanted. */
    protected INDArray weightGradient(boolean paramGrads) {
        return paramGrads ? grads[0] : buffers.get("scratchW", grads[0].shape());
    }

    /** Like {@link #weightGradient}, for the bias; null without a bias. */
    protected INDArray biasGradient(boolean paramGrads) {
        return !bias ? null : paramGrads ? grads[1] : buffers.get("scratchB", grads[1].shape());
    }
}
