package org.ganstudio.engine;

import org.ganstudio.engine.nn.HostArrays;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.StepDiagnostics;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Collects a step's health figures while {@link GanTrainer} runs it, from what the step computes anyway: D's
 * scores and loss gradients (host arrays of a few dozen values), one norm per layer of each gradient, and each
 * network's update (which the optimiser leaves in the gradient array). The figures read on the host (accuracy,
 * saturation) come every step; those that cost a pass over a whole parameter array (per-layer norms, update
 * ratios: 10-30 ms each on the loaded 2-core machine, about 5 % of a reference step when done every step) and the
 * held-out pass of D over a fixed training slice and the held-out slice, and the fake batch's spread, come every
 * {@link #SLOW_EVERY} steps (NaN on the others). Owned by the trainer's thread.
 */
final class StepDiagnosis {

    /** Steps between the figures that cost a pass of their own (held-out scores, fake spread). */
    static final int SLOW_EVERY = 10;
    /**
     * D counts as certain about an output when its loss gradient there, times the batch size, is below this: for
     * the sigmoid losses that is D's probability within 1 % of its target (the usual "saturated sigmoid" cut-off);
     * for least squares the output within 0.05 of its target; for hinge, beyond the margin (gradient exactly 0).
     */
    static final double CERTAIN_SIGMOID = 0.01;
    static final double CERTAIN_LEAST_SQUARES = 0.05;

    private final Network generator;
    private final Network discriminator;
    private final int batch;
    private final int imageSize;
    private LossKind lossKind;
    private final double[] dNorms;
    private final double[] gNorms;

    private double accReal;
    private double accFake;
    private double saturated;
    private double dRatio;
    private double gRatio;
    private double heldOut;
    private double trainSlice;
    private double diversity;
    private long nanos;

    private INDArray heldOutInput;
    private int heldOutCount;

    StepDiagnosis(Network generator, Network discriminator, int batch, int imageSize, LossKind lossKind) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.batch = batch;
        this.imageSize = imageSize;
        this.lossKind = lossKind;
        this.dNorms = new double[discriminator.parameterLayerNames().size()];
        this.gNorms = new double[generator.parameterLayerNames().size()];
    }

    void setLossKind(LossKind kind) {
        this.lossKind = kind;
    }

    /**
     * The slices D is scored on every {@link #SLOW_EVERY} steps: {@code count} training images and as many held-out
     * ones, channels-first in [-1, 1]. {@code count} 0 turns the held-out figures off.
     */
    void setHeldOut(float[] trainImages, float[] heldOutImages, int count) {
        heldOutCount = count;
        if (count == 0) {
            heldOutInput = null;
            return;
        }
        long[] shape = discriminator.inputShape();
        heldOutInput = Nd4j.create(DataType.FLOAT, 2L * count, shape[0], shape[1], shape[2]);
        HostArrays.write(heldOutInput, trainImages, heldOutImages);
    }

    int heldOutCount() {
        return heldOutCount;
    }

    private boolean slow;

    void begin(long step) {
        slow = step % SLOW_EVERY == 0;
        accReal = accFake = saturated = dRatio = gRatio = heldOut = trainSlice = diversity = Double.NaN;
        java.util.Arrays.fill(dNorms, Double.NaN);
        java.util.Arrays.fill(gNorms, Double.NaN);
        nanos = 0;
    }

    /** D's scores and its loss gradients on the real and fake halves (gradients already divided by their count). */
    void scored(float[] real, float[] fake, float[] gradReal, float[] gradFake) {
        long t0 = System.nanoTime();
        double threshold = lossKind == LossKind.LEAST_SQUARES ? 0.5 : 0;   // logit 0 is probability 0.5
        int r = 0;
        int f = 0;
        int certain = 0;
        for (int i = 0; i < real.length; i++) {
            r += real[i] > threshold ? 1 : 0;
            certain += certain(gradReal[i] * real.length) ? 1 : 0;
        }
        for (int i = 0; i < fake.length; i++) {
            f += fake[i] < threshold ? 1 : 0;
            certain += certain(gradFake[i] * fake.length) ? 1 : 0;
        }
        accReal = (double) r / real.length;
        accFake = (double) f / fake.length;
        saturated = (double) certain / (real.length + fake.length);
        nanos += System.nanoTime() - t0;
    }

    private boolean certain(double g) {
        return switch (lossKind) {
            case MINIMAX, NON_SATURATING -> Math.abs(g) < CERTAIN_SIGMOID;
            case LEAST_SQUARES -> Math.abs(g) < CERTAIN_LEAST_SQUARES;
            case HINGE -> g == 0;
        };
    }

    /** Called with D's gradients in place, before its update. */
    void discriminatorGradients() {
        if (!slow) {
            return;
        }
        long t0 = System.nanoTime();
        discriminator.layerGradientNorms(dNorms);
        nanos += System.nanoTime() - t0;
    }

    /** Called with G's gradients in place, before its update. */
    void generatorGradients() {
        if (!slow) {
            return;
        }
        long t0 = System.nanoTime();
        generator.layerGradientNorms(gNorms);
        nanos += System.nanoTime() - t0;
    }

    /** Called right after D's update: its gradient array holds the update the optimiser subtracted. */
    void discriminatorUpdated() {
        if (!slow) {
            return;
        }
        long t0 = System.nanoTime();
        dRatio = discriminator.gradientNorm() / Math.max(1e-12, discriminator.paramNorm());
        nanos += System.nanoTime() - t0;
    }

    void generatorUpdated() {
        if (!slow) {
            return;
        }
        long t0 = System.nanoTime();
        gRatio = generator.gradientNorm() / Math.max(1e-12, generator.paramNorm());
        nanos += System.nanoTime() - t0;
    }

    /** Whether this step measures the slow figures. */
    boolean slowDue() {
        return slow;
    }

    /** The fake batch's spread over the real batch's, from D's input (real rows first, then fakes). */
    void batchSpread(INDArray dInput) {
        long t0 = System.nanoTime();
        float[] all = HostArrays.read(dInput);
        double realSpread = spread(all, 0);
        double fakeSpread = spread(all, batch);
        diversity = realSpread > 0 ? fakeSpread / realSpread : Double.NaN;
        nanos += System.nanoTime() - t0;
    }

    /** Mean over pixels of the standard deviation over {@code batch} images starting at image {@code first}. */
    private double spread(float[] all, int first) {
        double total = 0;
        int base = first * imageSize;
        for (int p = 0; p < imageSize; p++) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < batch; i++) {
                double v = all[base + i * imageSize + p];
                s += v;
                s2 += v * v;
            }
            double mean = s / batch;
            total += Math.sqrt(Math.max(0, s2 / batch - mean * mean));
        }
        return total / imageSize;
    }

    /** D's mean output on the fixed training slice and on the held-out slice, in inference mode. */
    void heldOutScores(GanLoss loss) {
        if (heldOutInput == null) {
            return;
        }
        long t0 = System.nanoTime();
        float[] out = HostArrays.read(discriminator.forward(heldOutInput, false, null));
        float[] train = java.util.Arrays.copyOfRange(out, 0, heldOutCount);
        float[] held = java.util.Arrays.copyOfRange(out, heldOutCount, 2 * heldOutCount);
        trainSlice = loss.meanOutput(train);
        heldOut = loss.meanOutput(held);
        nanos += System.nanoTime() - t0;
    }

    StepDiagnostics result() {
        return new StepDiagnostics(accReal, accFake, saturated, dRatio, gRatio, heldOut, trainSlice, diversity,
                nanos / 1e6, dNorms.clone(), gNorms.clone(), discriminator.parameterLayerNames(),
                generator.parameterLayerNames());
    }
}
