package org.ganstudio.engine.plane;

import org.ganstudio.model.OptimizerSpec;

/**
 * One network's optimiser over a flat double array, with the same update rules as the image lab's ND4J updaters
 * (Adam with bias correction, Nesterov momentum for SGD, RMSProp). The learning rate can change between steps.
 */
final class PlaneOptimizer {

    private final OptimizerSpec spec;
    private final double[] m;
    private final double[] v;
    private double learningRate;
    private long iteration;

    PlaneOptimizer(OptimizerSpec spec, int size) {
        this.spec = spec;
        this.learningRate = spec.learningRate();
        this.m = new double[size];
        this.v = new double[size];
    }

    OptimizerSpec spec() {
        return spec;
    }

    double learningRate() {
        return learningRate;
    }

    void setLearningRate(double lr) {
        learningRate = lr;
    }

    long iteration() {
        return iteration;
    }

    /** The state to save: first moments (or velocity), second moments, and the iteration. */
    double[][] state() {
        return new double[][]{m.clone(), v.clone(), {iteration}};
    }

    void restore(double[][] state) {
        System.arraycopy(state[0], 0, m, 0, m.length);
        System.arraycopy(state[1], 0, v, 0, v.length);
        iteration = (long) state[2][0];
    }

    /** Subtracts the update for {@code grads} from {@code params}. */
    void apply(double[] params, double[] grads) {
        iteration++;
        double lr = learningRate;
        int n = params.length;
        switch (spec.kind()) {
            case ADAM -> {
                double b1 = spec.beta1();
                double b2 = spec.beta2();
                double eps = spec.epsilon();
                double step = lr * Math.sqrt(1 - Math.pow(b2, iteration)) / (1 - Math.pow(b1, iteration));
                for (int i = 0; i < n; i++) {
                    double g = grads[i];
                    m[i] = b1 * m[i] + (1 - b1) * g;
                    v[i] = b2 * v[i] + (1 - b2) * g * g;
                    params[i] -= step * m[i] / (Math.sqrt(v[i]) + eps);
                }
            }
            case SGD_MOMENTUM -> {
                double mu = spec.momentum();
                for (int i = 0; i < n; i++) {
                    double previous = m[i];
                    m[i] = mu * previous - lr * grads[i];
                    params[i] += -mu * previous + (1 + mu) * m[i];
                }
            }
            case RMSPROP -> {
                double decay = spec.beta2();
                double eps = spec.epsilon();
                for (int i = 0; i < n; i++) {
                    double g = grads[i];
                    v[i] = decay * v[i] + (1 - decay) * g * g;
                    params[i] -= lr * g / Math.sqrt(v[i] + eps);
                }
            }
        }
    }
}
