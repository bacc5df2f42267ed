package org.ganstudio.engine.plane;

/**
 * What a 2-D run needs to resume exactly: the step, both networks' parameters, their optimisers' states
 * (first moments, second moments, iteration) and the hyperparameters changed while training.
 */
public record PlaneState(long step, double[] generator, double[] discriminator, double[][] generatorOptimizer,
                         double[][] discriminatorOptimizer, double generatorLearningRate,
                         double discriminatorLearningRate, int discriminatorSteps) {
}
