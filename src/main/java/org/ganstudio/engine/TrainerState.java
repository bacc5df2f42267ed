package org.ganstudio.engine;

import org.ganstudio.engine.nn.HostArrays;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.OptimizerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything a {@link GanTrainer} carries from one step to the next, as plain arrays: both networks' parameters
 * and batch-norm statistics, both optimisers' moments and iteration counts, the live learning rates and D steps,
 * and the step counter. The random draws of a step are a function of (seed, step) and the real batches of the
 * batch index, so this is the whole state: a trainer given it continues bit for bit as the one it was taken from.
 * Immutable by convention (the arrays are never written after capture).
 */
public record TrainerState(ExperimentConfig config, long step, float[] generatorParams, float[] generatorState,
                           float[] generatorOptimizer, float[] discriminatorParams, float[] discriminatorState,
                           float[] discriminatorOptimizer, int generatorIterations, int discriminatorIterations,
                           int discriminatorSteps, double generatorLearningRate, double discriminatorLearningRate) {

    /** Copies the trainer's state now (on the trainer's thread). */
    public static TrainerState capture(GanTrainer t) {
        return new TrainerState(t.config(), t.completedSteps(), HostArrays.read(t.generator().params()),
                HostArrays.read(t.generator().state()), HostArrays.read(t.generatorOptimizer().state()),
                HostArrays.read(t.discriminator().params()), HostArrays.read(t.discriminator().state()),
                HostArrays.read(t.discriminatorOptimizer().state()), t.generatorOptimizer().iteration(),
                t.discriminatorOptimizer().iteration(), t.discriminatorSteps(),
                t.generatorOptimizer().learningRate(), t.discriminatorOptimizer().learningRate());
    }

    /** Bytes the arrays take (the cost of keeping one state). */
    public long bytes() {
        return 4L * (generatorParams.length + generatorState.length + generatorOptimizer.length
                + discriminatorParams.length + discriminatorState.length + discriminatorOptimizer.length);
    }

    /**
     * The settings this state trains with: its config with the live learning rates and D steps (which the user may
     * have changed while training). A branch that changes nothing starts from this config.
     */
    public ExperimentConfig liveConfig() {
        return config.withOptimizers(config.generatorOptimizer().withLearningRate(generatorLearningRate),
                        config.discriminatorOptimizer().withLearningRate(discriminatorLearningRate))
                .withDiscriminatorSteps(discriminatorSteps);
    }

    /**
     * Puts this state into {@code t}, a trainer built for the same architecture (its other settings may differ: a
     * branch). Learning rates and D steps are the state's; an optimiser of another kind than the state's starts
     * with fresh moments.
     *
     * @throws IllegalArgumentException when {@code t}'s networks differ from the state's
     */
    public void applyTo(GanTrainer t) {
        ExperimentConfig target = t.config();
        if (!target.sameArchitecture(config)) {
            throw new IllegalArgumentException("the state is for other networks than the trainer's");
        }
        copy(generatorParams, t.generator().params(), "generator parameters");
        copy(generatorState, t.generator().state(), "generator statistics");
        copy(discriminatorParams, t.discriminator().params(), "discriminator parameters");
        copy(discriminatorState, t.discriminator().state(), "discriminator statistics");
        restoreOptimizer(config.generatorOptimizer(), target.generatorOptimizer(), generatorOptimizer,
                generatorIterations, t.generatorOptimizer());
        restoreOptimizer(config.discriminatorOptimizer(), target.discriminatorOptimizer(), discriminatorOptimizer,
                discriminatorIterations, t.discriminatorOptimizer());
        t.setLearningRates(generatorLearningRate, discriminatorLearningRate);
        t.setDiscriminatorSteps(discriminatorSteps);
        t.setCompletedSteps(step);
    }

    /**
     * An alarm's roll-back: puts this state into the same run's trainer, but keeps the learning rates and D steps
     * it trains with now (a remedy applied since stays applied). An optimiser switched to another kind since keeps
     * its fresh state.
     */
    public void restoreInto(GanTrainer t) {
        double g = t.generatorOptimizer().learningRate();
        double d = t.discriminatorOptimizer().learningRate();
        int steps = t.discriminatorSteps();
        applyTo(t);
        t.setLearningRates(g, d);
        t.setDiscriminatorSteps(steps);
    }

    private static void restoreOptimizer(OptimizerSpec from, OptimizerSpec to, float[] moments, int iterations,
                                         Optimizer o) {
        if (from.kind() != to.kind() || moments.length != o.state().length()) {
            o.state().assign(0);
            o.setIteration(0);
            return;
        }
        copy(moments, o.state(), "optimiser state");
        o.setIteration(iterations);
    }

    private static void copy(float[] from, INDArray to, String what) {
        if (from.length != to.length()) {
            throw new IllegalArgumentException(what + ": the state has " + from.length + " values, the trainer "
                    + to.length());
        }
        HostArrays.write(to, from);
    }
}
