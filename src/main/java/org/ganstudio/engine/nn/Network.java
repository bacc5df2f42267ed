package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A feed-forward stack of layers whose parameters, gradients and state each live in one flat float
 * array: an optimiser updates the whole network in one call, a checkpoint writes three arrays.
 */
public final class Network {

    private final List<Layer> layers;
    private final long[] inputShape;
    private final long[] outputShape;
    private final INDArray params;
    private final INDArray grads;
    private final INDArray state;
    private long lastBatch;

    public Network(long[] inputShape, List<Layer> layers) {
        this.layers = List.copyOf(layers);
        this.inputShape = inputShape.clone();
        long nParams = 0;
        long nState = 0;
        long[] shape = inputShape;
        for (Layer l : layers) {
            for (long[] s : l.paramShapes()) {
                nParams += length(s);
            }
            for (long[] s : l.stateShapes()) {
                nState += length(s);
            }
            shape = l.outputShape(shape);
        }
        this.outputShape = shape;
        params = Nd4j.zeros(DataType.FLOAT, Math.max(1, nParams));
        grads = Nd4j.zeros(DataType.FLOAT, Math.max(1, nParams));
        state = Nd4j.zeros(DataType.FLOAT, Math.max(1, nState));
        long p = 0;
        long st = 0;
        List<long[]> segments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Layer l : layers) {
            long first = p;
            List<INDArray> pv = new ArrayList<>();
            List<INDArray> gv = new ArrayList<>();
            for (long[] s : l.paramShapes()) {
                pv.add(view(params, p, s));
                gv.add(view(grads, p, s));
                p += length(s);
            }
            List<INDArray> sv = new ArrayList<>();
            for (long[] s : l.stateShapes()) {
                sv.add(view(state, st, s));
                st += length(s);
            }
            l.bind(pv.toArray(INDArray[]::new), gv.toArray(INDArray[]::new), sv.toArray(INDArray[]::new));
            if (p > first) {
                segments.add(new long[]{first, p});
                names.add(layerName(l, layers.indexOf(l)));
            }
        }
        this.paramSegments = segments;
        this.paramLayerNames = List.copyOf(names);
    }

    /** [start, end) of each parameter-bearing layer's values in the flat arrays, in layer order. */
    private final List<long[]> paramSegments;
    private final List<String> paramLayerNames;
    /** Views of the gradient array per parameter-bearing layer, made on first use. */
    private INDArray[] gradSegments;
    /** One bound norm op per segment (a call site keeps only a few bound contexts). */
    private BoundOps[] segmentOps;
    private final BoundOps paramNormOps = new BoundOps();

    private static String layerName(Layer l, int index) {
        String n = l.getClass().getSimpleName().replace("Layer", "").toLowerCase(java.util.Locale.ROOT);
        return n + index;
    }

    /** Names of the layers that hold parameters, in order: the layer kind and its index among all layers. */
    public List<String> parameterLayerNames() {
        return paramLayerNames;
    }

    /** The L2 norm of each parameter-bearing layer's gradient, into {@code out} (one entry per such layer). */
    public void layerGradientNorms(double[] out) {
        if (gradSegments == null) {
            gradSegments = new INDArray[paramSegments.size()];
            segmentOps = new BoundOps[paramSegments.size()];
            for (int i = 0; i < gradSegments.length; i++) {
                segmentOps[i] = new BoundOps();
                long[] seg = paramSegments.get(i);
                gradSegments[i] = grads.get(NDArrayIndex.interval(seg[0], seg[1]));
            }
        }
        for (int i = 0; i < gradSegments.length && i < out.length; i++) {
            segmentOps[i].run("reduce_norm2", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{gradSegments[i]},
                    new INDArray[]{norm});
            out[i] = norm.getDouble(0);
        }
    }

    /** The L2 norm of all parameters. */
    public double paramNorm() {
        paramNormOps.run("reduce_norm2", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{params},
                new INDArray[]{norm});
        return norm.getDouble(0);
    }

    private static long length(long[] s) {
        long n = 1;
        for (long d : s) {
            n *= d;
        }
        return n;
    }

    private static INDArray view(INDArray flat, long offset, long[] shape) {
        return flat.get(NDArrayIndex.interval(offset, offset + length(shape))).reshape('c', shape);
    }

    /** Seeded initialisation of every layer's parameters and state. */
    public void initialize(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Layer l : layers) {
            l.initialize(rng.split());
        }
    }

    public INDArray forward(INDArray input, boolean training, Random rng) {
        if (training) {
            lastBatch = input.size(0);
        }
        INDArray x = input;
        for (int i = 0; i < layers.size(); i++) {
            long t0 = profile != null ? System.nanoTime() : 0;
            x = layers.get(i).forward(x, training, rng);
            if (profile != null) {
                profile[i][training ? 0 : 2] += System.nanoTime() - t0;
            }
        }
        return x;
    }

    /** Per layer: nanoseconds spent in training forward, backward, inference forward (null when off). */
    private long[][] profile;

    public void setProfiling(boolean on) {
        profile = on ? new long[layers.size()][3] : null;
    }

    public long[][] profile() {
        return profile;
    }

    /**
     * Back-propagates through the last training-mode forward pass.
     *
     * @return the gradient with respect to the network's input when {@code inputGrad}, else null
     */
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        INDArray g = gradOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            boolean needIn = inputGrad || i > 0;
            long t0 = profile != null ? System.nanoTime() : 0;
            g = layers.get(i).backward(g, paramGrads, needIn);
            if (profile != null) {
                profile[i][1] += System.nanoTime() - t0;
            }
        }
        return g;
    }

    /**
     * D's input gradient for G: the gradient with respect to input rows {@code [offset, offset + n)}
     * of the last training-mode forward pass, for an output gradient of those rows, with no
     * parameter gradients. Falls back to a full backward pass when a layer (batch norm) needs it.
     */
    public INDArray inputGradient(INDArray gradOut, long offset) {
        INDArray g = gradOut;
        for (int i = layers.size() - 1; i >= 0 && g != null; i--) {
            long t0 = profile != null ? System.nanoTime() : 0;
            g = layers.get(i).inputGradient(g, offset);
            if (profile != null) {
                profile[i][1] += System.nanoTime() - t0;
            }
        }
        if (g != null) {
            return g;
        }
        long[] shape = gradOut.shape().clone();   // shape() may be the array's own shape information
        shape[0] = lastBatch;
        if (fallbackGrad == null || !java.util.Arrays.equals(fallbackGrad.shape(), shape)) {
            fallbackGrad = Nd4j.create(gradOut.dataType(), shape);
        }
        INDArray full = fallbackGrad.assign(0);
        full.get(NDArrayIndex.interval(offset, offset + gradOut.size(0))).assign(gradOut);
        INDArray all = backward(full, false, true);
        return all.get(NDArrayIndex.interval(offset, offset + gradOut.size(0)));
    }

    /** The zero-padded output gradient of the fallback path, kept between steps. */
    private INDArray fallbackGrad;

    public INDArray params() {
        return params;
    }

    public INDArray grads() {
        return grads;
    }

    public INDArray state() {
        return state;
    }

    public long paramCount() {
        return layers.stream().flatMap(l -> l.paramShapes().stream()).mapToLong(Network::length).sum();
    }

    public long stateCount() {
        return layers.stream().flatMap(l -> l.stateShapes().stream()).mapToLong(Network::length).sum();
    }

    public long[] inputShape() {
        return inputShape.clone();
    }

    public long[] outputShape() {
        return outputShape.clone();
    }

    public List<Layer> layers() {
        return layers;
    }

    private final BoundOps normOps = new BoundOps();
    private final INDArray norm = Nd4j.scalar(DataType.FLOAT, 0f);

    /** The L2 norm of the whole gradient array. */
    public double gradientNorm() {
        normOps.run("reduce_norm2", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{grads}, new INDArray[]{norm});
        return norm.getDouble(0);
    }

    /** Native op contexts built so far by all layers; constant once every shape has been seen. */
    public long boundOpBuilds() {
        return layers.stream().mapToLong(l -> l.ops.builds()).sum();
    }

    public void clearBuffers() {
        layers.forEach(Layer::clearBuffers);
    }
}
