package org.ganstudio.engine.plane;

import org.ganstudio.model.Activation;
import org.ganstudio.model.plane.MlpSpec;

import java.util.Random;

/**
 * A small dense network in plain Java: hidden layers with one activation, a linear output. For networks of a few
 * thousand weights, ND4J's per-op overhead would cost more than the arithmetic, so the forward and backward passes
 * are hand-written loops over flat double arrays (weights of layer l stored in x out order, then its biases).
 * Activations of the last forward pass are kept so that backward passes can run over any range of its rows.
 */
final class Mlp {

    static final double LEAKY_SLOPE = 0.2;

    private final int[] sizes;
    private final Activation activation;
    private final int layers;
    private final int[] wOff;
    private final int[] bOff;
    private final double[] params;
    private final double[] grads;
    private final int capacity;
    /** a[l] holds the input of layer l (a[0] the network's input, a[layers] its output). */
    private final double[][] a;
    /** z[l] holds layer l's pre-activations. */
    private final double[][] z;
    private final double[][] delta;
    private final double[] transposed;
    private int rows;

    Mlp(int inputs, MlpSpec spec, int outputs, int capacity, Random init) {
        this.layers = spec.hiddenLayers() + 1;
        this.sizes = new int[layers + 1];
        sizes[0] = inputs;
        for (int l = 1; l < layers; l++) {
            sizes[l] = spec.units();
        }
        sizes[layers] = outputs;
        this.activation = spec.activation();
        this.capacity = capacity;
        wOff = new int[layers];
        bOff = new int[layers];
        int n = 0;
        for (int l = 0; l < layers; l++) {
            wOff[l] = n;
            n += sizes[l] * sizes[l + 1];
            bOff[l] = n;
            n += sizes[l + 1];
        }
        params = new double[n];
        grads = new double[n];
        a = new double[layers + 1][];
        z = new double[layers][];
        delta = new double[layers][];
        for (int l = 0; l <= layers; l++) {
            a[l] = new double[capacity * sizes[l]];
        }
        for (int l = 0; l < layers; l++) {
            z[l] = new double[capacity * sizes[l + 1]];
            delta[l] = new double[capacity * sizes[l + 1]];
        }
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            widest = Math.max(widest, sizes[l] * sizes[l + 1]);
        }
        transposed = new double[widest];
        initialise(init);
    }

    /** He-style normal weights (scaled by the fan-in), zero biases. */
    private void initialise(Random rng) {
        for (int l = 0; l < layers; l++) {
            boolean rectified = l < layers - 1 && (activation == Activation.RELU || activation == Activation.LEAKY_RELU);
            double std = Math.sqrt((rectified ? 2.0 : 1.0) / sizes[l]);
            int end = wOff[l] + sizes[l] * sizes[l + 1];
            for (int i = wOff[l]; i < end; i++) {
                params[i] = std * rng.nextGaussian();
            }
        }
    }

    int inputs() {
        return sizes[0];
    }

    int outputs() {
        return sizes[layers];
    }

    int capacity() {
        return capacity;
    }

    double[] params() {
        return params;
    }

    double[] grads() {
        return grads;
    }

    void zeroGrads() {
        java.util.Arrays.fill(grads, 0);
    }

    /**
     * Runs {@code n} rows of {@code input} (row-major, {@code n x inputs}) and returns the output buffer
     * ({@code n x outputs}, valid until the next forward pass).
     */
    double[] forward(double[] input, int n) {
        if (n > capacity) {
            throw new IllegalArgumentException(n + " rows exceed this network's capacity of " + capacity);
        }
        rows = n;
        System.arraycopy(input, 0, a[0], 0, n * sizes[0]);
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] x = a[l];
            double[] zl = z[l];
            int w = wOff[l];
            int b = bOff[l];
            for (int r = 0; r < n; r++) {
                int zo = r * out;
                System.arraycopy(params, b, zl, zo, out);
                int xo = r * in;
                for (int i = 0; i < in; i++) {
                    double xi = x[xo + i];
                    if (xi == 0) {
                        continue;
                    }
                    int wo = w + i * out;
                    for (int j = 0; j < out; j++) {
                        zl[zo + j] += xi * params[wo + j];
                    }
                }
            }
            double[] y = a[l + 1];
            int len = n * out;
            if (l == layers - 1) {
                System.arraycopy(zl, 0, y, 0, len);
            } else {
                activate(zl, y, len);
            }
        }
        return a[layers];
    }

    private void activate(double[] zl, double[] y, int len) {
        switch (activation) {
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    y[i] = Math.max(0, zl[i]);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < len; i++) {
                    double v = zl[i];
                    y[i] = v > 0 ? v : LEAKY_SLOPE * v;
                }
            }
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    y[i] = Math.tanh(zl[i]);
                }
            }
            case NONE -> System.arraycopy(zl, 0, y, 0, len);
        }
    }

    /**
     * Back-propagates {@code gradOut} ({@code count x outputs}) for rows {@code from .. from+count} of the last
     * forward pass. Adds the parameter gradients to {@link #grads()} when {@code paramGrads}; writes the input
     * gradient ({@code count x inputs}) into {@code gradIn} when it is not null.
     */
    void backward(double[] gradOut, int from, int count, boolean paramGrads, double[] gradIn) {
        if (from < 0 || from + count > rows) {
            throw new IllegalArgumentException("rows " + from + ".." + (from + count) + " were not run forward");
        }
        int top = layers - 1;
        System.arraycopy(gradOut, 0, delta[top], 0, count * sizes[layers]);
        for (int l = top; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] d = delta[l];
            double[] x = a[l];
            int w = wOff[l];
            if (paramGrads) {
                int b = bOff[l];
                for (int r = 0; r < count; r++) {
                    int xo = (from + r) * in;
                    int dOff = r * out;
                    for (int j = 0; j < out; j++) {
                        grads[b + j] += d[dOff + j];
                    }
                    for (int i = 0; i < in; i++) {
                        double xi = x[xo + i];
                        if (xi == 0) {
                            continue;
                        }
                        int wo = w + i * out;
                        for (int j = 0; j < out; j++) {
                            grads[wo + j] += xi * d[dOff + j];
                        }
                    }
                }
            }
            if (l == 0 && gradIn == null) {
                break;
            }
            double[] target = l == 0 ? gradIn : delta[l - 1];
            // W transposed once, so that the row loop below is a vectorisable a += s * b instead of a reduction
            for (int i = 0; i < in; i++) {
                int wo = w + i * out;
                for (int j = 0; j < out; j++) {
                    transposed[j * in + i] = params[wo + j];
                }
            }
            java.util.Arrays.fill(target, 0, count * in, 0);
            for (int r = 0; r < count; r++) {
                int dOff = r * out;
                int to = r * in;
                for (int j = 0; j < out; j++) {
                    double dj = d[dOff + j];
                    if (dj == 0) {
                        continue;
                    }
                    int tw = j * in;
                    for (int i = 0; i < in; i++) {
                        target[to + i] += dj * transposed[tw + i];
                    }
                }
            }
            if (l > 0) {
                derivative(target, l - 1, from, count);
            }
        }
    }

    /** Multiplies {@code g} (gradient w.r.t. layer k's activations) by the activation's derivative there. */
    private void derivative(double[] g, int k, int from, int count) {
        int width = sizes[k + 1];
        int off = from * width;
        int len = count * width;
        double[] zk = z[k];
        double[] yk = a[k + 1];
        switch (activation) {
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    if (zk[off + i] <= 0) {
                        g[i] = 0;
                    }
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < len; i++) {
                    if (zk[off + i] <= 0) {
                        g[i] *= LEAKY_SLOPE;
                    }
                }
            }
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    double y = yk[off + i];
                    g[i] *= 1 - y * y;
                }
            }
            case NONE -> {
            }
        }
    }

    /** The Euclidean norm of the gradient. */
    double gradientNorm() {
        double s = 0;
        for (double g : grads) {
            s += g * g;
        }
        return Math.sqrt(s);
    }
}
