import org.ganstudio.dataset.BatchSampler;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.quality.FeatureNetwork;
import org.ganstudio.engine.quality.QualityReference;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.Preset;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search behind the fast preset: trains each candidate configuration in this process for the given seconds of
 * training time (the sum of the steps' own times, as the PyTorch peer counts), or with {@code --steps} for the given
 * numbers of steps (on a loaded machine: seconds = steps x a step time measured when quiet), and scores it at each checkpoint with
 * the quality metrics of engine/quality (FID and KID on 512 samples against up to 1000 real images), writing the
 * fixed-noise grid as PNG. One line per candidate and checkpoint; candidates are key=value lists, e.g.
 *
 * <pre>
 * java -cp "target/classes:target/lib/*" scripts/PresetSearch.java --data datasets/shapes --size 32 \
 *     --seconds 15,30 --out /tmp/search "name=small g=64,32 d=32,64 k=4 batch=32 lr=5e-4"  preset=fast
 * </pre>
 *
 * Keys (default in brackets): preset (start from a named preset), start [4] and gc [128]: G's start size and
 * channels, g [64,32]: G's block filters, k [4]: kernel, up [t]: t transposed / r resize-conv, gact [relu]
 * relu|lrelu, gbn [1], d [32,64,128]: D's filters, dk [k], dbn [0]: batch norm in D after the first block,
 * drop [0], dslope [0.2], batch [64], lr [2e-4] (or lrg, lrd), b1 [0.5], b2 [0.999], loss [ns] ns|mm|ls|hinge,
 * order [seq] seq|sim, latent [100], smooth [0], dsteps [1], seed [42].
 */
public final class PresetSearch {

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path out = Path.of("search-out");
        int size = 32;
        int samples = 512;
        double[] seconds = {15, 30};
        boolean bySteps = false;
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
                case "--steps" -> {
                    seconds = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
                    bySteps = true;
                }
                default -> candidates.add(args[i]);
            }
        }
        if (data == null || candidates.isEmpty()) {
            System.err.println("usage: PresetSearch --data PATH [--size 32] [--seconds 15,30] [--out DIR] CANDIDATE...");
            System.exit(2);
        }
        Files.createDirectories(out);
        LoadedDataset ds = new DatasetLoader().load(data, PrepareOptions.defaults().withImageSize(size), null, null);
        QualityReference ref = QualityReference.of(new FeatureNetwork(), ds.pixels(), ds.shape(), ds.count());
        System.out.printf(Locale.ROOT, "# %s: %d images %s; reference %d images%n", data, ds.count(), ds.shape(), ref.size());
        System.out.println("candidate\t" + (bySteps ? "at_step" : "train_s") + "\tsteps\tms_per_step\tfid\tkid\tprecision\trecall\tgrid");
        for (String spec : candidates) {
            Map<String, String> kv = parse(spec);
            String name = kv.getOrDefault("name", spec.replaceAll("[^A-Za-z0-9=.,-]+", "_"));
            ExperimentConfig c;
            try {
                c = config(kv, ds.shape());
            } catch (RuntimeException e) {
                System.out.println(name + "\tinvalid: " + e.getMessage());
                continue;
            }
            GanTrainer t = new GanTrainer(c, new BatchSampler(ds, c.seed())::fillBatch);
            double trained = 0;
            List<Double> times = new ArrayList<>();
            boolean diverged = false;
            for (double s : seconds) {
                while ((bySteps ? t.completedSteps() < s : trained < s * 1000) && !diverged) {
                    StepMetrics m = t.trainStep();
                    diverged = t.lastStepDiverged();
                    trained += m.stepMillis();
                    times.add(m.stepMillis());
                    if (System.getenv("SEARCH_DEBUG") != null && (m.stepMillis() > 3 * times.get(times.size() / 2) || m.step() < 25)) {
                        System.out.printf(Locale.ROOT, "# slow step %d: %.0f ms%n", m.step(), m.stepMillis());
                    }
                }
                float[] images = generate(t, LatentNoise.gaussian(1, samples, c.latentSize()), samples);
                float[] grid = t.generate(GridNoise.all(c), GridNoise.CELLS);
                QualityFigures q = ref.measure(t.completedSteps(), images, samples, grid, GridNoise.CELLS);
                Path png = out.resolve(name + "_" + (int) s + (bySteps ? "steps.png" : "s.png"));
                ImageFiles.writeGridPng(png, ImageBatch.fromTanh(t.completedSteps(), 0, c.imageShape(), GridNoise.CELLS, grid));
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%s\t%.0f\t%d\t%.1f\t%.1f\t%.3f\t%.2f\t%.2f\t%s%s%n", name, s,
                        t.completedSteps(), sorted[sorted.length / 2], q.fid(), q.kid(), q.precision(), q.recall(), png,
                        diverged ? "\tDIVERGED" : "");
            }
        }
    }

    static Map<String, String> parse(String spec) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : spec.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not key=value: " + part);
            }
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return kv;
    }

    static ExperimentConfig config(Map<String, String> kv, org.ganstudio.model.ImageShape shape) {
        if (kv.containsKey("preset")) {
            ExperimentConfig p = Preset.named(kv.get("preset")).orElseThrow().config(shape);
            if (kv.containsKey("batch")) {
                p = p.withBatchSize(Integer.parseInt(kv.get("batch")));
            }
            return p;
        }
        int size = shape.height();
        int start = i(kv, "start", 4);
        int k = i(kv, "k", 4);
        List<Integer> gf = ints(kv.getOrDefault("g", "64,32"));
        int doublings = Integer.numberOfTrailingZeros(size / start);
        if (start * (1 << doublings) != size || doublings - 1 > gf.size()) {
            throw new IllegalArgumentException("start " + start + " does not reach " + size + " with " + gf.size() + " blocks");
        }
        boolean relu = !kv.getOrDefault("gact", "relu").equals("lrelu");
        Activation ga = relu ? Activation.RELU : Activation.LEAKY_RELU;
        double gslope = relu ? 0 : d(kv, "gslope", 0.2);
        boolean gbn = i(kv, "gbn", 1) == 1;
        List<BlockSpec> gBlocks = new ArrayList<>();
        for (int b = 0; b < gf.size(); b++) {
            int stride = b >= gf.size() - (doublings - 1) ? 2 : 1;
            gBlocks.add(new BlockSpec(gf.get(b), k, stride, gbn, ga, gslope, 0));
        }
        Upsampling up = kv.getOrDefault("up", "t").equals("r") ? Upsampling.RESIZE_CONV : Upsampling.TRANSPOSED_CONV;
        GeneratorSpec g = new GeneratorSpec(start, i(kv, "gc", 128), gbn, ga, gslope, up, gBlocks, k, 2);
        int dk = i(kv, "dk", k);
        boolean dbn = i(kv, "dbn", 0) == 1;
        double drop = d(kv, "drop", 0);
        double dslope = d(kv, "dslope", 0.2);
        List<BlockSpec> dBlocks = new ArrayList<>();
        List<Integer> df = ints(kv.getOrDefault("d", "32,64,128"));
        for (int b = 0; b < df.size(); b++) {
            dBlocks.add(new BlockSpec(df.get(b), dk, 2, dbn && b > 0, Activation.LEAKY_RELU, dslope, drop));
        }
        double lr = d(kv, "lr", 2e-4);
        double b1 = d(kv, "b1", 0.5);
        double b2 = d(kv, "b2", 0.999);
        OptimizerSpec og = new OptimizerSpec(org.ganstudio.model.OptimizerKind.ADAM, d(kv, "lrg", lr), b1, b2, 0.9, 1e-8);
        OptimizerSpec od = new OptimizerSpec(org.ganstudio.model.OptimizerKind.ADAM, d(kv, "lrd", lr), b1, b2, 0.9, 1e-8);
        LossKind loss = switch (kv.getOrDefault("loss", "ns")) {
            case "mm" -> LossKind.MINIMAX;
            case "ls" -> LossKind.LEAST_SQUARES;
            case "hinge" -> LossKind.HINGE;
            default -> LossKind.NON_SATURATING;
        };
        UpdateOrder order = kv.getOrDefault("order", "seq").equals("sim") ? UpdateOrder.SIMULTANEOUS : UpdateOrder.SEQUENTIAL;
        ExperimentConfig c = new ExperimentConfig(shape, i(kv, "latent", 100), g, new DiscriminatorSpec(dBlocks), loss,
                og, od, i(kv, "dsteps", 1), d(kv, "smooth", 0), i(kv, "batch", 64), i(kv, "seed", 42), order);
        var problems = c.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
        return c;
    }

    private static float[] generate(GanTrainer trainer, float[] latents, int count) {
        int z = trainer.config().latentSize();
        int size = trainer.config().imageShape().size();
        float[] out = new float[count * size];
        for (int first = 0; first < count; first += 64) {
            int n = Math.min(64, count - first);
            float[] part = trainer.generate(Arrays.copyOfRange(latents, first * z, (first + n) * z), n);
            System.arraycopy(part, 0, out, first * size, part.length);
        }
        return out;
    }

    private static int i(Map<String, String> kv, String key, int dflt) {
        return kv.containsKey(key) ? Integer.parseInt(kv.get(key)) : dflt;
    }

    private static double d(Map<String, String> kv, String key, double dflt) {
        return kv.containsKey(key) ? Double.parseDouble(kv.get(key)) : dflt;
    }

    private static List<Integer> ints(String s) {
        return Arrays.stream(s.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
