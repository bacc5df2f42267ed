package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

/** Views a flat vector per example as channels x height x width (no copy). */
public final class ReshapeLayer extends Layer {

    private final long[] shape;

    ReshapeLayer copy() {
        return new ReshapeLayer(shape[0], shape[1], shape[2]);
    }

    public ReshapeLayer(long channels, long height, long width) {
        this.shape = new long[]{channels, height, width};
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return shape.clone();
    }

    @Override
    public INDArray forward(INDArray in, boolean training, Random rng) {
        return view("forward", in, 0, 0, x -> x.reshape('c', withBatch(x.size(0), shape)));
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        return flat(g);
    }

    private INDArray flat(INDArray g) {
        return view("flat", g, 0, 0, x -> x.reshape('c', x.size(0), x.length() / x.size(0)));
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        return inputGrad ? flat(g) : null;
    }
}
