package org.ganstudio.engine;

import org.ganstudio.model.LossKind;

/**
 * The adversarial losses on D's raw outputs (logits) and their gradients, in plain Java: a batch
 * has only a few dozen scores. D's loss is the mean over real images plus the mean over fakes; each
 * gradient array is written in place, already divided by the batch size.
 */
public final class GanLoss {

    private final LossKind kind;
    private final double realTarget;

    /** @param labelSmoothing one-sided: real targets become {@code 1 - labelSmoothing} */
    public GanLoss(LossKind kind, double labelSmoothing) {
        this.kind = kind;
        this.realTarget = 1.0 - labelSmoothing;
    }

    public LossKind kind() {
        return kind;
    }

    /** D's loss on real and fake scores; fills their gradients. */
    public double discriminator(float[] real, float[] fake, float[] gradReal, float[] gradFake) {
        double loss = 0;
        int nr = real.length;
        int nf = fake.length;
        for (int i = 0; i < nr; i++) {
            double l = real[i];
            switch (kind) {
                case MINIMAX, NON_SATURATING -> {
                    loss += softplus(l) - realTarget * l;
                    gradReal[i] = (float) ((sigmoid(l) - realTarget) / nr);
                }
                case LEAST_SQUARES -> {
                    loss += 0.5 * (l - realTarget) * (l - realTarget);
                    gradReal[i] = (float) ((l - realTarget) / nr);
                }
                case HINGE -> {
                    loss += Math.max(0, 1 - l);
                    gradReal[i] = 1 - l > 0 ? -1f / nr : 0f;
                }
            }
        }
        double fakeLoss = 0;
        for (int i = 0; i < nf; i++) {
            double l = fake[i];
            switch (kind) {
                case MINIMAX, NON_SATURATING -> {
                    fakeLoss += softplus(l);
                    gradFake[i] = (float) (sigmoid(l) / nf);
                }
                case LEAST_SQUARES -> {
                    fakeLoss += 0.5 * l * l;
                    gradFake[i] = (float) (l / nf);
                }
                case HINGE -> {
                    fakeLoss += Math.max(0, 1 + l);
                    gradFake[i] = 1 + l > 0 ? 1f / nf : 0f;
                }
            }
        }
        return loss / nr + fakeLoss / nf;
    }

    /** G's loss on the fake scores; fills their gradient. */
    public double generator(float[] fake, float[] gradFake) {
        double loss = 0;
        int n = fake.length;
        for (int i = 0; i < n; i++) {
            double l = fake[i];
            switch (kind) {
                case MINIMAX -> {            // minimise log(1 - sigmoid(l)) = -softplus(l)
                    loss -= softplus(l);
                    gradFake[i] = (float) (-sigmoid(l) / n);
                }
                case NON_SATURATING -> {     // minimise -log sigmoid(l) = softplus(l) - l
                    loss += softplus(l) - l;
                    gradFake[i] = (float) ((sigmoid(l) - 1) / n);
                }
                case LEAST_SQUARES -> {
                    loss += 0.5 * (l - 1) * (l - 1);
                    gradFake[i] = (float) ((l - 1) / n);
                }
                case HINGE -> {
                    loss -= l;
                    gradFake[i] = -1f / n;
                }
            }
        }
        return loss / n;
    }

    /** D's mean output as reported to the user: a probability for the sigmoid losses, else the raw score. */
    public double meanOutput(float[] scores) {
        double s = 0;
        for (float v : scores) {
            s += kind.probabilistic() ? sigmoid(v) : v;
        }
        return scores.length == 0 ? Double.NaN : s / scores.length;
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
