package org.ganstudio.engine.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.Activation;
import org.ganstudio.model.plane.MlpSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;

/** The hand-written backward pass against central finite differences of L = sum(c * output). */
class MlpGradientTest {

    private static final int ROWS = 7;
    private static final double H = 1e-6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void parameterAndInputGradientsMatchFiniteDifferences(Activation act) {
        Random r = new Random(42);
        Mlp net = new Mlp(3, new MlpSpec(2, 5, act), 2, 16, r);
        // shift the biases off zero so no ReLU unit sits exactly at its kink
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.05 * r.nextGaussian();
        }
        double[] x = gaussian(r, ROWS * 3);
        double[] c = gaussian(r, ROWS * 2);

        net.forward(x, ROWS);
        net.zeroGrads();
        double[] gradIn = new double[ROWS * 3];
        net.backward(c, 0, ROWS, true, gradIn);
        double[] analytic = net.grads().clone();

        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            p[i] = keep + H;
            double up = loss(net, x, c);
            p[i] = keep - H;
            double down = loss(net, x, c);
            p[i] = keep;
            assertClose((up - down) / (2 * H), analytic[i], "parameter " + i + " with " + act);
        }
        for (int i = 0; i < x.length; i++) {
            double keep = x[i];
            x[i] = keep + H;
            double up = loss(net, x, c);
            x[i] = keep - H;
            double down = loss(net, x, c);
            x[i] = keep;
            assertClose((up - down) / (2 * H), gradIn[i], "input " + i + " with " + act);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "LEAKY_RELU"})
    void backwardOverSomeRowsGivesThoseRowsGradients(Activation act) {
        Random r = new Random(3);
        Mlp net = new Mlp(2, new MlpSpec(1, 6, act), 1, 16, r);
        double[] x = gaussian(r, 10 * 2);
        double[] c = gaussian(r, 4);
        double[] full = new double[10];
        System.arraycopy(c, 0, full, 6, 4);

        net.forward(x, 10);
        net.zeroGrads();
        double[] partIn = new double[4 * 2];
        net.backward(c, 6, 4, true, partIn);
        double[] partGrads = net.grads().clone();
        net.zeroGrads();
        double[] fullIn = new double[10 * 2];
        net.backward(full, 0, 10, true, fullIn);

        for (int i = 0; i < partGrads.length; i++) {
            assertEquals(net.grads()[i], partGrads[i], 1e-12);
        }
        for (int i = 0; i < partIn.length; i++) {
            assertEquals(fullIn[12 + i], partIn[i], 1e-12);
        }
        assertTrue(net.gradientNorm() > 0);
    }

    private static double loss(Mlp net, double[] x, double[] c) {
        double[] y = net.forward(x, ROWS);
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * y[i];
        }
        return s;
    }

    private static void assertClose(double expected, double actual, String what) {
        double tol = 1e-6 + 1e-5 * Math.max(Math.abs(expected), Math.abs(actual));
        assertEquals(expected, actual, tol, what);
    }

    private static double[] gaussian(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }
}
