package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.indexing.NDArrayIndex;


/** Strided 2-D convolution with symmetric zero padding (k-1)/2: a 32-pixel input, k 5, stride 2 gives 16. */
public final class ConvLayer extends KernelLayer {


    ConvLayer withBias() {
        return new ConvLayer(inC, outC, k, stride, true);
    }

    public ConvLayer(long inC, long outC, int kernel, int stride, boolean bias) {
        super(inC, outC, kernel, stride, bias);
    }

    @Override
    long[] weightShape() {
        return new long[]{k, k, inC, outC};
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{outC, Ops.convOutputSize(s[1], k, stride), Ops.convOutputSize(s[2], k, stride)};
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        input = x;
        INDArray y = buffers.get(training ? "out" : "infer", withBatch(x.size(0), outputShape(perExample(x))));
        Ops.conv2d(ops, x, params[0], biasOf(params), k, stride, y);
        return y;
    }

    /**
     * The input gradient alone is a transposed convolution of the output gradient with the same
     * weights (conv's [kH, kW, in, out] is deconv's [kH, kW, out, in] layout), cropped to the input's
     * extent: it skips the weight gradient that conv2d_bp always computes.
     */
    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        long n = g.size(0);
        long inH = input.size(2);
        long inW = input.size(3);
        int p = (k - 1) / 2;
        long fullH = (g.size(2) - 1) * stride + k;
        long fullW = (g.size(3) - 1) * stride + k;
        int padH = (int) Math.max(0, Math.min(p, fullH - p - inH));
        int padW = (int) Math.max(0, Math.min(p, fullW - p - inW));
        if (padH != padW) {
            return null;
        }
        long outH = fullH - 2L * padH;
        long outW = fullW - 2L * padW;
        long offH = p - padH;
        long offW = p - padW;
        if (offH == 0 && offW == 0 && outH == inH && outW == inW) {
            INDArray gi = buffers.get("gradInSlice", n, inC, inH, inW);
            Ops.deconv2d(ops, g, params[0], null, k, stride, padH, gi);
            return gi;
        }
        INDArray full = buffers.get("gradInFull", n, inC, outH, outW);
        Ops.deconv2d(ops, g, params[0], null, k, stride, padH, full);
        INDArray gi = buffers.getZeroed("gradInSlice", n, inC, inH, inW);
        long h = Math.min(inH, outH - offH);
        long w = Math.min(inW, outW - offW);
        INDArray target = view("cropTarget", gi, h, w,
                v -> v.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, h), NDArrayIndex.interval(0, w)));
        INDArray source = view("cropSource", full, offH * 1_000_000 + h, offW * 1_000_000 + w,
                v -> v.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(offH, offH + h),
                        NDArrayIndex.interval(offW, offW + w)));
        target.assign(source);
        return gi;
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        INDArray gi = buffers.get("gradIn", input.shape());
        INDArray gw = weightGradient(paramGrads);
        INDArray gb = biasGradient(paramGrads);
        Ops.conv2dBackward(ops, input, params[0], biasOf(params), g, k, stride, gi, gw, gb);
        return inputGrad ? gi : null;
    }
}
