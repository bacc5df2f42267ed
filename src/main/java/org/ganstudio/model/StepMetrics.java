package org.ganstudio.model;

/**
 * What one training step reports. {@code dReal}/{@code dFake} are D's mean output on real and
 * generated images: a probability for the minimax and non-saturating losses, the raw score otherwise.
 */
public record StepMetrics(long step, double dLoss, double gLoss, double dReal, double dFake,
                          double dGradNorm, double gGradNorm, double stepMillis) {

    public boolean finite() {
        return Double.isFinite(dLoss) && Double.isFinite(gLoss) && Double.isFinite(dGradNorm)
                && Double.isFinite(gGradNorm);
    }
}
