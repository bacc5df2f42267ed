package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

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

    private static int[] args(int k, int stride, int pad) {
        return new int[]{k, k, stride, stride, pad, pad, 1, 1, EXPLICIT, NCHW, 0};
    }

    /** Symmetric explicit padding (k-1)/2, as PyTorch's padding=k//2 for odd k. */
    private static int[] paddedConvArgs(int k, int stride) {
        return args(k, stride, (k - 1) / 2);
    }

    /** Output side of {@link #conv2d} for an input side. */
    static long convOutputSize(long in, int k, int stride) {
        int p = (k - 1) / 2;
        return (in + 2L * p - k) / stride + 1;
    }

    // libnd4j's SAME mode pads asymmetrically when the total padding is odd, and there its conv2d
    // and conv2d_bp disagree (a finite-difference check fails), so convolutions pad explicitly.
    static void conv2d(INDArray in, INDArray w, INDArray b, int k, int stride, INDArray out) {
        var op = DynamicCustomOp.builder("conv2d").addIntegerArguments(paddedConvArgs(k, stride)).addOutputs(out);
        op = b == null ? op.addInputs(in, w) : op.addInputs(in, w, b);
        Nd4j.exec(op.build());
    }

    static void conv2dBackward(INDArray in, INDArray w, INDArray b, INDArray gradOut, int k, int stride,
                               INDArray gradIn, INDArray gradW, INDArray gradB) {
        var op = DynamicCustomOp.builder("conv2d_bp").addIntegerArguments(paddedConvArgs(k, stride));
        op = b == null ? op.addInputs(in, w, gradOut).addOutputs(gradIn, gradW)
                : op.addInputs(in, w, b, gradOut).addOutputs(gradIn, gradW, gradB);
        Nd4j.exec(op.build());
    }

    /**
     * Transposed convolution with explicit symmetric padding {@code pad}: output side
     * (in-1)*stride + k - 2*pad. (libnd4j's SAME mode for deconv2d bypasses oneDNN and ran 5-7x slower.)
     */
    static void deconv2d(INDArray in, INDArray w, INDArray b, int k, int stride, int pad, INDArray out) {
        var op = DynamicCustomOp.builder("deconv2d").addIntegerArguments(args(k, stride, pad)).addOutputs(out);
        op = b == null ? op.addInputs(in, w) : op.addInputs(in, w, b);
        Nd4j.exec(op.build());
    }

    static void deconv2dBackward(INDArray in, INDArray w, INDArray b, INDArray gradOut, int k, int stride, int pad,
                                 INDArray gradIn, INDArray gradW, INDArray gradB) {
        var op = DynamicCustomOp.builder("deconv2d_bp").addIntegerArguments(args(k, stride, pad));
        op = b == null ? op.addInputs(in, w, gradOut).addOutputs(gradIn, gradW)
                : op.addInputs(in, w, b, gradOut).addOutputs(gradIn, gradW, gradB);
        Nd4j.exec(op.build());
    }

    static void upsample(INDArray in, int factor, INDArray out) {
        Nd4j.exec(DynamicCustomOp.builder("upsampling2d").addInputs(in).addOutputs(out)
                .addIntegerArguments(factor, factor, 1).build());
    }

    static void upsampleBackward(INDArray in, INDArray gradOut, INDArray gradIn) {
        Nd4j.exec(DynamicCustomOp.builder("upsampling2d_bp").addInputs(in, gradOut).addOutputs(gradIn)
                .addIntegerArguments(1).build());
    }
}
