package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

/** Fully connected layer; flattens a rank-4 input (channels-first) on the way in. */
public final class DenseLayer extends Layer {

    private final long in;
    private final long out;
    private final boolean bias;
    private INDArray input;
    private long[] inputShape;

    DenseLayer withBias() {
        return new DenseLayer(in, out, true);
    }

    boolean hasBias() {
        return bias;
    }

    public DenseLayer(long in, long out, boolean bias) {
        this.in = in;
        this.out = out;
        this.bias = bias;
    }

    @Override
    public List<long[]> paramShapes() {
        return bias ? List.of(new long[]{in, out}, new long[]{1, out}) : List.<long[]>of(new long[]{in, out});
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return new long[]{out};
    }

    @Override
    public void initialize(SplittableRandom rng) {
        Init.glorotUniform(params[0], in, out, rng);
        if (bias) {
            params[1].assign(0);
        }
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        long batch = x.size(0);
        inputShape = x.shape();
        input = x.rank() == 2 ? x : x.reshape('c', batch, in);
        INDArray y = buffers.get(training ? "out" : "infer", batch, out);
        Nd4j.gemm(input, params[0], y, false, false, 1.0, 0.0);
        if (bias) {
            y.addiRowVector(params[1]);
        }
        return y;
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        INDArray gi = buffers.get("gradInSlice", g.size(0), in);
        Nd4j.gemm(g, params[0], gi, false, true, 1.0, 0.0);
        long[] shape = inputShape.clone();
        shape[0] = g.size(0);
        return gi.reshape('c', shape);
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (paramGrads) {
            Nd4j.gemm(input, g, grads[0], true, false, 1.0, 0.0);
            if (bias) {
                grads[1].assign(g.sum(true, 0));
            }
        }
        if (!inputGrad) {
            return null;
        }
        INDArray gi = buffers.get("gradIn", input.size(0), in);
        Nd4j.gemm(g, params[0], gi, false, true, 1.0, 0.0);
        return gi.reshape('c', inputShape);
    }
}
