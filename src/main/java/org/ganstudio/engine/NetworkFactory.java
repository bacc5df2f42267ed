package org.ganstudio.engine;

import org.ganstudio.engine.nn.ActivationLayer;
import org.ganstudio.engine.nn.BatchNormLayer;
import org.ganstudio.engine.nn.ConvLayer;
import org.ganstudio.engine.nn.DeconvLayer;
import org.ganstudio.engine.nn.DenseLayer;
import org.ganstudio.engine.nn.DropoutLayer;
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
import org.ganstudio.model.Upsampling;

import java.util.ArrayList;
import java.util.List;

/** Builds the generator and discriminator {@link Network}s that an {@link ExperimentConfig} describes. */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    public static Network generator(ExperimentConfig c) {
        GeneratorSpec g = c.generator();
        ImageShape img = c.imageShape();
        List<Layer> layers = new ArrayList<>();
        long projected = (long) g.startChannels() * g.startSize() * g.startSize();
        // bias is redundant before batch norm (its shift is learned there)
        layers.add(new DenseLayer(c.latentSize(), projected, !g.projectionBatchNorm()));
        if (g.projectionBatchNorm()) {
            layers.add(new BatchNormLayer(projected));
        }
        activation(layers, g.projectionActivation(), g.projectionSlope());
        layers.add(new ReshapeLayer(g.startChannels(), g.startSize(), g.startSize()));
        long channels = g.startChannels();
        for (BlockSpec b : g.blocks()) {
            upsampling(layers, g.upsampling(), channels, b.filters(), b.kernel(), b.stride(), !b.batchNorm());
            blockTail(layers, b);
            channels = b.filters();
        }
        upsampling(layers, g.upsampling(), channels, img.channels(), g.outputKernel(), g.outputStride(), false);
        layers.add(new ActivationLayer(Activation.TANH, 0));
        return new Network(new long[]{c.latentSize()}, layers);
    }

    private static void upsampling(List<Layer> layers, Upsampling kind, long in, long out, int k, int stride,
                                   boolean bias) {
        if (kind == Upsampling.RESIZE_CONV) {
            if (stride > 1) {
                layers.add(new UpsampleLayer(stride));
            }
            layers.add(new ConvLayer(in, out, k, 1, bias));
        } else {
            layers.add(new DeconvLayer(in, out, k, stride, bias));
        }
    }

    public static Network discriminator(ExperimentConfig c) {
        DiscriminatorSpec d = c.discriminator();
        ImageShape img = c.imageShape();
        List<Layer> layers = new ArrayList<>();
        long[] shape = {img.channels(), img.height(), img.width()};
        long channels = img.channels();
        for (BlockSpec b : d.blocks()) {
            ConvLayer conv = new ConvLayer(channels, b.filters(), b.kernel(), b.stride(), !b.batchNorm());
            layers.add(conv);
            shape = conv.outputShape(shape);
            blockTail(layers, b);
            channels = b.filters();
        }
        layers.add(new DenseLayer(shape[0] * shape[1] * shape[2], 1, true));
        return new Network(new long[]{img.channels(), img.height(), img.width()}, layers);
    }

    /** What follows a block's convolution: batch norm, activation, dropout, as the block asks. */
    private static void blockTail(List<Layer> layers, BlockSpec b) {
        if (b.batchNorm()) {
            layers.add(new BatchNormLayer(b.filters()));
        }
        activation(layers, b.activation(), b.slope());
        if (b.dropout() > 0) {
            layers.add(new DropoutLayer(b.dropout()));
        }
    }

    private static void activation(List<Layer> layers, Activation a, double slope) {
        if (a != null && a != Activation.NONE) {
            layers.add(new ActivationLayer(a, slope));
        }
    }
}
