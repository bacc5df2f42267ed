package org.ganstudio.engine;

import org.ganstudio.engine.nn.Network;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Makes a training step all-or-nothing. At the start of a step it copies both networks' batch-norm
 * statistics (a forward pass blends them in before any loss is known); before a network's first
 * update in the step it copies that network's parameters, optimiser state and iteration. When the
 * step turns out non-finite — a loss, a gradient, or any value the updates or statistics produced —
 * {@link #rollback()} puts every copied value back, so the state equals what it was before the step.
 * The copies live in arrays kept for the trainer's life: a step allocates nothing here.
 */
final class StepRollback {

    /** One network with its optimiser, and the copies of the state a step may change. */
    static final class Side {
        private final Network network;
        private final Optimizer optimizer;
        private final INDArray params;
        private final INDArray state;
        private final INDArray optimizerState;
        private int iteration;
        private boolean updated;

        Side(Network network, Optimizer optimizer) {
            this.network = network;
            this.optimizer = optimizer;
            this.params = network.params().ulike();
            this.state = network.state().ulike();
            this.optimizerState = optimizer.state().ulike();
        }
    }

    private final Side generator;
    private final Side discriminator;

    StepRollback(Network g, Optimizer gOpt, Network d, Optimizer dOpt) {
        generator = new Side(g, gOpt);
        discriminator = new Side(d, dOpt);
    }

    Side generator() {
        return generator;
    }

    Side discriminator() {
        return discriminator;
    }

    /** Called before anything of the step runs. */
    void begin() {
        for (Side s : new Side[]{generator, discriminator}) {
            s.updated = false;
            s.state.assign(s.network.state());
        }
    }

    /** Called before each update of {@code s}'s parameters; copies them the first time in a step. */
    void beforeUpdate(Side s) {
        if (!s.updated) {
            s.updated = true;
            s.params.assign(s.network.params());
            s.optimizerState.assign(s.optimizer.state());
            s.iteration = s.optimizer.iteration();
        }
    }

    /** Whether every value the step changed is finite: statistics of both networks, parameters and optimiser state of the updated ones. */
    boolean changedStateFinite() {
        for (Side s : new Side[]{generator, discriminator}) {
            if (!finite(s.network.state())) {
                return false;
            }
            if (s.updated && !(finite(s.network.params()) && finite(s.optimizer.state()))) {
                return false;
            }
        }
        return true;
    }

    /** Puts back every value the step changed. */
    void rollback() {
        for (Side s : new Side[]{generator, discriminator}) {
            s.network.state().assign(s.state);
            if (s.updated) {
                s.network.params().assign(s.params);
                s.optimizer.state().assign(s.optimizerState);
                s.optimizer.setIteration(s.iteration);
                s.updated = false;
            }
        }
    }

    /** NaN and infinity propagate through a sum; finite values only overflow it when they are absurdly large anyway. */
    static boolean finite(INDArray a) {
        return Double.isFinite(a.sumNumber().doubleValue());
    }
}
