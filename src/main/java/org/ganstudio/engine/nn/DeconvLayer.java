package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Transposed 2-D convolution whose output side is input side x stride, laid out as PyTorch's
 * {@code ConvTranspose2d(padding=(k-1)/2, output_padding=stride-1)} for odd k: of the full
 * (in-1)*stride+k output it keeps the window starting at ceil((k-stride)/2). The native op takes
 * one symmetric padding only, so when the crop is uneven it computes one extra row and column and
 * copies the window out.
 */
public final class DeconvLayer extends KernelLayer {

    private final int pad;
    private final int offset;
    private final int extra;

    DeconvLayer withBias() {
        return new DeconvLayer(inC, outC, k, stride, true);
    }

    public DeconvLayer(long inC, long outC, int kernel, int stride, boolean bias) {
        super(inC, outC, kernel, stride, bias);
        if (stride > kernel) {
            throw new IllegalArgumentException("transposed convolution needs stride <= kernel");
        }
        int crop = kernel - stride;
        int start = (crop + 1) / 2;
        this.pad = crop / 2;
        this.offset = start - pad;
        this.extra = crop - 2 * pad;
    }

    @Override
    long[] weightShape() {
        return new long[]{k, k, outC, inC};
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{outC, s[1] * stride, s[2] * stride};
    }

    private long[] fullShape(INDArray x) {
        return new long[]{x.size(0), outC, x.size(2) * stride + extra, x.size(3) * stride + extra};
    }

    private INDArray window(INDArray full, INDArray x) {
        return view("window", full, x.size(2), x.size(3), f -> f.get(NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.interval(offset, offset + x.size(2) * stride),
                NDArrayIndex.interval(offset, offset + x.size(3) * stride)));
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        input = x;
        String tag = training ? "out" : "infer";
        INDArray y = buffers.get(tag, withBatch(x.size(0), outputShape(perExample(x))));
        if (extra == 0) {
            Ops.deconv2d(ops, x, params[0], biasOf(params), k, stride, pad, y);
        } else {
            INDArray full = buffers.get(tag + "Full", fullShape(x));
            Ops.deconv2d(ops, x, params[0], biasOf(params), k, stride, pad, full);
            y.assign(window(full, x));
        }
        return y;
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        INDArray gi = buffers.get("gradIn", input.shape());
        INDArray gw = weightGradient(paramGrads);
        INDArray gb = biasGradient(paramGrads);
        INDArray gFull = g;
        if (extra != 0) {
            // the uncomputed border row/column gets no gradient
            gFull = buffers.getZeroed("gradFull", fullShape(input));
            window(gFull, input).assign(g);
        }
        Ops.deconv2dBackward(ops, input, params[0], biasOf(params), gFull, k, stride, pad, gi, gw, gb);
        return inputGrad ? gi : null;
    }
}
