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
        this.config = updaterConfig(spec);
        long n = config.stateSize(paramCount);
        stateArray = Nd4j.zeros(DataType.FLOAT, 1, Math.max(1, n));
        updater = config.instantiate(n == 0 ? null : stateArray, true);
    }

    private static IUpdater updaterConfig(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case ADAM -> new Adam(spec.learningRate(), spec.beta1(), spec.beta2(), spec.epsilon());
            case SGD_MOMENTUM -> new Nesterovs(spec.learningRate(), spec.momentum());
            case RMSPROP -> new RmsProp(spec.learningRate(), spec.beta2(), spec.epsilon());
        };
    }

    /** Length of {@link #state()} for an optimiser of {@code paramCount} parameters (what a checkpoint holds). */
    public static long stateLength(OptimizerSpec spec, long paramCount) {
        return Math.max(1, updaterConfig(spec).stateSize(paramCount));
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
        if (!(lr > 0 && lr <= 1)) {
            throw new IllegalArgumentException("learning rate must be in (0, 1], was " + lr);
        }
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
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must not be negative, was " + iteration);
        }
        this.iteration = iteration;
    }
}
