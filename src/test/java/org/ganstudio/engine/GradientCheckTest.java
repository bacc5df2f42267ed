package org.ganstudio.engine;

import org.ganstudio.engine.nn.ActivationLayer;
import org.ganstudio.engine.nn.BatchNormLayer;
import org.ganstudio.engine.nn.ConvLayer;
import org.ganstudio.engine.nn.DeconvLayer;
import org.ganstudio.engine.nn.DenseLayer;
import org.ganstudio.engine.nn.Layer;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.engine.nn.ReshapeLayer;
import org.ganstudio.engine.nn.UpsampleLayer;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analytic gradients (the engine's backward passes) against central finite differences in float32.
 * A scalar loss L = sum(output * R) with fixed random R makes every output element matter.
 */
class GradientCheckTest {

    private static final double EPS = 2e-3;
    private static final Random RNG = Nd4j.getRandomFactory().getNewRandomInstance(7);

    private static INDArray randn(long seed, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextGaussian());
        }
        return Nd4j.createFromArray(v).reshape(shape);
    }

    private static double loss(Network net, INDArray x, INDArray r) {
        INDArray y = net.forward(x, true, RNG);
        return y.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).mul(r.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)).sumNumber().doubleValue();
    }

    /** Checks parameter and input gradients of a network at a sample of coordinates. */
    private static void check(Network net, INDArray x) {
        net.initialize(3);
        // move BN gamma/beta etc. off their trivial initial values so their gradients are exercised
        net.params().addi(randn(11, net.params().length()).muli(0.05));
        long[] outShape = net.forward(x, true, RNG).shape();
        INDArray r = randn(5, outShape);
        loss(net, x, r);
        INDArray gradIn = net.backward(r, true, true).dup();
        INDArray analytic = net.grads().dup();
        SplittableRandom pick = new SplittableRandom(9);
        INDArray p = net.params();
        int checked = 0;
        for (int t = 0; t < 40 && net.paramCount() > 0; t++) {
            long i = pick.nextLong(net.paramCount());
            float old = p.getFloat(i);
            p.putScalar(i, old + EPS);
            double up = loss(net, x, r);
            p.putScalar(i, old - EPS);
            double down = loss(net, x, r);
            p.putScalar(i, old);
            double numeric = (up - down) / (2 * EPS);
            assertClose("param " + i, analytic.getDouble(i), numeric);
            checked++;
        }
        INDArray flatX = x.reshape(x.length());
        for (int t = 0; t < 20; t++) {
            long i = pick.nextLong(x.length());
            float old = flatX.getFloat(i);
            flatX.putScalar(i, old + EPS);
            double up = loss(net, x, r);
            flatX.putScalar(i, old - EPS);
            double down = loss(net, x, r);
            flatX.putScalar(i, old);
            double numeric = (up - down) / (2 * EPS);
            assertClose("input " + i, gradIn.reshape(gradIn.length()).getDouble(i), numeric);
            checked++;
        }
        assertTrue(checked >= 20);
    }

    private static void assertClose(String what, double analytic, double numeric) {
        double err = Math.abs(analytic - numeric) / Math.max(3e-2, Math.abs(analytic) + Math.abs(numeric));
        assertTrue(err < 3e-2, what + ": analytic " + analytic + " vs numeric " + numeric);
    }

    private static Network net(long[] in, Layer... layers) {
        return new Network(in, List.of(layers));
    }

    @Test
    void dense() {
        check(net(new long[]{6}, new DenseLayer(6, 5, true)), randn(1, 4, 6));
    }

    @Test
    void convolutionStrided() {
        check(net(new long[]{2, 7, 7}, new ConvLayer(2, 3, 3, 2, true)), randn(1, 3, 2, 7, 7));
    }

    @Test
    void transposedConvolution() {
        check(net(new long[]{3, 3, 3}, new DeconvLayer(3, 2, 5, 2, false)), randn(1, 2, 3, 3, 3));
    }

    @Test
    void transposedConvolutionOddKernel() {
        check(net(new long[]{4, 2, 2}, new DeconvLayer(4, 3, 3, 2, false)), randn(1, 4, 4, 2, 2));
    }

    @Test
    void transposedConvolutionBatchNorm() {
        check(net(new long[]{4, 2, 2}, new DeconvLayer(4, 3, 3, 2, false), new BatchNormLayer(3)), randn(1, 4, 4, 2, 2));
    }

    @Test
    void resizeThenConvolution() {
        check(net(new long[]{2, 3, 3}, new UpsampleLayer(2), new ConvLayer(2, 2, 3, 1, true)), randn(1, 2, 2, 3, 3));
    }

    @Test
    void batchNormOverChannels() {
        check(net(new long[]{3, 4, 4}, new BatchNormLayer(3), new ActivationLayer(Activation.TANH, 0)),
                randn(1, 4, 3, 4, 4));
    }

    @Test
    void batchNormOverFeatures() {
        check(net(new long[]{5}, new BatchNormLayer(5), new ActivationLayer(Activation.LEAKY_RELU, 0.3)),
                randn(1, 6, 5));
    }

    @Test
    void denseFlattensAndReshapes() {
        check(net(new long[]{2, 3, 3}, new DenseLayer(18, 8, true), new ReshapeLayer(2, 2, 2),
                new ConvLayer(2, 1, 3, 1, true)), randn(1, 2, 2, 3, 3));
    }

    static ExperimentConfig tiny(LossKind loss, Upsampling up) {
        return tiny(loss, up, Activation.LEAKY_RELU);
    }

    /** Whole-network checks use tanh: a leaky ReLU kink inside the finite-difference step skews the estimate. */
    static ExperimentConfig tiny(LossKind loss, Upsampling up, Activation act) {
        GeneratorSpec g = new GeneratorSpec(2, 4, true, act, 0.2, up,
                List.of(new BlockSpec(3, 3, 2, true, act, 0.2, 0)), 3, 2);
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(4, 3, 2, false, act, 0.2, 0)));
        OptimizerSpec adam = OptimizerSpec.adam(1e-3, 0.5);
        return new ExperimentConfig(new ImageShape(1, 8, 8), 4, g, d, loss, adam, adam, 1, 0, 4, 1,
                UpdateOrder.SIMULTANEOUS);
    }

    @ParameterizedTest
    @EnumSource(Upsampling.class)
    void wholeGenerator(Upsampling up) {
        check(NetworkFactory.generator(tiny(LossKind.HINGE, up, Activation.TANH)), randn(1, 4, 4));
    }

    @Test
    void wholeDiscriminator() {
        check(NetworkFactory.discriminator(tiny(LossKind.HINGE, Upsampling.TRANSPOSED_CONV, Activation.TANH)), randn(1, 4, 1, 8, 8));
    }

    /** The input-only backward over a slice of the batch equals the matching rows of a full backward. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 3})
    void inputGradientOfASliceMatchesFullBackward(int offset) {
        ExperimentConfig c = tiny(LossKind.HINGE, Upsampling.TRANSPOSED_CONV);
        c = new ExperimentConfig(c.imageShape(), c.latentSize(), c.generator(), new DiscriminatorSpec(List.of(
                new BlockSpec(4, 5, 2, false, Activation.LEAKY_RELU, 0.2, 0.3),
                new BlockSpec(6, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0.3))), c.loss(), c.generatorOptimizer(),
                c.discriminatorOptimizer(), 1, 0, 4, 1, UpdateOrder.SIMULTANEOUS);
        Network d = NetworkFactory.discriminator(c);
        d.initialize(4);
        d.forward(randn(2, 7, 1, 8, 8), true, RNG);
        INDArray g = randn(8, 7, 1);
        INDArray full = d.backward(g, false, true).dup();
        INDArray slice = g.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + 4)).dup();
        INDArray part = d.inputGradient(slice, offset);
        INDArray expected = full.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + 4));
        assertTrue(expected.equalsWithEps(part, 1e-5), "slice gradient differs:\n" + expected + "\n" + part);
    }

    /** G's gradient taken through D (D's input gradient fed into G's backward) against finite differences. */
    @ParameterizedTest
    @EnumSource(LossKind.class)
    void generatorGradientThroughDiscriminator(LossKind kind) {
        ExperimentConfig c = tiny(kind, Upsampling.TRANSPOSED_CONV, Activation.TANH);
        Network g = NetworkFactory.generator(c);
        Network d = NetworkFactory.discriminator(c);
        g.initialize(1);
        d.initialize(2);
        GanLoss loss = new GanLoss(kind, 0);
        INDArray z = randn(4, 4, 4);
        float[] grad = new float[4];
        float[] scores = d.forward(g.forward(z, true, RNG), true, RNG).toFloatVector();
        loss.generator(scores, grad);
        INDArray gradFake = d.inputGradient(Nd4j.createFromArray(grad).reshape(4, 1), 0);
        g.backward(gradFake, true, false);
        INDArray analytic = g.grads().dup();
        INDArray p = g.params();
        SplittableRandom pick = new SplittableRandom(1);
        for (int t = 0; t < 30; t++) {
            long i = pick.nextLong(g.paramCount());
            float old = p.getFloat(i);
            p.putScalar(i, old + EPS);
            double up = loss.generator(d.forward(g.forward(z, true, RNG), true, RNG).toFloatVector(), new float[4]);
            p.putScalar(i, old - EPS);
            double down = loss.generator(d.forward(g.forward(z, true, RNG), true, RNG).toFloatVector(), new float[4]);
            p.putScalar(i, old);
            assertClose(kind + " G param " + i, analytic.getDouble(i), (up - down) / (2 * EPS));
        }
    }
}
