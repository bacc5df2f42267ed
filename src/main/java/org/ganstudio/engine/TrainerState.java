package org.ganstudio.engine;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A full copy of a trainer's state at one step, kept in memory so a run can go back to it (an alarm's roll-back):
 * both networks' parameters and statistics, both optimisers' state and iterations, and the step. Restoring needs
 * the same trainer (or one with the same optimiser kinds); the copy is made and used on the engine thread.
 */
public final class TrainerState {

    private final long step;
    private final INDArray[] arrays;
    private final int generatorIteration;
    private final int discriminatorIteration;
    private final Optimizer generatorOptimizer;
    private final Optimizer discriminatorOptimizer;

    private TrainerState(GanTrainer t) {
        step = t.completedSteps();
        generatorOptimizer = t.generatorOptimizer();
        discriminatorOptimizer = t.discriminatorOptimizer();
        arrays = new INDArray[6];
        INDArray[] live = live(t);
        for (int i = 0; i < live.length; i++) {
            arrays[i] = live[i].dup();
        }
        generatorIteration = generatorOptimizer.iteration();
        discriminatorIteration = discriminatorOptimizer.iteration();
    }

    public static TrainerState capture(GanTrainer t) {
        return new TrainerState(t);
    }

    private static INDArray[] live(GanTrainer t) {
        return new INDArray[]{t.generator().params(), t.generator().state(), t.generatorOptimizer().state(),
                t.discriminator().params(), t.discriminator().state(), t.discriminatorOptimizer().state()};
    }

    public long step() {
        return step;
    }

    /** Bytes this copy holds (4 per float). */
    public long bytes() {
        long n = 0;
        for (INDArray a : arrays) {
            n += a.length() * 4;
        }
        return n;
    }

    /**
     * Puts the copy back into {@code t}. An optimiser replaced since the copy (another kind, after a live change)
     * cannot take the old moments: it keeps its fresh state and only the parameters and statistics go back.
     */
    public void restoreInto(GanTrainer t) {
        INDArray[] live = live(t);
        boolean gSame = t.generatorOptimizer() == generatorOptimizer;
        boolean dSame = t.discriminatorOptimizer() == discriminatorOptimizer;
        for (int i = 0; i < live.length; i++) {
            boolean optimizerState = i == 2 || i == 5;
            boolean sameOptimizer = i == 2 ? gSame : dSame;
            if (!optimizerState || sameOptimizer) {
                live[i].assign(arrays[i]);
            }
        }
        if (gSame) {
            t.generatorOptimizer().setIteration(generatorIteration);
        }
        if (dSame) {
            t.discriminatorOptimizer().setIteration(discriminatorIteration);
        }
        t.setCompletedSteps(step);
    }
}
