package org.ganstudio.engine;

import org.ganstudio.engine.nn.HostArrays;
import org.ganstudio.engine.nn.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What D says about given images, on request (the sample grid's scores, the "where D wants G to change" heatmap),
 * without disturbing training: scores come from an inference pass; the pixel gradient from a training-mode pass
 * whose batch-norm statistics are put back afterwards. Engine thread only.
 */
public final class DiscriminatorProbe {

    private DiscriminatorProbe() {
    }

    /** D's output for each of {@code count} images (channels-first, [-1, 1]): a probability for the sigmoid losses. */
    public static float[] scores(GanTrainer t, float[] images, int count) {
        long[] shape = t.discriminator().inputShape();
        INDArray x = Nd4j.create(DataType.FLOAT, count, shape[0], shape[1], shape[2]);
        HostArrays.write(x, images);
        float[] raw = HostArrays.read(t.discriminator().forward(x, false, null));
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = (float) t.loss().meanOutput(new float[]{raw[i]});
        }
        return out;
    }

    /**
     * |d(G's loss)/d(pixel)| for one image (channels-first, [-1, 1]), summed over channels: height x width values.
     * D runs without dropout's randomness mattering (a fixed seed) and its statistics are restored.
     */
    public static float[] pixelGradient(GanTrainer t, float[] image) {
        Network d = t.discriminator();
        long[] shape = d.inputShape();
        INDArray state = d.state().dup();
        try {
            INDArray x = Nd4j.create(DataType.FLOAT, 1, shape[0], shape[1], shape[2]);
            HostArrays.write(x, image);
            org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(7);
            float[] score = HostArrays.read(d.forward(x, true, rng));
            float[] grad = new float[1];
            t.loss().generator(score, grad);
            INDArray g = d.backward(Nd4j.createFromArray(grad).reshape(1, 1), false, true);
            float[] px = HostArrays.read(g);
            int plane = (int) (shape[1] * shape[2]);
            float[] out = new float[plane];
            for (int c = 0; c < shape[0]; c++) {
                for (int i = 0; i < plane; i++) {
                    out[i] += Math.abs(px[c * plane + i]);
                }
            }
            return out;
        } finally {
            d.state().assign(state);
        }
    }
}
