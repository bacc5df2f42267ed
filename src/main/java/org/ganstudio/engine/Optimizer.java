package org.ganstudio.engine;

import org.ganstudio.model.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;

/**
 * One network's optimiser over its flat parameter array, with its state (moments) in one flat array
 * that checkpoints save. The learning rate can change between steps without losing that state.
 */
public final class Optimizer {

    private final OptimizerSpec spec;
    private final IUpdater config;
    private final INDArray stateArray;
    private final GradientUpdater<?> updater;
    private int iteration;
    private INDArray gradsSeen;
    private INDArray gradsRow;

    public Optimizer(OptimizerSpec spec, long paramCount) {
        this.spec = spec;
        this.config = switch (spec.kind()) {
            case ADAM -> new Adam(spec.learningRate(), spec.beta1(), spec.beta2(), spec.epsilon());
            case SGD_MOMENTUM -> new Nesterovs(spec.learningRate(), spec.momentum());
            case RMSPROP -> new RmsProp(spec.learningRate(), spec.beta2(), spec.epsilon());
        };
        long n = config.stateSize(paramCount);
        stateArray = Nd4j.zeros(DataType.FLOAT, 1, Math.max(1, n));
        updater = config.instantiate(n == 0 ? null : stateArray, true);
    }

    public OptimizerSpec spec() {
        return spec;
    }

    /** Turns {@code grads} into the update in place and subtracts it from {@code params}. */
    public void apply(INDArray params, INDArray grads) {
        if (grads != gradsSeen) {   // the same flat array every step: reshape it once
            gradsSeen = grads;
            gradsRow = grads.reshape(1, grads.length());
        }
        updater.applyUpdater(gradsRow, iteration, 0);
        params.subi(grads);
        iteration++;
    }

    public void setLearningRate(double lr) {
        config.setLrAndSchedule(lr, null);
    }

    public double learningRate() {
        return config.getLearningRate(iteration, 0);
    }

    public INDArray state() {
        return stateArray;
    }

    public int iteration() {
        return iteration;
    }

    public void setIteration(int iteration) {
        this.iteration = iteration;
    }
}
