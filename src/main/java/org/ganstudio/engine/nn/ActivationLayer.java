package org.ganstudio.engine.nn;

import org.ganstudio.model.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUBp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/** Element-wise activation: leaky ReLU (ReLU is slope 0), tanh, or identity. */
public final class ActivationLayer extends Layer {

    private final Activation kind;
    private final double slope;
    private INDArray input;
    private INDArray output;

    private final boolean inPlace;

    public ActivationLayer(Activation kind, double slope) {
        this(kind, slope, false);
    }

    /** @param inPlace overwrite the input in inference (for networks that never back-propagate) */
    ActivationLayer(Activation kind, double slope, boolean inPlace) {
        this.kind = kind;
        this.slope = kind == Activation.RELU ? 0.0 : slope;
        this.inPlace = inPlace;
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
            Nd4j.exec(new Tanh(x, y));
        } else {
            Nd4j.exec(new LeakyReLU(x, y, slope));
        }
        if (training) {
            input = x;
            output = y;
        }
        return y;
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        if (kind == Activation.NONE) {
            return g;
        }
        INDArray gi = buffers.get("gradInSlice", g.shape());
        if (kind == Activation.TANH) {
            INDArray y = rows(output, offset, g.size(0));
            gi.assign(y).muli(y).rsubi(1).muli(g);
        } else {
            Nd4j.exec(new LeakyReLUBp(rows(input, offset, g.size(0)), g, gi, slope));
        }
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
        if (kind == Activation.TANH) {
            // d tanh = 1 - tanh^2, from the saved output
            gi.assign(output).muli(output).rsubi(1).muli(g);
        } else {
            Nd4j.exec(new LeakyReLUBp(input, g, gi, slope));
        }
        return gi;
    }
}
