package org.ganstudio.engine;

import org.ganstudio.engine.nn.BatchNormLayer;
import org.ganstudio.engine.nn.Network;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Batch norm's running statistics follow PyTorch: momentum 0.1, unbiased variance, every step. */
class BatchNormStatisticsTest {

    @Test
    void runningMeanAndVarianceFollowEachTrainingBatch() {
        int n = 4;
        int c = 3;
        int hw = 5;
        Network net = new Network(new long[]{c, hw, hw}, List.of(new BatchNormLayer(c)));
        net.initialize(1);
        double[] runMean = {0, 0, 0};
        double[] runVar = {1, 1, 1};
        SplittableRandom r = new SplittableRandom(3);
        for (int step = 0; step < 3; step++) {
            float[] v = new float[n * c * hw * hw];
            for (int i = 0; i < v.length; i++) {
                int ch = (i / (hw * hw)) % c;
                v[i] = (float) (r.nextGaussian() * (ch + 1) + 2 * ch - step);
            }
            INDArray x = Nd4j.createFromArray(v).reshape(n, c, hw, hw).castTo(DataType.FLOAT);
            net.forward(x, true, Nd4j.getRandom());
            for (int ch = 0; ch < c; ch++) {
                double sum = 0;
                double sq = 0;
                int m = 0;
                for (int b = 0; b < n; b++) {
                    for (int k = 0; k < hw * hw; k++) {
                        double e = v[(b * c + ch) * hw * hw + k];
                        sum += e;
                        sq += e * e;
                        m++;
                    }
                }
                double mean = sum / m;
                double unbiased = (sq - m * mean * mean) / (m - 1);
                runMean[ch] = 0.9 * runMean[ch] + 0.1 * mean;
                runVar[ch] = 0.9 * runVar[ch] + 0.1 * unbiased;
            }
        }
        float[] st = net.state().toFloatVector();
        for (int ch = 0; ch < c; ch++) {
            assertEquals(runMean[ch], st[ch], 1e-4, "running mean of channel " + ch);
            assertEquals(runVar[ch], st[c + ch], 1e-3, "running variance of channel " + ch);
        }
    }
}
