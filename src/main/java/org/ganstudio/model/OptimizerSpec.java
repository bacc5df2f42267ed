package org.ganstudio.model;

/**
 * Optimiser of one network. {@code beta1}/{@code beta2} are Adam's moment decays; {@code momentum}
 * is SGD's momentum; RMSProp uses {@code beta2} as its decay.
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double beta1, double beta2,
                            double momentum, double epsilon) {

    public static OptimizerSpec adam(double learningRate, double beta1) {
        return adam(learningRate, beta1, 0.999);
    }

    public static OptimizerSpec adam(double learningRate, double beta1, double beta2) {
        return new OptimizerSpec(OptimizerKind.ADAM, learningRate, beta1, beta2, 0.9, 1e-8);
    }

    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(kind, lr, beta1, beta2, momentum, epsilon);
    }
}
