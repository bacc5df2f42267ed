package org.ganstudio.engine;

import java.util.ArrayList;
import java.util.List;

import org.ganstudio.engine.nn.HostArrays;
import org.ganstudio.engine.nn.Layer;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.StepTrace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Watches one step of a {@link GanTrainer} and keeps what the slow-motion view shows. It only reads: every array
 * it sees is copied to the Java heap, so the step's math, random draws and results are those of an ordinary step.
 * Its cost (copies of both networks' parameters) is paid only by the step it watches.
 */
final class StepTracer {

    /** Images and latent vectors kept for display. */
    static final int SHOWN = 8;

    private final ExperimentConfig config;
    private final Network generator;
    private final Network discriminator;
    private final GanLoss loss;
    private final int discriminatorSteps;
    private final long step;
    private final float[] generatorBefore;
    private final float[] discriminatorBefore;
    private float[] latent = new float[0];
    private float[] real = new float[0];
    private float[] fakes = new float[0];
    private float[] realOutputs = new float[0];
    private float[] fakeOutputs = new float[0];
    private float[] generatorOutputs = new float[0];
    private float[] generatorGradient;
    private float[] discriminatorGradient;

    StepTracer(ExperimentConfig config, Network generator, Network discriminator, GanLoss loss, int discriminatorSteps,
               long step) {
        this.config = config;
        this.generator = generator;
        this.discriminator = discriminator;
        this.loss = loss;
        this.discriminatorSteps = discriminatorSteps;
        this.step = step;
        this.generatorBefore = HostArrays.read(generator.params());
        this.discriminatorBefore = HostArrays.read(discriminator.params());
    }

    private int shown() {
        return Math.min(SHOWN, config.batchSize());
    }

    /** D's batch is ready: real images (host copy), the latent vectors and the fakes G made from them. */
    void discriminatorBatch(float[] realHost, INDArray z, INDArray fake) {
        int n = shown();
        int size = config.imageShape().size();
        real = java.util.Arrays.copyOf(realHost, n * size);
        latent = java.util.Arrays.copyOf(HostArrays.read(z), n * config.latentSize());
        fakes = java.util.Arrays.copyOf(HostArrays.read(fake), n * size);
        realOutputs = new float[0];
        fakeOutputs = new float[0];
    }

    /** D's raw outputs on the real and fake halves of its batch. */
    void discriminatorScores(float[] realScores, float[] fakeScores) {
        realOutputs = shownOutputs(realScores);
        fakeOutputs = shownOutputs(fakeScores);
    }

    /** D's raw outputs on the fakes as G's loss reads them. */
    void generatorScores(float[] scores) {
        generatorOutputs = shownOutputs(scores);
    }

    /** Called just before an optimiser turns {@code grads} into the update (in place). */
    void beforeUpdate(boolean ofGenerator, INDArray grads) {
        float[] g = HostArrays.read(grads);
        if (ofGenerator) {
            generatorGradient = g;
        } else {
            discriminatorGradient = g;
        }
    }

    private float[] shownOutputs(float[] raw) {
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = loss.kind().probabilistic() ? (float) GanLoss.sigmoid(raw[i]) : raw[i];
        }
        return out;
    }

    /** The trace of the step that just ended with {@code metrics}; {@code kept} false when it was rolled back. */
    StepTrace finish(StepMetrics metrics, boolean kept) {
        ImageShape shape = config.imageShape();
        int n = real.length / shape.size();
        // a simultaneous step scores the fakes once for both players
        float[] gOutputs = generatorOutputs.length == 0 && generatorGradient != null ? fakeOutputs : generatorOutputs;
        return new StepTrace(step, loss.kind(), config.updateOrder(), discriminatorSteps, config.batchSize(),
                config.latentSize(), n, latent, ImageBatch.fromTanh(step, 0, shape, n, real),
                ImageBatch.fromTanh(step, 0, shape, n, fakes), realOutputs,
                discriminatorGradient == null ? new float[0] : fakeOutputs, gOutputs, metrics, kept,
                layers(discriminator, discriminatorBefore, discriminatorGradient),
                layers(generator, generatorBefore, generatorGradient));
    }

    private static List<StepTrace.LayerChange> layers(Network net, float[] before, float[] gradient) {
        float[] after = HostArrays.read(net.params());
        List<StepTrace.LayerChange> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < net.layers().size(); i++) {
            Layer layer = net.layers().get(i);
            int count = 0;
            for (long[] s : layer.paramShapes()) {
                long len = 1;
                for (long d : s) {
                    len *= d;
                }
                count += (int) len;
            }
            if (count == 0) {
                continue;
            }
            double g = 0;
            double u = 0;
            for (int p = offset; p < offset + count; p++) {
                if (gradient != null) {
                    g += (double) gradient[p] * gradient[p];
                }
                double d = (double) after[p] - before[p];
                u += d * d;
            }
            out.add(new StepTrace.LayerChange((i + 1) + " " + kind(layer), count,
                    gradient == null ? Double.NaN : Math.sqrt(g), Math.sqrt(u)));
            offset += count;
        }
        return out;
    }

    private static String kind(Layer layer) {
        String name = layer.getClass().getSimpleName();
        return name.endsWith("Layer") ? name.substring(0, name.length() - "Layer".length()) : name;
    }
}
