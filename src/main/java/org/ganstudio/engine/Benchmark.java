package org.ganstudio.engine;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.model.UpdateOrder;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times the reference network on synthetic data, reporting the same figures as the PyTorch peer
 * ({@code shared/bench/torch_peer.py}): median step time, images per second, generator inference
 * latency for 1 and 64 images, and this process's peak resident memory.
 */
public final class Benchmark {

    /**
     * @param batch  batch size; 0 for the preset's own
     * @param preset the network to time; null for the reference (the article's, as the PyTorch peer builds it)
     * @param size   image side; the images have 3 channels at 32 and 64 pixels, 1 at 28
     */
    public record Options(int batch, int steps, int warmup, UpdateOrder order, boolean profile,
                          org.ganstudio.model.Preset preset, int size) {

        /** The reference network at 32x32x3, as the peer times it. */
        public Options(int batch, int steps, int warmup, UpdateOrder order, boolean profile) {
            this(batch, steps, warmup, order, profile, null, 32);
        }
    }

    private Benchmark() {
    }

    /** The peer's stand-in for data: a smooth ramp product, identical in every image and channel. */
    static BatchSource rampData(ImageShape s) {
        float[] one = new float[s.size()];
        for (int c = 0; c < s.channels(); c++) {
            for (int y = 0; y < s.height(); y++) {
                for (int x = 0; x < s.width(); x++) {
                    double ry = -1 + 2.0 * y / (s.height() - 1);
                    double rx = -1 + 2.0 * x / (s.width() - 1);
                    one[(c * s.height() + y) * s.width() + x] = (float) (ry * rx);
                }
            }
        }
        return (index, batchSize, out) -> {
            for (int i = 0; i < batchSize; i++) {
                System.arraycopy(one, 0, out, i * one.length, one.length);
            }
        };
    }

    public static Map<String, String> run(Options o, PrintStream progress) {
        ImageShape shape = new ImageShape(o.size() == 28 ? 1 : 3, o.size(), o.size());
        ExperimentConfig c = o.preset() == null ? Presets.reference(shape) : o.preset().config(shape);
        if (o.batch() > 0) {
            c = c.withBatchSize(o.batch());
        }
        c = c.withUpdateOrder(o.order());
        GanTrainer t = new GanTrainer(c, rampData(shape));
        double[] times = new double[o.steps()];
        for (int i = 0; i < o.warmup() + o.steps(); i++) {
            if (o.profile() && i == o.warmup()) {
                t.generator().setProfiling(true);
                t.discriminator().setProfiling(true);
            }
            double ms = t.trainStep().stepMillis();
            if (i >= o.warmup()) {
                times[i - o.warmup()] = ms;
            }
            if (progress != null && (i + 1) % 100 == 0) {
                progress.printf("step %d: %.1f ms, rss %d MB%n", i + 1, ms, ResourceUsage.rssMb());
            }
        }
        double med = median(times);
        if (o.profile() && progress != null) {
            printProfile(progress, "G", t.generator(), o.steps());
            printProfile(progress, "D", t.discriminator(), o.steps());
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("engine", "gan-studio " + DeviceInfo.describe() + " batch=" + c.batchSize()
                + " order=" + o.order().name().toLowerCase());
        out.put("step_ms_median", String.format("%.1f", med));
        out.put("images_per_s", String.format("%.1f", c.batchSize() / med * 1000));
        out.put("gen_infer_ms_batch1", String.format("%.2f", inferenceMillis(t, 1)));
        out.put("gen_infer_ms_batch64", String.format("%.2f", inferenceMillis(t, 64)));
        out.put("rss_mb_peak", String.valueOf(ResourceUsage.peakRssMb()));
        return out;
    }

    private static double inferenceMillis(GanTrainer t, int n) {
        int latent = t.config().latentSize();
        float[] z = new float[n * latent];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) r.nextGaussian();
        }
        t.generate(z, n);
        double[] ts = new double[20];
        for (int i = 0; i < ts.length; i++) {
            long t0 = System.nanoTime();
            t.generate(z, n);
            ts[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(ts);
    }

    private static void printProfile(PrintStream out, String name, org.ganstudio.engine.nn.Network n, int steps) {
        long[][] p = n.profile();
        for (int i = 0; i < p.length; i++) {
            out.printf("profile %s %2d %-16s fwd %7.1f ms  bwd %7.1f ms  (per step)%n", name, i,
                    n.layers().get(i).getClass().getSimpleName(), p[i][0] / 1e6 / steps, p[i][1] / 1e6 / steps);
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
