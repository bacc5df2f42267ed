package org.ganstudio.model;

import java.util.Locale;

/**
 * What a configuration costs before anything is built: the exact number of parameters and
 * batch-norm statistics of both networks (the engine builds exactly these), the optimiser state, the
 * activations a training step keeps for the batch, and the bytes all of it needs with the copies the
 * trainer keeps (gradients, the rollback copy of a step, the generator's inference copy, a
 * checkpoint being read). Counts are in float values; only call {@link #of} on a config whose
 * fields are each in range (as {@link ExperimentConfig#validate(long)} does).
 */
public record MemoryEstimate(long generatorParameters, long generatorStatistics, long discriminatorParameters,
                             long discriminatorStatistics, long optimizerState, long activations, long workspace,
                             long bytesNeeded) {

    /** The JVM, ND4J's native libraries and the app itself, before any network exists. */
    public static final long RUNTIME_BYTES = 256L << 20;

    public long parameters() {
        return generatorParameters + discriminatorParameters;
    }

    public static MemoryEstimate of(ExperimentConfig c) {
        Counter g = generator(c);
        Counter d = discriminator(c);
        double params = (double) g.params + d.params;
        double stats = (double) g.stats + d.stats;
        double opt = optimizerValues(c.generatorOptimizer(), g.params) + optimizerValues(c.discriminatorOptimizer(), d.params);
        // G runs on the batch, D on real and fake rows together; each layer keeps its output and its
        // input gradient in buffers reused every step (dropout's mask is counted as one more output)
        double act = 2.0 * ((double) g.activations * c.batchSize() + (double) d.activations * 2 * c.batchSize());
        double work = Math.max((double) g.workspace * c.batchSize(), (double) d.workspace * 2 * c.batchSize());
        // params: value, gradient, rollback copy, checkpoint copy (+ G's inference copy);
        // optimiser state and statistics: value, rollback copy, checkpoint copy
        double floats = params * 4 + g.params + (opt + stats) * 3 + act + work;
        double bytes = floats * Float.BYTES + RUNTIME_BYTES;
        return new MemoryEstimate(g.params, g.stats, d.params, d.stats, saturate(opt), saturate(act), saturate(work),
                saturate(bytes));
    }

    /** Values of optimiser state per parameter, as the engine's optimisers keep it. */
    public static long optimizerValues(OptimizerSpec o, long params) {
        return switch (o.kind()) {
            case ADAM -> saturate(2.0 * params);
            case SGD_MOMENTUM, RMSPROP -> params;
        };
    }

    /** "needs about 9.3 GB (420 M parameters, ...)" for a refusal or a form's live hint. */
    public String describe() {
        return "about " + bytes(bytesNeeded) + " (" + count(parameters()) + " parameters, "
                + count(optimizerState) + " optimiser values, " + count(activations + workspace)
                + " activation values for the batch)";
    }

    public static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(b / (double) (1L << 20)));
    }

    /** A count as people read it: 2.9 M, 412 k, 950. */
    public static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f G", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        if (n >= 10_000L) {
            return String.format(Locale.ROOT, "%.0f k", n / 1e3);
        }
        return Long.toString(n);
    }

    static long saturate(double v) {
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(v);
    }

    /** Sums of one network's layers, following the engine's NetworkFactory layer for layer. */
    private static final class Counter {
        long params;
        long stats;
        /** per example */
        long activations;
        /** per example: the largest unfolded-patch buffer a convolution's backward pass uses */
        long workspace;

        void add(long p, long s, long act) {
            params = sat(params, p);
            stats = sat(stats, s);
            activations = sat(activations, act);
        }

        void batchNorm(long features, long act) {
            add(2 * features, 2 * features, act);
        }

        void patches(long values) {
            workspace = Math.max(workspace, values);
        }

        static long sat(long a, long b) {
            long r = a + b;
            return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
        }
    }

    private static long mul(long... f) {
        double d = 1;
        for (long x : f) {
            d *= x;
        }
        return saturate(d);
    }

    private static Counter generator(ExperimentConfig c) {
        GeneratorSpec g = c.generator();
        Counter n = new Counter();
        long projected = mul(g.startChannels(), g.startSize(), g.startSize());
        boolean bn = g.projectionBatchNorm();
        n.add(Counter.sat(mul(c.latentSize(), projected), bn ? 0 : projected), 0, projected);
        if (bn) {
            n.batchNorm(projected, projected);
        }
        if (g.projectionActivation() != null && g.projectionActivation() != Activation.NONE) {
            n.add(0, 0, projected);
        }
        long channels = g.startChannels();
        long size = g.startSize();
        for (BlockSpec b : g.blocks()) {
            long out = size * b.stride();
            upsampling(n, g.upsampling(), channels, b.filters(), b.kernel(), size, b.stride(), !b.batchNorm());
            tail(n, b, mul(b.filters(), out, out));
            channels = b.filters();
            size = out;
        }
        upsampling(n, g.upsampling(), channels, c.imageShape().channels(), g.outputKernel(), size, g.outputStride(), false);
        long image = mul(c.imageShape().channels(), size * g.outputStride(), size * g.outputStride());
        n.add(0, 0, image);   // tanh
        return n;
    }

    private static void upsampling(Counter n, Upsampling kind, long in, long out, int k, long size, int stride,
                                   boolean bias) {
        long outSize = size * stride;
        long weights = Counter.sat(mul(k, k, in, out), bias ? out : 0);
        if (kind == Upsampling.RESIZE_CONV) {
            if (stride > 1) {
                n.add(0, 0, mul(in, outSize, outSize));
            }
            n.patches(mul(in, k, k, outSize, outSize));
        } else {
            n.patches(mul(out, k, k, size, size));
        }
        n.add(weights, 0, mul(out, outSize + 1, outSize + 1));
    }

    private static Counter discriminator(ExperimentConfig c) {
        ImageShape img = c.imageShape();
        Counter n = new Counter();
        long channels = img.channels();
        long h = img.height();
        long w = img.width();
        for (BlockSpec b : c.discriminator().blocks()) {
            long oh = convOutputSize(h, b.kernel(), b.stride());
            long ow = convOutputSize(w, b.kernel(), b.stride());
            n.add(Counter.sat(mul(b.kernel(), b.kernel(), channels, b.filters()), b.batchNorm() ? 0 : b.filters()), 0,
                    mul(b.filters(), oh, ow));
            n.patches(mul(channels, b.kernel(), b.kernel(), oh, ow));
            tail(n, b, mul(b.filters(), oh, ow));
            channels = b.filters();
            h = oh;
            w = ow;
        }
        n.add(Counter.sat(mul(channels, h, w), 1), 0, 1);
        return n;
    }

    /** Symmetric padding (k-1)/2, as the engine's convolution. */
    static long convOutputSize(long in, int k, int stride) {
        int p = (k - 1) / 2;
        return (in + 2L * p - k) / stride + 1;
    }

    private static void tail(Counter n, BlockSpec b, long act) {
        if (b.batchNorm()) {
            n.batchNorm(b.filters(), act);
        }
        if (b.activation() != null && b.activation() != Activation.NONE) {
            n.add(0, 0, act);
        }
        if (b.dropout() > 0) {
            n.add(0, 0, 2 * act);
        }
    }
}
