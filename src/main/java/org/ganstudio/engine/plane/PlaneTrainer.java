package org.ganstudio.engine.plane;

import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.engine.GanLoss;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.PlaneBounds;
import org.ganstudio.model.plane.PlaneConfig;

import java.util.Random;

/**
 * Trains a GAN on 2-D points with two {@link Mlp}s, single-threaded and deterministic: every step's real points and
 * latent vectors come from a generator seeded by (seed, step), so a run is reproducible and resumes exactly. G's
 * gradient is D's input gradient on the fakes, back-propagated through G, as in the image lab; the losses are the
 * image lab's {@link GanLoss}.
 */
public final class PlaneTrainer {

    /** Rows per forward pass when drawing views (heatmap, many points); views are evaluated in chunks of this. */
    static final int VIEW_CHUNK = 1024;

    private final PlaneConfig config;
    private final PlaneDistribution data;
    private final GanLoss loss;
    private final Mlp generator;
    private final Mlp discriminator;
    private final PlaneOptimizer gOpt;
    private final PlaneOptimizer dOpt;
    private final int batch;
    private final int latent;
    private final Random rng = new Random();
    private final double[] z;
    private final double[] dInput;
    private final float[] scores;
    private final float[] real;
    private final float[] fake;
    private final float[] gradReal;
    private final float[] gradFake;
    private final double[] dGrad;
    private final double[] fakeGrad;
    private final double[] fakeInput;
    private final double[] pointGrad;
    private int discriminatorSteps;
    private long step;
    private boolean lastDiverged;

    public PlaneTrainer(PlaneConfig config, PlaneDistribution data) {
        var problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.config = config;
        this.data = data;
        this.loss = new GanLoss(config.loss(), 0);
        this.batch = config.batchSize();
        this.latent = config.latentSize();
        Random init = new Random(config.seed());
        generator = new Mlp(latent, config.generator(), 2, Math.max(batch, VIEW_CHUNK), init);
        discriminator = new Mlp(2, config.discriminator(), 1, Math.max(2 * batch, VIEW_CHUNK), init);
        gOpt = new PlaneOptimizer(config.generatorOptimizer(), generator.params().length);
        dOpt = new PlaneOptimizer(config.discriminatorOptimizer(), discriminator.params().length);
        discriminatorSteps = config.discriminatorSteps();
        z = new double[Math.max(batch, VIEW_CHUNK) * latent];
        dInput = new double[2 * batch * 2];
        scores = new float[2 * batch];
        real = new float[batch];
        fake = new float[batch];
        gradReal = new float[batch];
        gradFake = new float[batch];
        dGrad = new double[2 * batch];
        fakeGrad = new double[batch * 2];
        fakeInput = new double[batch * 2];
        pointGrad = new double[VIEW_CHUNK * 2];
    }

    public PlaneConfig config() {
        return config;
    }

    public PlaneDistribution data() {
        return data;
    }

    public long completedSteps() {
        return step;
    }

    public boolean lastStepDiverged() {
        return lastDiverged;
    }

    public int discriminatorSteps() {
        return discriminatorSteps;
    }

    public void setDiscriminatorSteps(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("at least one discriminator step");
        }
        discriminatorSteps = k;
    }

    public double generatorLearningRate() {
        return gOpt.learningRate();
    }

    public double discriminatorLearningRate() {
        return dOpt.learningRate();
    }

    public void setLearningRates(double generatorLr, double discriminatorLr) {
        gOpt.setLearningRate(generatorLr);
        dOpt.setLearningRate(discriminatorLr);
    }

    private record Outcome(double dLoss, double gLoss, double dReal, double dFake, double dNorm, double gNorm) {
        boolean discriminatorFinite() {
            return Double.isFinite(dLoss) && Double.isFinite(dNorm);
        }

        boolean finite() {
            return discriminatorFinite() && Double.isFinite(gLoss) && Double.isFinite(gNorm);
        }
    }

    /** One generator step after the configured number of discriminator steps. */
    public StepMetrics trainStep() {
        long t0 = System.nanoTime();
        rng.setSeed(mix(config.seed(), step));
        Outcome o = config.updateOrder() == UpdateOrder.SIMULTANEOUS ? simultaneous() : sequential();
        return finish(o, t0, o.finite());
    }

    /** One discriminator update only (a manual step); G's figures are NaN. */
    public StepMetrics trainDiscriminatorOnly() {
        long t0 = System.nanoTime();
        rng.setSeed(mix(config.seed(), step));
        Outcome o = discriminatorOnly();
        return finish(o, t0, o.discriminatorFinite());
    }

    /** One generator update only, against the current D; D's figures are NaN. */
    public StepMetrics trainGeneratorOnly() {
        long t0 = System.nanoTime();
        rng.setSeed(mix(config.seed(), step));
        prepareBatch();
        double[] g = generatorUpdate();
        Outcome o = new Outcome(Double.NaN, g[0], Double.NaN, Double.NaN, Double.NaN, g[1]);
        return finish(o, t0, Double.isFinite(g[0]) && Double.isFinite(g[1]));
    }

    /** Real points in the first half of dInput, G's points for fresh latents in the second. */
    private void prepareBatch() {
        data.sample(rng, dInput, batch);
        for (int i = 0; i < batch * latent; i++) {
            z[i] = rng.nextGaussian();
        }
        double[] g = generator.forward(z, batch);
        System.arraycopy(g, 0, dInput, 2 * batch, 2 * batch);
    }

    /** D's forward pass on dInput and its loss; D's parameter gradients are left in place. */
    private double[] discriminatorGradients() {
        double[] out = discriminator.forward(dInput, 2 * batch);
        for (int i = 0; i < batch; i++) {
            real[i] = (float) out[i];
            fake[i] = (float) out[batch + i];
        }
        double dLoss = loss.discriminator(real, fake, gradReal, gradFake);
        for (int i = 0; i < batch; i++) {
            dGrad[i] = gradReal[i];
            dGrad[batch + i] = gradFake[i];
        }
        discriminator.zeroGrads();
        discriminator.backward(dGrad, 0, 2 * batch, true, null);
        return new double[]{dLoss, loss.meanOutput(real), loss.meanOutput(fake)};
    }

    private Outcome discriminatorOnly() {
        prepareBatch();
        double[] d = discriminatorGradients();
        double dNorm = discriminator.gradientNorm();
        Outcome o = new Outcome(d[0], Double.NaN, d[1], d[2], dNorm, Double.NaN);
        if (o.discriminatorFinite()) {
            dOpt.apply(discriminator.params(), discriminator.grads());
        }
        return o;
    }

    /** Both players' gradients from one forward pass, applied together. */
    private Outcome simultaneous() {
        for (int i = 0; i < discriminatorSteps - 1; i++) {
            Outcome o = discriminatorOnly();
            if (!o.discriminatorFinite()) {
                return o;
            }
        }
        prepareBatch();
        double[] d = discriminatorGradients();
        double gLoss = generatorBackward(batch);
        Outcome o = new Outcome(d[0], gLoss, d[1], d[2], discriminator.gradientNorm(), generator.gradientNorm());
        if (o.finite()) {
            dOpt.apply(discriminator.params(), discriminator.grads());
            gOpt.apply(generator.params(), generator.grads());
        }
        return o;
    }

    /** D first (its steps), then G against the updated D on the last batch's fakes. */
    private Outcome sequential() {
        Outcome d = null;
        for (int i = 0; i < discriminatorSteps; i++) {
            d = discriminatorOnly();
            if (!d.discriminatorFinite()) {
                return d;
            }
        }
        double[] g = generatorUpdate();
        return new Outcome(d.dLoss, g[0], d.dReal, d.dFake, d.dNorm, g[1]);
    }

    /** G's update against the current D on the fakes in dInput's second half (G's last forward pass). */
    private double[] generatorUpdate() {
        System.arraycopy(dInput, 2 * batch, fakeInput, 0, 2 * batch);
        double[] out = discriminator.forward(fakeInput, batch);
        for (int i = 0; i < batch; i++) {
            fake[i] = (float) out[i];
        }
        double gLoss = generatorBackward(0);
        double gNorm = generator.gradientNorm();
        if (Double.isFinite(gLoss) && Double.isFinite(gNorm)) {
            gOpt.apply(generator.params(), generator.grads());
        }
        return new double[]{gLoss, gNorm};
    }

    /**
     * G's loss on D's scores in {@code fake} (rows {@code fakeRow..fakeRow+batch} of D's last forward pass),
     * back-propagated through D to the points and on through G, whose last forward pass made those points.
     */
    private double generatorBackward(int fakeRow) {
        double gLoss = loss.generator(fake, gradFake);
        for (int i = 0; i < batch; i++) {
            dGrad[i] = gradFake[i];
        }
        discriminator.backward(dGrad, fakeRow, batch, false, fakeGrad);
        generator.zeroGrads();
        generator.backward(fakeGrad, 0, batch, true, null);
        return gLoss;
    }

    // ---- views (between steps; they reuse the networks' buffers) ----

    /** G's points for {@code count} latent vectors ({@code count x latentSize}); x0, y0, x1, y1, ... */
    public double[] generate(double[] latents, int count) {
        double[] out = new double[2 * count];
        for (int from = 0; from < count; from += VIEW_CHUNK) {
            int n = Math.min(VIEW_CHUNK, count - from);
            System.arraycopy(latents, from * latent, z, 0, n * latent);
            double[] g = generator.forward(z, n);
            System.arraycopy(g, 0, out, 2 * from, 2 * n);
        }
        return out;
    }

    /** D's output at {@code count} points: a probability of "real" for the sigmoid losses, else the raw score. */
    public double[] discriminate(double[] points, int count) {
        double[] out = new double[count];
        double[] chunk = new double[2 * VIEW_CHUNK];
        for (int from = 0; from < count; from += VIEW_CHUNK) {
            int n = Math.min(VIEW_CHUNK, count - from);
            System.arraycopy(points, 2 * from, chunk, 0, 2 * n);
            double[] d = discriminator.forward(chunk, n);
            for (int i = 0; i < n; i++) {
                out[from + i] = config.loss().probabilistic() ? sigmoid(d[i]) : d[i];
            }
        }
        return out;
    }

    /** D's output over an {@code n x n} grid of cell centres covering {@link PlaneBounds}, row 0 at the top (high y). */
    public double[] discriminatorGrid(int n) {
        double[] pts = new double[2 * n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int k = r * n + c;
                pts[2 * k] = PlaneBounds.cellCentre(c, n);
                pts[2 * k + 1] = PlaneBounds.cellCentre(n - 1 - r, n);
            }
        }
        return discriminate(pts, n * n);
    }

    /**
     * Where G's loss pushes each of {@code count} points: minus the gradient of that point's own generator loss
     * with respect to the point (through the current D), x and y per point.
     */
    public double[] generatorPull(double[] points, int count) {
        double[] out = new double[2 * count];
        double[] chunk = new double[2 * VIEW_CHUNK];
        float[] s = new float[VIEW_CHUNK];
        float[] gs = new float[VIEW_CHUNK];
        double[] g = new double[VIEW_CHUNK];
        for (int from = 0; from < count; from += VIEW_CHUNK) {
            int n = Math.min(VIEW_CHUNK, count - from);
            System.arraycopy(points, 2 * from, chunk, 0, 2 * n);
            double[] d = discriminator.forward(chunk, n);
            float[] sn = n == VIEW_CHUNK ? s : new float[n];
            float[] gn = n == VIEW_CHUNK ? gs : new float[n];
            for (int i = 0; i < n; i++) {
                sn[i] = (float) d[i];
            }
            loss.generator(sn, gn);
            for (int i = 0; i < n; i++) {
                g[i] = gn[i] * n;   // undo the batch mean: each point's own loss
            }
            discriminator.backward(g, 0, n, false, pointGrad);
            for (int i = 0; i < 2 * n; i++) {
                out[2 * from + i] = -pointGrad[i];
            }
        }
        return out;
    }

    /** {@code count} latent vectors from N(0, I), seeded. */
    public double[] latents(long seed, int count) {
        Random r = new Random(seed);
        double[] out = new double[count * latent];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.nextGaussian();
        }
        return out;
    }

    /** {@code count} real points, seeded. */
    public double[] realPoints(long seed, int count) {
        double[] out = new double[2 * count];
        data.sample(new Random(seed), out, count);
        return out;
    }

    // ---- state for saving ----

    /** Copies of both networks' parameters and optimiser states and the step, for a save file. */
    public PlaneState state() {
        return new PlaneState(step, generator.params().clone(), discriminator.params().clone(), gOpt.state(),
                dOpt.state(), gOpt.learningRate(), dOpt.learningRate(), discriminatorSteps);
    }

    /** Puts a saved state back (the config must be the one it was saved with). */
    public void restore(PlaneState s) {
        if (s.generator().length != generator.params().length
                || s.discriminator().length != discriminator.params().length) {
            throw new IllegalArgumentException("the saved networks do not match this configuration");
        }
        System.arraycopy(s.generator(), 0, generator.params(), 0, s.generator().length);
        System.arraycopy(s.discriminator(), 0, discriminator.params(), 0, s.discriminator().length);
        gOpt.restore(s.generatorOptimizer());
        dOpt.restore(s.discriminatorOptimizer());
        setLearningRates(s.generatorLearningRate(), s.discriminatorLearningRate());
        setDiscriminatorSteps(s.discriminatorSteps());
        step = s.step();
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    private StepMetrics finish(Outcome o, long t0, boolean ok) {
        lastDiverged = !ok;
        double millis = (System.nanoTime() - t0) / 1e6;
        StepMetrics m = new StepMetrics(step, o.dLoss, o.gLoss, o.dReal, o.dFake, o.dNorm, o.gNorm, millis);
        if (ok) {
            step++;
        }
        return m;
    }

    /** SplitMix64 finaliser: well-spread seeds for consecutive steps. */
    static long mix(long seed, long s) {
        long x = seed * 0x9E3779B97F4A7C15L + s;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
