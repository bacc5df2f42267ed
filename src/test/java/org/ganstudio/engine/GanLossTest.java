package org.ganstudio.engine;

import org.ganstudio.model.LossKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loss values against hand computation for logits real = {2, -1}, fake = {0.5, -3}. */
class GanLossTest {

    private static final float[] REAL = {2f, -1f};
    private static final float[] FAKE = {0.5f, -3f};

    private static double sp(double x) {
        return Math.log(1 + Math.exp(x));
    }

    @Test
    void binaryCrossEntropyDiscriminator() {
        float[] gr = new float[2];
        float[] gf = new float[2];
        double l = new GanLoss(LossKind.NON_SATURATING, 0).discriminator(REAL, FAKE, gr, gf);
        // -log sigmoid(x) = softplus(-x); -log(1 - sigmoid(x)) = softplus(x)
        double expected = (sp(-2) + sp(1)) / 2 + (sp(0.5) + sp(-3)) / 2;
        assertEquals(expected, l, 1e-9);
        assertEquals((1 / (1 + Math.exp(-2)) - 1) / 2, gr[0], 1e-6);
        assertEquals((1 / (1 + Math.exp(3))) / 2, gf[1], 1e-6);
    }

    @Test
    void labelSmoothingMovesTheRealTarget() {
        float[] gr = new float[2];
        double l = new GanLoss(LossKind.MINIMAX, 0.1).discriminator(REAL, FAKE, gr, new float[2]);
        double expected = ((sp(2) - 0.9 * 2) + (sp(-1) - 0.9 * -1)) / 2 + (sp(0.5) + sp(-3)) / 2;
        assertEquals(expected, l, 1e-9);
    }

    @Test
    void generatorLosses() {
        float[] g = new float[2];
        assertEquals(-(sp(0.5) + sp(-3)) / 2, new GanLoss(LossKind.MINIMAX, 0).generator(FAKE, g), 1e-9);
        assertEquals((sp(-0.5) + sp(3)) / 2, new GanLoss(LossKind.NON_SATURATING, 0).generator(FAKE, g), 1e-9);
        assertEquals((0.5 * 0.25 + 0.5 * 16) / 2, new GanLoss(LossKind.LEAST_SQUARES, 0).generator(FAKE, g), 1e-9);
        assertEquals(-(0.5 - 3) / 2, new GanLoss(LossKind.HINGE, 0).generator(FAKE, g), 1e-9);
        assertEquals(-0.5, g[0], 1e-9);
    }

    @Test
    void leastSquaresAndHingeDiscriminator() {
        float[] gr = new float[2];
        float[] gf = new float[2];
        double ls = new GanLoss(LossKind.LEAST_SQUARES, 0).discriminator(REAL, FAKE, gr, gf);
        assertEquals((0.5 * 1 + 0.5 * 4) / 2 + (0.5 * 0.25 + 0.5 * 9) / 2, ls, 1e-9);
        assertEquals((2 - 1) / 2.0, gr[0], 1e-6);
        double hinge = new GanLoss(LossKind.HINGE, 0).discriminator(REAL, FAKE, gr, gf);
        // real: max(0, 1-2)=0, max(0, 1+1)=2; fake: max(0, 1.5)=1.5, max(0, -2)=0
        assertEquals(2.0 / 2 + 1.5 / 2, hinge, 1e-9);
        assertEquals(0f, gr[0]);
        assertEquals(-0.5f, gr[1]);
        assertEquals(0.5f, gf[0]);
        assertEquals(0f, gf[1]);
    }

    @Test
    void reportedOutputIsProbabilityOnlyForSigmoidLosses() {
        assertEquals(0.5, new GanLoss(LossKind.NON_SATURATING, 0).meanOutput(new float[]{0f}), 1e-12);
        assertEquals(0.25, new GanLoss(LossKind.HINGE, 0).meanOutput(new float[]{0.5f, 0f}), 1e-12);
    }
}
