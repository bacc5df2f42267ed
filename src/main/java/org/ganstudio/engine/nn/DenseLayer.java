package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

/** Fully connected layer; flattens a rank-4 input (channels-first) on the way in. */
public final class DenseLayer extends Layer {

    private final long in;
    private final long out;
    private final boolean bias;
    private INDArray input;
    private long[] inputShape;

    DenseLayer withBias() {
        return new DenseLayer(in, out, true);
    }

    boolean hasBias() {
        return bias;
    }

    public DenseLayer(long in, long out, boolean bias) {
        this.in = in;
        this.out = out;
        this.bias = bias;
    }

    @Override
    public List<long[]> paramShapes() {
        return bias ? List.of(new long[]{in, out}, new long[]{1, out}) : List.<long[]>of(new long[]{in, out});
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return new long[]{out};
    }

    @Override
    public void initialize(SplittableRandom rng) {
        Init.glorotUniform(params[0], in, out, rng);
        if (bias) {
            params[1].assign(0);
        }
    }

    private static final double[] MATMUL_ALPHA_BETA = {1.0, 0.0};
    /** matmul's arguments: transpose a, transpose b */
    private static final long[] PLAIN = {0, 0};
    private static final long[] A_TRANSPOSED = {1, 0};
    private static final long[] B_TRANSPOSED = {0, 1};

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        long batch = x.size(0);
        inputShape = x.shape();
        input = x.rank() == 2 ? x : view("input", x, 0, 0, v -> v.reshape('c', batch, in));
        INDArray y = buffers.get(training ? "out" : "infer", batch, out);
        matmul("forward", input, params[0], y, PLAIN);
        if (bias) {
            // (xw_plus_b does both in one op, but ran 40x slower than matmul at batch 1)
            ops.run("biasadd", BoundOps.NO_INTS, BoundOps.NO_FLOATS, new INDArray[]{y, biasRow()}, new INDArray[]{y});
        }
        return y;
    }

    @Override
    public INDArray inputGradient(INDArray g, long offset) {
        INDArray gi = buffers.get("gradInSlice", g.size(0), in);
        matmul("inputGradient", g, params[0], gi, B_TRANSPOSED);
        return view("gradInSlice", gi, 0, 0, v -> {
            long[] shape = inputShape.clone();
            shape[0] = v.size(0);
            return v.reshape('c', shape);
        });
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (paramGrads) {
            matmul("weightGradient", input, g, grads[0], A_TRANSPOSED);
            if (bias) {
                ops.run("reduce_sum", SUM_ROWS, BoundOps.NO_FLOATS, new INDArray[]{g}, new INDArray[]{biasGradRow()});
            }
        }
        if (!inputGrad) {
            return null;
        }
        INDArray gi = buffers.get("gradIn", input.size(0), in);
        matmul("inputGradient", g, params[0], gi, B_TRANSPOSED);
        return view("gradIn", gi, 0, 0, v -> v.reshape('c', inputShape));
    }

    /** reduce over dimension 0 (the batch), into the bias gradient viewed as a vector */
    private static final long[] SUM_ROWS = {0};

    /** The bias as the vector biasadd expects (the parameter itself is a [1, out] row). */
    private INDArray biasRow() {
        return view("biasRow", params[1], 0, 0, r -> r.reshape(out));
    }

    private INDArray biasGradRow() {
        return view("biasGradRow", grads[1], 0, 0, r -> r.reshape(out));
    }

    /** c = a x b, with {@code transposes} one of PLAIN, A_TRANSPOSED, B_TRANSPOSED. */
    private void matmul(String slot, INDArray a, INDArray b, INDArray c, long[] transposes) {
        ops.run(slot, "matmul", transposes, MATMUL_ALPHA_BETA,
                new INDArray[]{a, b}, new INDArray[]{c});
    }
}
