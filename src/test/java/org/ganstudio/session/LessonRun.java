package org.ganstudio.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.engine.quality.FeatureNetwork;
import org.ganstudio.engine.quality.QualityReference;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Lesson;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.StepMetrics;

/**
 * Runs a lesson's experiment (or one of its "try this" changes) headless through the one training loop for the
 * lesson's number of steps, recording every step's metrics and every sample grid, and scores grids with the quality
 * metrics' own feature space (grid diversity, Fréchet distance of the 64 grid images).
 */
final class LessonRun {

    private static final Map<String, LoadedDataset> DATA = new HashMap<>();
    private static final Map<String, QualityReference> REFERENCES = new HashMap<>();
    private static FeatureNetwork features;

    final List<StepMetrics> steps = new CopyOnWriteArrayList<>();
    final List<ImageBatch> grids = new CopyOnWriteArrayList<>();
    final List<Alarm> alarms = new CopyOnWriteArrayList<>();
    final SessionSnapshot end;
    final long millis;
    private final String dataset;

    private LessonRun(String dataset, SessionSnapshot end, long millis) {
        this.dataset = dataset;
        this.end = end;
        this.millis = millis;
    }

    static LessonRun of(Lesson lesson) throws Exception {
        return of(lesson, lesson.config());
    }

    /** Trains {@code config} on the lesson's dataset for the lesson's steps (or until it diverges). */
    static LessonRun of(Lesson lesson, ExperimentConfig config) throws Exception {
        String name = lesson.dataset().shipped();
        LoadedDataset data = data(name, config.imageShape());
        long t0 = System.nanoTime();
        List<StepMetrics> steps = new CopyOnWriteArrayList<>();
        List<ImageBatch> grids = new CopyOnWriteArrayList<>();
        List<Alarm> alarms = new CopyOnWriteArrayList<>();
        RunListener recorder = new RunListener() {
            @Override
            public void stepped(StepMetrics m) {
                steps.add(m);
            }

            @Override
            public void gridDrawn(ImageBatch grid) {
                grids.add(grid);
            }

            @Override
            public void alarm(Alarm alarm) {
                alarms.add(alarm);
            }
        };
        SessionSnapshot end;
        try (TrainingSession session = new TrainingSession(recorder)) {
            session.newExperiment(config, data, DatasetReferences.of(data));
            session.setSampleInterval(lesson.sampleEvery());
            session.setStopAt(lesson.steps());
            session.start();
            end = await(session, lesson.steps());
        }
        LessonRun run = new LessonRun(key(name, config.imageShape()), end, (System.nanoTime() - t0) / 1_000_000);
        run.steps.addAll(steps);
        run.grids.addAll(grids);
        run.alarms.addAll(alarms);
        return run;
    }

    private static SessionSnapshot await(TrainingSession s, long target) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            SessionSnapshot snap = s.snapshot();
            if (snap.state() == SessionState.DIVERGED
                    || (snap.state() == SessionState.PAUSED && snap.step() >= target)) {
                return snap;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the lesson did not reach step " + target + "; last " + s.snapshot().state()
                + " at " + s.snapshot().step());
    }

    /** The first alarm of {@code kind} the health monitor raised during the run, if any. */
    java.util.Optional<Alarm> alarm(AlarmKind kind) {
        return alarms.stream().filter(a -> a.kind() == kind).findFirst();
    }

    boolean diverged() {
        return end.state() == SessionState.DIVERGED;
    }

    /** Mean of {@code f} over the steps from {@code from} (inclusive) to {@code to} (exclusive). */
    double mean(int from, int to, java.util.function.ToDoubleFunction<StepMetrics> f) {
        return steps.subList(from, Math.min(to, steps.size())).stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** Standard deviation of {@code f} over those steps. */
    double std(int from, int to, java.util.function.ToDoubleFunction<StepMetrics> f) {
        double m = mean(from, to, f);
        return Math.sqrt(steps.subList(from, Math.min(to, steps.size())).stream()
                .mapToDouble(s -> (f.applyAsDouble(s) - m) * (f.applyAsDouble(s) - m)).average().orElse(Double.NaN));
    }

    /** The quality figures of one grid (its 64 images stand for the generator's samples). */
    QualityFigures quality(ImageBatch grid) throws Exception {
        float[] px = new float[grid.pixels().length];
        for (int i = 0; i < px.length; i++) {
            px[i] = (grid.pixels()[i] & 0xff) / 127.5f - 1f;
        }
        return reference().measure(grid.step(), px, grid.count(), px, grid.count());
    }

    ImageBatch grid(long step) {
        return grids.stream().filter(g -> g.step() == step).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no grid at step " + step + "; grids at "
                        + grids.stream().map(ImageBatch::step).toList()));
    }

    ImageBatch lastGrid() {
        return grids.get(grids.size() - 1);
    }

    private QualityReference reference() throws Exception {
        synchronized (REFERENCES) {
            QualityReference r = REFERENCES.get(dataset);
            if (r == null) {
                if (features == null) {
                    features = new FeatureNetwork();
                }
                LoadedDataset d = DATA.get(dataset);
                r = QualityReference.of(features, d.pixels(), d.shape(), d.count());
                REFERENCES.put(dataset, r);
            }
            return r;
        }
    }

    /**
     * How much of the images' fine detail is a pixel-periodic pattern: per 8x8 tile and channel, the energy of the
     * three Nyquist frequencies (stripes of period 2 along x, along y, and the checkerboard) as a share of the tile's
     * variance, averaged over tiles. About 3/63 for white noise, far less for smooth pictures; the uneven overlap of
     * transposed convolutions puts energy exactly there.
     */
    static double checkerboardShare(ImageBatch b) {
        int h = b.shape().height();
        int w = b.shape().width();
        int c = b.shape().channels();
        int tile = 8;
        double sum = 0;
        int tiles = 0;
        for (int n = 0; n < b.count(); n++) {
            for (int ch = 0; ch < c; ch++) {
                int base = n * b.shape().size() + ch * h * w;
                for (int ty = 0; ty + tile <= h; ty += tile) {
                    for (int tx = 0; tx + tile <= w; tx += tile) {
                        double mean = 0;
                        double sx = 0;
                        double sy = 0;
                        double sxy = 0;
                        double sq = 0;
                        for (int y = 0; y < tile; y++) {
                            for (int x = 0; x < tile; x++) {
                                double v = (b.pixels()[base + (ty + y) * w + tx + x] & 0xff) / 255.0;
                                mean += v;
                                sq += v * v;
                                sx += (x % 2 == 0 ? v : -v);
                                sy += (y % 2 == 0 ? v : -v);
                                sxy += ((x + y) % 2 == 0 ? v : -v);
                            }
                        }
                        int k = tile * tile;
                        mean /= k;
                        double variance = sq / k - mean * mean;
                        if (variance > 1e-4) {
                            double nyquist = (sx * sx + sy * sy + sxy * sxy) / ((double) k * k);
                            sum += nyquist / variance;
                            tiles++;
                        }
                    }
                }
            }
        }
        return tiles == 0 ? 0 : sum / tiles;
    }

    /** {@link #checkerboardShare} of the lesson dataset's first 64 images. */
    static double realCheckerboardShare(String shipped, ImageShape shape) throws Exception {
        LoadedDataset d = data(shipped, shape);
        int n = Math.min(64, d.count());
        float[] px = new float[n * shape.size()];
        for (int i = 0; i < n; i++) {
            d.copyImage(i, px, i * shape.size());
        }
        return checkerboardShare(ImageBatch.fromTanh(0, 0, shape, n, px));
    }

    static LoadedDataset data(String shipped, ImageShape shape) throws Exception {
        synchronized (DATA) {
            String key = key(shipped, shape);
            LoadedDataset d = DATA.get(key);
            if (d == null) {
                PrepareOptions o = PrepareOptions.defaults().withImageSize(shape.height())
                        .withChannelMode(shape.channels() == 1 ? ChannelMode.GRAYSCALE : ChannelMode.RGB);
                d = new DatasetLoader().load(Path.of("datasets", shipped), o, null, null);
                DATA.put(key, d);
            }
            return d;
        }
    }

    private static String key(String shipped, ImageShape shape) {
        return shipped + "@" + shape;
    }
}
