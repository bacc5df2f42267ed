package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Batch normalisation over dimension 1 (features of a rank-2 input, channels of a rank-4 one), as
 * PyTorch does it: batch statistics in training (biased variance), running statistics updated with
 * momentum 0.1 (unbiased variance) and used for inference.
 */
public final class BatchNormLayer extends Layer {

    static final double EPS = 1e-5;
    private static final double MOMENTUM = 0.1;
    /** apply gamma, apply beta, channel axis 1 */
    private static final long[] BN_ARGS = {1, 1, 1};
    private static final double[] BN_EPS = {EPS};
    private static final long[] AXES_2D = {0};
    private static final long[] AXES_4D = {0, 2, 3};

    static final boolean FUSED = Boolean.parseBoolean(System.getProperty("ganstudio.fusedBatchNorm", "true"));
    private final long features;
    private INDArray input;
    private INDArray batchMean;
    private INDArray batchVar;
    private INDArray xhat;
    private INDArray invStd;
    private int[] axes;
    private long perFeature;

    long features() {
        return features;
    }

    public BatchNormLayer(long features) {
        this.features = features;
    }

    @Override
    public List<long[]> paramShapes() {
        return List.of(new long[]{features}, new long[]{features});   // gamma, beta
    }

    @Override
    public List<long[]> stateShapes() {
        return List.of(new long[]{features}, new long[]{features});   // running mean, running variance
    }

    @Override
    public long[] outputShape(long[] inShape) {
        return inShape.clone();
    }

    @Override
    public void initialize(SplittableRandom rng) {
        params[0].assign(1);
        params[1].assign(0);
        state[0].assign(0);
        state[1].assign(1);
    }

    @Override
    public INDArray forward(INDArray x, boolean training, Random rng) {
        axes = x.rank() == 2 ? new int[]{0} : new int[]{0, 2, 3};
        perFeature = x.length() / features;
        INDArray mean;
        INDArray var;
        if (training) {
            // statistics and the running update go into kept arrays: a step creates no new ones
            mean = buffers.get("mean", features);
            var = buffers.get("var", features);
            ops.run("moments", x.rank() == 2 ? AXES_2D : AXES_4D, BoundOps.NO_FLOATS, new INDArray[]{x},
                    new INDArray[]{mean, var});
            double unbias = perFeature > 1 ? (double) perFeature / (perFeature - 1) : 1.0;
            blend(state[0], mean, MOMENTUM);
            blend(state[1], var, MOMENTUM * unbias);
        } else {
            mean = state[0];
            var = state[1];
        }
        String tag = training ? "" : "infer";
        if (FUSED) {
            INDArray y = buffers.get("out" + tag, x.shape());
            ops.run("batchnorm", BN_ARGS, BN_EPS, new INDArray[]{x, mean, var, params[0], params[1]},
                    new INDArray[]{y});
            if (training) {
                input = x;
                batchMean = mean;
                batchVar = var;
            }
            return y;
        }
        INDArray is = Transforms.pow(var.add(EPS), -0.5, false);
        INDArray xh = buffers.get("xhat" + tag, x.shape());
        Nd4j.exec(new BroadcastSubOp(x, mean, xh, 1));
        Nd4j.exec(new BroadcastMulOp(xh, is, xh, 1));
        INDArray y = buffers.get("out" + tag, x.shape());
        Nd4j.exec(new BroadcastMulOp(xh, params[0], y, 1));
        Nd4j.exec(new BroadcastAddOp(y, params[1], y, 1));
        if (training) {
            xhat = xh;
            invStd = is;
        }
        return y;
    }

    /**
     * {@code running = (1 - MOMENTUM) * running + scale * batch}, element by element on the host: the
     * vectors have one value per channel, and going through native ops cost more than the arithmetic.
     */
    private static void blend(INDArray running, INDArray batch, double scale) {
        FloatBuffer r = running.data().asNioFloat();
        FloatBuffer b = batch.data().asNioFloat();
        int ro = (int) running.offset();
        int bo = (int) batch.offset();
        long rs = running.elementWiseStride();
        long bs = batch.elementWiseStride();
        for (int i = 0; i < running.length(); i++) {
            int ri = (int) (ro + i * rs);
            r.put(ri, (float) ((1 - MOMENTUM) * r.get(ri) + scale * b.get((int) (bo + i * bs))));
        }
    }

    @Override
    public INDArray backward(INDArray g, boolean paramGrads, boolean inputGrad) {
        if (FUSED) {
            INDArray gi = buffers.get("gradIn", g.shape());
            INDArray gm = buffers.get("gradMean", features);
            INDArray gv = buffers.get("gradVar", features);
            INDArray gg = paramGrads ? grads[0] : buffers.get("scratchG", features);
            INDArray gb = paramGrads ? grads[1] : buffers.get("scratchB", features);
            ops.run("batchnorm_bp", BN_ARGS, BN_EPS,
                    new INDArray[]{input, batchMean, batchVar, params[0], params[1], g}, new INDArray[]{gi, gm, gv, gg, gb});
            return inputGrad ? gi : null;
        }
        INDArray dBeta = g.sum(axes);
        INDArray tmp = buffers.get("tmp", g.shape());
        tmp.assign(g).muli(xhat);
        INDArray dGamma = tmp.sum(axes);
        if (paramGrads) {
            grads[0].assign(dGamma);
            grads[1].assign(dBeta);
        }
        if (!inputGrad) {
            return null;
        }
        // dx = gamma * invStd * (g - mean(g) - xhat * mean(g * xhat))
        INDArray gi = buffers.get("gradIn", g.shape());
        Nd4j.exec(new BroadcastMulOp(xhat, dGamma.divi(perFeature), tmp, 1));
        gi.assign(g).subi(tmp);
        Nd4j.exec(new BroadcastSubOp(gi, dBeta.divi(perFeature), gi, 1));
        Nd4j.exec(new BroadcastMulOp(gi, params[0].mul(invStd), gi, 1));
        return gi;
    }
}
