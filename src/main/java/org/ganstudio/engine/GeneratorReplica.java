package org.ganstudio.engine;

import org.ganstudio.engine.nn.InferenceNetwork;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.ExperimentConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A generator of its own, for drawing images on another thread than the trainer's: it is loaded from plain-array
 * copies of a trainer's generator ({@link #copyOf}) and draws in inference mode (running batch-norm statistics),
 * exactly as {@link GanTrainer#generate} draws the sample grid. Confined to the thread that uses it.
 */
public final class GeneratorReplica {

    /** A generator's parameters and batch-norm statistics at one step, as plain arrays (safe to hand over). */
    public record Weights(ExperimentConfig config, long step, float[] params, float[] state) {
    }

    private final ExperimentConfig config;
    private final Network generator;
    private InferenceNetwork inference;

    public GeneratorReplica(ExperimentConfig config) {
        this.config = config;
        this.generator = NetworkFactory.generator(config);
    }

    /** Copies the trainer's generator as it is now (call on the trainer's thread). */
    public static Weights copyOf(GanTrainer t) {
        return new Weights(t.config(), t.completedSteps(), t.generator().params().toFloatVector(),
                t.generator().state().toFloatVector());
    }

    /**
     * The generator saved in an experiment file (the reader has already checked each array's length against the
     * file's configuration).
     */
    public static Weights weightsOf(ExperimentFile.Contents c) throws ExperimentFileException {
        float[] params = c.arrays().get("generator.params");
        float[] state = c.arrays().get("generator.state");
        if (params == null || state == null) {
            throw new ExperimentFileException(c.file(), ExperimentFileException.Problem.MISSING_ENTRY,
                    "holds no generator");
        }
        return new Weights(c.config(), c.step(), params, state);
    }

    public ExperimentConfig config() {
        return config;
    }

    public void load(Weights w) {
        if (!config.sameArchitecture(w.config()) || w.params().length != generator.params().length()
                || w.state().length != generator.state().length()) {
            throw new IllegalArgumentException("the weights are for another generator");
        }
        generator.params().assign(Nd4j.createFromArray(w.params()));
        generator.state().assign(Nd4j.createFromArray(w.state()));
        if (inference == null) {
            inference = InferenceNetwork.of(generator);
        } else {
            inference.refresh();
        }
    }

    /** {@code count} images (channels-first, in [-1, 1]) for {@code count x latentSize} latent values. */
    public float[] generate(float[] latents, int count) {
        if (inference == null) {
            throw new IllegalStateException("no weights loaded");
        }
        return inference.forward(latents, count);
    }
}
