package org.ganstudio.engine.quality;

import org.ganstudio.engine.nn.ActivationLayer;
import org.ganstudio.engine.nn.ConvLayer;
import org.ganstudio.engine.nn.Layer;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.Activation;
import org.ganstudio.model.ImageShape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * The feature space of the quality metrics: a fixed, randomly initialised convolutional network, the same on every
 * machine (Glorot-uniform weights drawn in Java from a constant seed), so it needs no download and no training and
 * takes any folder. Images are brought to RGB 32×32 ({@link FeatureInput}); four 3×3 convolutions with leaky ReLU
 * see them at 32, 16, 8 and 4 pixels; the global average of every channel at every scale gives
 * {@value #FEATURES} features (16 + 32 + 64 + 128), from colour and edge statistics up to shapes that span most
 * of the image.
 *
 * <p>Why random features work at all: a random convolution is a bank of random local filters; averaged over the
 * image, their rectified responses summarise colour, contrast, edge orientation and texture at each scale, and
 * blur, noise, checkerboard artefacts and missing variety all move these summaries away from the real images'.
 * What they do not see: they were never taught which differences matter to people (a shirt with a wrong sleeve can
 * score as well as a right one), and global pooling forgets where things are. Numbers are comparable only
 * within one dataset and one feature network.
 *
 * <p>Engine thread only, like every ND4J object.
 */
public final class FeatureNetwork {

    public static final int INPUT_SIDE = 32;
    /** Smaller images have too little structure for four scales; they are refused rather than blown up. */
    public static final int MIN_SIDE = 8;
    static final long SEED = 0x6A5_0F_F1DL;
    private static final int[] WIDTHS = {16, 32, 64, 128};
    public static final int FEATURES = 16 + 32 + 64 + 128;
    private static final int CHUNK = 128;

    private final Network network;

    public FeatureNetwork() {
        List<Layer> layers = new ArrayList<>();
        long in = 3;
        for (int i = 0; i < WIDTHS.length; i++) {
            layers.add(new ConvLayer(in, WIDTHS[i], 3, i == 0 ? 1 : 2, false));
            layers.add(new ActivationLayer(Activation.LEAKY_RELU, 0.2));
            in = WIDTHS[i];
        }
        network = new Network(new long[]{3, INPUT_SIDE, INPUT_SIDE}, layers);
        network.initialize(SEED);
    }

    /** Why images of {@code shape} cannot be measured, or null when they can. */
    public static String unsupported(ImageShape shape) {
        if (shape.width() < MIN_SIDE || shape.height() < MIN_SIDE) {
            return "Quality needs images of at least " + MIN_SIDE + "×" + MIN_SIDE + " pixels; these are "
                    + shape.width() + "×" + shape.height() + ".";
        }
        return null;
    }

    /** Raw features of {@code count} images (CHW each, in [-1, 1]), one row per image. */
    public double[][] features(float[] pixels, ImageShape shape, int count) {
        String why = unsupported(shape);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        if (pixels.length < (long) count * shape.size()) {
            throw new IllegalArgumentException("expected " + count + " images of " + shape);
        }
        FeatureInput input = new FeatureInput(shape);
        double[][] out = new double[count][FEATURES];
        int side = INPUT_SIDE * INPUT_SIDE * 3;
        for (int first = 0; first < count; first += CHUNK) {
            int n = Math.min(CHUNK, count - first);
            float[] x = new float[n * side];
            input.prepare(pixels, first, n, x);
            INDArray a = Nd4j.createFromArray(x).reshape(n, 3, INPUT_SIDE, INPUT_SIDE);
            int column = 0;
            List<Layer> layers = network.layers();
            for (int i = 0; i < layers.size(); i += 2) {
                a = layers.get(i + 1).forward(layers.get(i).forward(a, false, null), false, null);
                INDArray pooled = a.mean(2, 3);
                float[][] p = pooled.toFloatMatrix();
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < p[r].length; c++) {
                        out[first + r][column + c] = p[r][c];
                    }
                }
                column += p[0].length;
                pooled.close();
            }
        }
        return out;
    }
}
