package org.ganstudio.engine.nn;

import org.ganstudio.model.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

/** Element-wise activation: leaky ReLU (ReLU is slope 0), tanh, or identity. */
public final class ActivationLayer extends Layer {

    private final Activation kind;
    private final double slope;
    private INDArray input;
    private final double[] slopeArg;

    private final boolean inPlace;

    public ActivationLayer(Activation kind, double slope) {
        this(kind, slope, false);
    }

    /** @param inPlace overwrite the input in inference (for networks that never back-propagate) */
    ActivationLayer(Activation kind, double slope, boolean inPlace) {
        this.kind = kind;
        this.slope = kind == Activation.RELU ? 0.0 : slope;
        this.inPlace = inPlace;
        this.slopeArg = new double[]{this.slope};
    }

    ActivationLayer inPlaceCopy() {
        return new ActivationLayer(kind, slope, true);
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return inShape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        if (kind == Activation.NONE) {
            return x;
        }
        INDArray y = inPlace && !training ? x : buffers.get(training ? "out" : "infer", x.shape());
        if (kind == Activation.TANH) {
            ops.run("tanh", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{x}, new INDArray[]{y});
        } else {
            ops.run("lrelu", BoundOps.NO_INTS, slopeArg, new INDArray[]{x}, new INDArray[]{y});
        }
        if (training) {
            input = x;
        }
        return y;
    }

    private void gradient(INDArray x, INDArray g, INDArray gi) {
        if (kind == Activation.TANH) {
            ops.run("tanh_bp", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{x, g}, new INDArray[]{gi});
        } else {
            ops.run("lrelu_bp", BoundOps.NO_INTS, slopeArg, new INDArray[]{x, g}, new INDArray[]{gi});
        }
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        if (kind == Activation.NONE) {
            return g;
        }
        INDArray gi = buffers.get("gradInSlice", g.shape());
        gradient(rows(input, offset, g.size(0)), g, gi);
        return gi;
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (!inputGrad) {
            return null;
        }
        if (kind == Activation.NONE) {
            return g;
        }
        INDArray gi = buffers.get("gradIn", g.shape());
        gradient(input, g, gi);
        return gi;
    }
}
