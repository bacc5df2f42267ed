package org.ganstudio.engine;

import org.ganstudio.engine.nn.ConvLayer;
import org.ganstudio.engine.nn.DeconvLayer;
import org.ganstudio.engine.nn.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The convolution layers against their textbook definitions with PyTorch's geometry (padding
 * (k-1)/2; transposed: output_padding stride-1), computed naively in Java. Weight layouts:
 * convolution [kH, kW, in, out], transposed [kH, kW, out, in].
 */
class ConvolutionDefinitionTest {

    private static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    @ParameterizedTest
    @CsvSource({"5,2,3", "5,1,4", "3,2,4", "4,2,4"})
    void transposedConvolution(int k, int s, int size) {
        int inC = 3;
        int outC = 2;
        int p = (k - 1) / 2;
        int outSize = size * s;
        Network net = new Network(new long[]{inC, size, size}, List.of(new DeconvLayer(inC, outC, k, s, false)));
        float[] w = random(k * k * outC * inC, 1);
        net.params().assign(Nd4j.createFromArray(w));
        float[] x = random(inC * size * size, 2);
        INDArray y = net.forward(Nd4j.createFromArray(x).reshape(1, inC, size, size), false, null);
        assertEquals(outSize, y.size(2));
        double[] expected = new double[outC * outSize * outSize];
        for (int i = 0; i < inC; i++) {
            for (int iy = 0; iy < size; iy++) {
                for (int ix = 0; ix < size; ix++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++) {
                            int oy = iy * s - p + ky;
                            int ox = ix * s - p + kx;
                            if (oy < 0 || ox < 0 || oy >= outSize || ox >= outSize) {
                                continue;
                            }
                            for (int o = 0; o < outC; o++) {
                                double wv = w[((ky * k + kx) * outC + o) * inC + i];
                                expected[(o * outSize + oy) * outSize + ox] += x[(i * size + iy) * size + ix] * wv;
                            }
                        }
                    }
                }
            }
        }
        float[] actual = y.reshape(y.length()).toFloatVector();
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 1e-4, "output element " + j);
        }
    }

    @ParameterizedTest
    @CsvSource({"5,2,8", "3,2,7", "5,1,5"})
    void convolution(int k, int s, int size) {
        int inC = 2;
        int outC = 3;
        int p = (k - 1) / 2;
        int outSize = (size + 2 * p - k) / s + 1;
        Network net = new Network(new long[]{inC, size, size}, List.of(new ConvLayer(inC, outC, k, s, true)));
        float[] params = random(k * k * inC * outC + outC, 3);
        net.params().assign(Nd4j.createFromArray(params));
        float[] x = random(inC * size * size, 4);
        INDArray y = net.forward(Nd4j.createFromArray(x).reshape(1, inC, size, size), false, null);
        float[] actual = y.reshape(y.length()).toFloatVector();
        for (int o = 0; o < outC; o++) {
            for (int oy = 0; oy < outSize; oy++) {
                for (int ox = 0; ox < outSize; ox++) {
                    double sum = params[k * k * inC * outC + o];
                    for (int i = 0; i < inC; i++) {
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                int iy = oy * s - p + ky;
                                int ix = ox * s - p + kx;
                                if (iy >= 0 && ix >= 0 && iy < size && ix < size) {
                                    sum += x[(i * size + iy) * size + ix] * params[((ky * k + kx) * inC + i) * outC + o];
                                }
                            }
                        }
                    }
                    assertEquals(sum, actual[(o * outSize + oy) * outSize + ox], 1e-4);
                }
            }
        }
    }
}
