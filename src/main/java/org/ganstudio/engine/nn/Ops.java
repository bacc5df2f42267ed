package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The native operations the layers call, each writing into arrays the caller provides. Convolutions
 * use NCHW data, explicit padding and libnd4j's default weight layouts ({@code [kH, kW, inC, outC]} for
 * convolution, {@code [kH, kW, outC, inC]} for transposed convolution); with the oneDNN build of
 * nd4j-native these run on oneDNN.
 */
final class Ops {

    private static final int NCHW = 0;

    private Ops() {
    }

    private static final int EXPLICIT = 0;
    /** upsampling2d_bp's only argument: data is NCHW */
    private static final long[] UPSAMPLING_NCHW = {1};

    private static long[] args(int k, int stride, int pad) {
        return new long[]{k, k, stride, stride, pad, pad, 1, 1, EXPLICIT, NCHW, 0};
    }

    /** Symmetric explicit padding (k-1)/2, as PyTorch's padding=k//2 for odd k. */
    private static long[] paddedConvArgs(int k, int stride) {
        return args(k, stride, (k - 1) / 2);
    }

    /** Output side of {@link #conv2d} for an input side. */
    static long convOutputSize(long in, int k, int stride) {
        int p = (k - 1) / 2;
        return (in + 2L * p - k) / stride + 1;
    }

    // libnd4j's SAME mode pads asymmetrically when the total padding is odd, and there its conv2d
    // and conv2d_bp disagree (a finite-difference check fails), so convolutions pad explicitly.
    static void conv2d(BoundOps ops, INDArray in, INDArray w, INDArray b, int k, int stride, INDArray out) {
        ops.run("conv2d", paddedConvArgs(k, stride), BoundOps.NO_FLOATS,
                b == null ? new INDArray[]{in, w} : new INDArray[]{in, w, b}, new INDArray[]{out});
    }

    static void conv2dBackward(BoundOps ops, INDArray in, INDArray w, INDArray b, INDArray gradOut, int k, int stride,
                               INDArray gradIn, INDArray gradW, INDArray gradB) {
        ops.run("conv2d_bp", paddedConvArgs(k, stride), BoundOps.NO_FLOATS,
                b == null ? new INDArray[]{in, w, gradOut} : new INDArray[]{in, w, b, gradOut},
                b == null ? new INDArray[]{gradIn, gradW} : new INDArray[]{gradIn, gradW, gradB});
    }

    /**
     * Transposed convolution with explicit symmetric padding {@code pad}: output side
     * (in-1)*stride + k - 2*pad. (libnd4j's SAME mode for deconv2d bypasses oneDNN and ran 5-7x slower.)
     */
    static void deconv2d(BoundOps ops, INDArray in, INDArray w, INDArray b, int k, int stride, int pad, INDArray out) {
        ops.run("deconv2d", args(k, stride, pad), BoundOps.NO_FLOATS,
                b == null ? new INDArray[]{in, w} : new INDArray[]{in, w, b}, new INDArray[]{out});
    }

    static void deconv2dBackward(BoundOps ops, INDArray in, INDArray w, INDArray b, INDArray gradOut, int k, int stride,
                                 int pad, INDArray gradIn, INDArray gradW, INDArray gradB) {
        ops.run("deconv2d_bp", args(k, stride, pad), BoundOps.NO_FLOATS,
                b == null ? new INDArray[]{in, w, gradOut} : new INDArray[]{in, w, b, gradOut},
                b == null ? new INDArray[]{gradIn, gradW} : new INDArray[]{gradIn, gradW, gradB});
    }

    static void upsample(BoundOps ops, INDArray in, int factor, INDArray out) {
        ops.run("upsampling2d", new long[]{factor, factor, 1}, BoundOps.NO_FLOATS,
                new INDArray[]{in}, new INDArray[]{out});
    }

    static void upsampleBackward(BoundOps ops, INDArray in, INDArray gradOut, INDArray gradIn) {
        ops.run("upsampling2d_bp", UPSAMPLING_NCHW, BoundOps.NO_FLOATS,
                new INDArray[]{in, gradOut}, new INDArray[]{gradIn});
    }
}
