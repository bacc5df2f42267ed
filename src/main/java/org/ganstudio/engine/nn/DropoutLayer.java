package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.DropOutInverted;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout with an explicit mask (kept for the backward pass): in training each unit is
 * zeroed with probability {@code rate} and the survivors scaled by 1/(1-rate); identity otherwise.
 */
public final class DropoutLayer extends Layer {

    private final double rate;
    private INDArray mask;

    public DropoutLayer(double rate) {
        this.rate = rate;
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return inShape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        if (!training || rate == 0) {
            mask = null;
            return x;
        }
        mask = buffers.get("mask", x.shape());
        mask.assign(1);
        Nd4j.getExecutioner().exec(new DropOutInverted(mask, mask, 1 - rate), rng);
        INDArray y = buffers.get("out", x.shape());
        multiply(x, mask, y);
        return y;
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        if (mask == null) {
            return g;
        }
        INDArray gi = buffers.get("gradInSlice", g.shape());
        multiply(g, rows(mask, offset, g.size(0)), gi);
        return gi;
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (!inputGrad) {
            return null;
        }
        if (mask == null) {
            return g;
        }
        INDArray gi = buffers.get("gradIn", g.shape());
        multiply(g, mask, gi);
        return gi;
    }

    private void multiply(INDArray a, INDArray b, INDArray out) {
        ops.run("multiply", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{a, b}, new INDArray[]{out});
    }
}
