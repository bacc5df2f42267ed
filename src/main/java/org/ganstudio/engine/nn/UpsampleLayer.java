package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

/** Nearest-neighbour up-sampling by an integer factor (the resize half of resize+convolution). */
public final class UpsampleLayer extends Layer {

    private final int factor;
    private INDArray input;

    UpsampleLayer copy() {
        return new UpsampleLayer(factor);
    }

    public UpsampleLayer(int factor) {
        this.factor = factor;
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{s[0], s[1] * factor, s[2] * factor};
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        input = x;
        INDArray y = buffers.get(training ? "out" : "infer", withBatch(x.size(0), outputShape(perExample(x))));
        Ops.upsample(ops, x, factor, y);
        return y;
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        INDArray x = rows(input, offset, g.size(0));
        INDArray gi = buffers.get("gradInSlice", x.shape());
        Ops.upsampleBackward(ops, x, g, gi);
        return gi;
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (!inputGrad) {
            return null;
        }
        INDArray gi = buffers.get("gradIn", input.shape());
        Ops.upsampleBackward(ops, input, g, gi);
        return gi;
    }
}
