package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One differentiable stage of a {@link Network}. A layer owns no parameter memory: the network hands
 * it views into one flat parameter array and one flat gradient array, so optimisers, norms and
 * checkpoints work on whole networks at once. Outputs go into buffers the layer keeps and reuses, so
 * a training step allocates almost nothing.
 *
 * <p>Not thread-safe: all calls come from the engine thread.
 */
public abstract class Layer {

    protected final Buffers buffers = new Buffers();
    protected final BoundOps ops = new BoundOps();
    protected INDArray[] params = new INDArray[0];
    protected INDArray[] grads = new INDArray[0];
    protected INDArray[] state = new INDArray[0];

    /** Shapes of the trainable parameters, in the order of {@link #params}. */
    public List<long[]> paramShapes() {
        return List.of();
    }

    /** Shapes of non-trainable state (batch-norm running statistics). */
    public List<long[]> stateShapes() {
        return List.of();
    }

    /** Output shape for one example, given the input shape for one example. */
    public abstract long[] outputShape(long[] inShape);

    /** Fills freshly bound parameters and state (the network's seeded initialisation). */
    public void initialize(java.util.SplittableRandom rng) {
    }

    final void bind(INDArray[] params, INDArray[] grads, INDArray[] state) {
        this.params = params;
        this.grads = grads;
        this.state = state;
    }

    /**
     * @param training batch statistics, dropout and kept activations when true; running statistics otherwise
     * @param rng      the step's random source (dropout)
     */
    public abstract INDArray forward(INDArray in, boolean training, Random rng);

    /**
     * Back-propagates {@code gradOut} through the last training-mode forward pass.
     *
     * @param paramGrads write parameter gradients into the gradient views (else they are left untouched)
     * @param inputGrad  compute and return the gradient with respect to the input (else null may be returned)
     */
    public abstract INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad);

    /**
     * The gradient with respect to rows {@code [offset, offset + gradOut.size(0))} of the input of the
     * last training-mode forward pass, computing no parameter gradients: what G's update needs from D.
     * Returns null when this layer cannot do it for a slice (batch norm couples the rows); the network
     * then falls back to a full backward pass.
     */
    public INDArray inputGradient(INDArray gradOut, long offset) {
        return null;
    }

    protected INDArray rows(INDArray a, long offset, long n) {
        if (offset == 0 && n == a.size(0)) {
            return a;
        }
        return view("rows", a, offset, n, x -> x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + n)));
    }

    private record CachedView(INDArray base, long a, long b, INDArray view) {
    }

    private final Map<String, List<CachedView>> views = new HashMap<>();

    /**
     * A view of {@code base} made by {@code make}, reused while it is asked for again on the same
     * array object with the same two keys: a new view object costs a few kilobytes of garbage, and a
     * layer asks for the same few views every step.
     */
    protected INDArray view(String slot, INDArray base, long a, long b, UnaryOperator<INDArray> make) {
        List<CachedView> list = views.computeIfAbsent(slot, k -> new ArrayList<>(4));
        for (CachedView c : list) {
            if (c.base == base && c.a == a && c.b == b) {
                return c.view;
            }
        }
        if (list.size() >= 4) {
            list.remove(0);
        }
        INDArray v = make.apply(base);
        list.add(new CachedView(base, a, b, v));
        return v;
    }

    /** Releases the cached buffers (e.g. when the batch size changes for good). */
    public void clearBuffers() {
        buffers.clear();
        ops.clear();
        views.clear();
    }

    protected static long[] withBatch(long batch, long[] shape) {
        long[] s = new long[shape.length + 1];
        s[0] = batch;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }

    protected static long[] perExample(INDArray a) {
        long[] s = a.shape();
        return java.util.Arrays.copyOfRange(s, 1, s.length);
    }
}
