package org.ganstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * What one training step did, stage by stage, for the slow-motion view: the latent vectors drawn, the fakes G
 * made from them beside the real images of the batch, D's outputs on both, the losses (the step's own metrics),
 * the gradient of every layer with parameters, and how far each layer moved. Captured on the engine thread while
 * the step ran as an ordinary one; plain arrays only, never written after construction.
 *
 * <p>With several D updates per G step, the images, scores and D's gradients are those of the last D update (the
 * batch G then trains on); update sizes cover the whole step.
 *
 * @param step              the step's index (completed steps before it)
 * @param latent            the first {@code shown} latent vectors, {@code shown x latentSize}, row-major
 * @param real              the first {@code shown} real images of D's batch (none for a G-only step's D)
 * @param fakes             the first {@code shown} fakes G made from {@code latent} (training mode, as D saw them)
 * @param realOutputs       D's output on every real image of the batch: a probability for the probabilistic
 *                          losses, the raw score otherwise; empty when D did not score real images
 * @param fakeOutputs       D's output on every fake of the batch, as D's loss saw it; empty when D was not updated
 * @param generatorOutputs  D's output on the fakes as G's loss saw them (after D's update in the sequential
 *                          order); empty when G was not updated
 * @param metrics           the step's figures (losses, D(x), D(G(z)), whole-network gradient norms)
 * @param kept              false when the step diverged and was rolled back (then nothing moved)
 */
public record StepTrace(long step, LossKind loss, UpdateOrder order, int discriminatorSteps, int batchSize,
                        int latentSize, int shown, float[] latent, ImageBatch real, ImageBatch fakes,
                        float[] realOutputs, float[] fakeOutputs, float[] generatorOutputs, StepMetrics metrics,
                        boolean kept, List<LayerChange> discriminatorLayers, List<LayerChange> generatorLayers) {

    /**
     * One layer's share of a step.
     *
     * @param name         e.g. "2 Conv" (position in its network, kind)
     * @param parameters   how many parameters it has
     * @param gradientNorm L2 norm of its parameters' gradient (NaN when its network was not updated)
     * @param updateNorm   L2 norm of how much its parameters changed over the step (0 when not updated)
     */
    public record LayerChange(String name, long parameters, double gradientNorm, double updateNorm) {
    }

    public StepTrace {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(metrics, "metrics");
        if (latent.length != shown * latentSize) {
            throw new IllegalArgumentException("latent has " + latent.length + " values, expected " + shown + " x "
                    + latentSize);
        }
        discriminatorLayers = List.copyOf(discriminatorLayers);
        generatorLayers = List.copyOf(generatorLayers);
    }

    /** Whether D's outputs are probabilities (in [0, 1]) rather than raw scores. */
    public boolean probabilistic() {
        return loss.probabilistic();
    }

    public boolean discriminatorUpdated() {
        return fakeOutputs.length > 0;
    }

    public boolean generatorUpdated() {
        return generatorOutputs.length > 0;
    }

    /** The L2 norm of D's whole update over the step. */
    public double discriminatorUpdateNorm() {
        return total(discriminatorLayers);
    }

    public double generatorUpdateNorm() {
        return total(generatorLayers);
    }

    private static double total(List<LayerChange> layers) {
        double s = 0;
        for (LayerChange l : layers) {
            s += l.updateNorm() * l.updateNorm();
        }
        return Math.sqrt(s);
    }
}
