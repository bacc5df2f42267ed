package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;

/**
 * An inference-only copy of a network, for drawing samples fast (the latent slider renders one image
 * per movement). Batch normalisation with running statistics is an affine map per channel, so it is
 * folded into the weights and bias of the layer before it; activations run in place; dropout is the
 * identity and is left out. Takes a snapshot of the parameters: rebuild it after training.
 */
public final class InferenceNetwork {

    private final Network network;
    private final List<Runnable> fill;
    private final Buffers inputs = new Buffers();

    private InferenceNetwork(Network network, List<Runnable> fill) {
        this.network = network;
        this.fill = fill;
    }

    /** Re-folds the source network's current parameters into this copy (no allocation). */
    public void refresh() {
        fill.forEach(Runnable::run);
    }

    public static InferenceNetwork of(Network source) {
        List<Layer> src = source.layers();
        List<Layer> layers = new ArrayList<>();
        List<Runnable> fill = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            Layer l = src.get(i);
            BatchNormLayer bn = i + 1 < src.size() && src.get(i + 1) instanceof BatchNormLayer b ? b : null;
            if (l instanceof DenseLayer d) {
                DenseLayer copy = d.withBias();
                layers.add(copy);
                fill.add(() -> fold(d.params, d.hasBias(), bn, 1, copy.params));
                i += bn != null ? 1 : 0;
            } else if (l instanceof DeconvLayer d) {
                DeconvLayer copy = d.withBias();
                layers.add(copy);
                fill.add(() -> fold(d.params, d.hasBias(), bn, 2, copy.params));
                i += bn != null ? 1 : 0;
            } else if (l instanceof ConvLayer c) {
                ConvLayer copy = c.withBias();
                layers.add(copy);
                fill.add(() -> fold(c.params, c.hasBias(), bn, 3, copy.params));
                i += bn != null ? 1 : 0;
            } else if (l instanceof BatchNormLayer b) {
                BatchNormLayer copy = new BatchNormLayer(b.features());
                layers.add(copy);
                fill.add(() -> {
                    copy.params[0].assign(b.params[0]);
                    copy.params[1].assign(b.params[1]);
                    copy.state[0].assign(b.state[0]);
                    copy.state[1].assign(b.state[1]);
                });
            } else if (l instanceof ActivationLayer a) {
                layers.add(a.inPlaceCopy());
            } else if (l instanceof ReshapeLayer r) {
                layers.add(r.copy());
            } else if (l instanceof UpsampleLayer u) {
                layers.add(u.copy());
            } else if (!(l instanceof DropoutLayer)) {
                throw new IllegalArgumentException("no inference form for " + l.getClass().getSimpleName());
            }
        }
        InferenceNetwork inf = new InferenceNetwork(new Network(source.inputShape(), layers), List.copyOf(fill));
        inf.refresh();
        return inf;
    }

    /**
     * Writes {@code W * s} and {@code b * s + (beta - mean * s)}, with s = gamma / sqrt(var + eps), into
     * {@code target}; the channel axis of the weights is {@code axis}. Without batch norm, copies.
     */
    private static void fold(INDArray[] p, boolean hasBias, BatchNormLayer bn, int axis, INDArray[] target) {
        INDArray w = p[0];
        INDArray b = hasBias ? p[1].reshape(p[1].length()) : null;
        INDArray outB = target[1].reshape(target[1].length());
        if (bn == null) {
            target[0].assign(w);
            if (b != null) {
                outB.assign(b);
            } else {
                outB.assign(0);
            }
            return;
        }
        INDArray s = Transforms.pow(bn.state[1].add(BatchNormLayer.EPS), -0.5, false).muli(bn.params[0]);
        INDArray shift = bn.params[1].sub(bn.state[0].mul(s));
        Nd4j.exec(new BroadcastMulOp(w, s, target[0], axis));
        outB.assign(b == null ? shift : b.mul(s).addi(shift));
    }

    public INDArray forward(INDArray input) {
        return network.forward(input, false, null);
    }

    /**
     * Runs {@code count} inputs given row-major in {@code input} and returns the outputs row-major.
     * Copies straight into a cached input array and out of the output buffer: at batch 1 the
     * allocations around a call cost about a third as much as the call itself.
     */
    public float[] forward(float[] input, int count) {
        long[] shape = network.inputShape();
        long[] batched = new long[shape.length + 1];
        batched[0] = count;
        System.arraycopy(shape, 0, batched, 1, shape.length);
        return HostArrays.read(forward(HostArrays.write(inputs.get("z", batched), input)));
    }
}
