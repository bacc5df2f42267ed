package org.ganstudio.engine;

import org.ganstudio.engine.nn.HostArrays;
import org.ganstudio.engine.nn.InferenceNetwork;
import org.ganstudio.engine.nn.Network;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.StepDiagnostics;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.StepTrace;
import org.ganstudio.model.UpdateOrder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;


/**
 * Trains a GAN one step at a time. The discriminator's gradient with respect to its input feeds the
 * generator's backward pass directly, so no parameters are ever copied between networks, and real
 * and fake images go through D as one batch. Every random draw of step {@code n} comes from a
 * generator seeded with (seed, n), so a run is reproducible and resumes exactly from a checkpoint.
 *
 * <p>Owned by one thread (the engine thread); not thread-safe.
 */
public final class GanTrainer {

    /** Steps this trainer runs before every buffer a step needs exists (then the Java heap is compacted once). */
    static final int WARM_UP_STEPS = 20;

    private ExperimentConfig config;
    private final Network generator;
    private final Network discriminator;
    private Optimizer gOpt;
    private Optimizer dOpt;
    private GanLoss loss;
    private final BatchSource data;
    private StepRollback rollback;
    private final StepDiagnosis diagnosis;
    private StepDiagnostics lastDiagnostics = StepDiagnostics.NONE;
    private final Random rng;
    private final int batch;
    private final ImageShape shape;
    private final float[] realHost;
    private final INDArray z;
    private final INDArray dInput;
    /** The fake half of dInput (a view kept for the life of the trainer). */
    private final INDArray fakeHalf;
    /** D's output gradients: real and fake rows, and fake rows only. */
    private final INDArray lossGradBoth;
    private final INDArray lossGradFake;
    private int discriminatorSteps;
    private long step;
    /** Steps run by this object, whatever step a restored run started from. */
    private long stepsRun;
    private boolean lastDiverged;
    /** Bumped whenever G's parameters or statistics may have changed; the inference copy follows it. */
    private long generatorVersion;
    private long inferenceVersion = -1;
    private InferenceNetwork inference;
    /** Watches the next step for the slow-motion view (null: no step is watched). */
    private StepTracer tracer;
    private StepTrace lastTrace;

    public GanTrainer(ExperimentConfig config, BatchSource data) {
        var problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + problems.get(0));
        }
        this.config = config;
        this.data = data;
        this.shape = config.imageShape();
        this.batch = config.batchSize();
        this.generator = NetworkFactory.generator(config);
        this.discriminator = NetworkFactory.discriminator(config);
        generator.initialize(config.seed());
        discriminator.initialize(config.seed() + 1);
        this.gOpt = new Optimizer(config.generatorOptimizer(), generator.paramCount());
        this.dOpt = new Optimizer(config.discriminatorOptimizer(), discriminator.paramCount());
        this.rollback = new StepRollback(generator, gOpt, discriminator, dOpt);
        this.loss = new GanLoss(config.loss(), config.labelSmoothing());
        this.discriminatorSteps = config.discriminatorSteps();
        this.rng = Nd4j.getRandomFactory().getNewRandomInstance(config.seed());
        this.realHost = new float[batch * shape.size()];
        this.z = Nd4j.create(DataType.FLOAT, batch, config.latentSize());
        this.dInput = Nd4j.create(DataType.FLOAT, 2L * batch, shape.channels(), shape.height(), shape.width());
        this.fakeHalf = dInput.get(NDArrayIndex.interval(batch, 2L * batch));
        this.lossGradBoth = Nd4j.create(DataType.FLOAT, 2L * batch, 1);
        this.lossGradFake = Nd4j.create(DataType.FLOAT, batch, 1);
        this.diagnosis = new StepDiagnosis(generator, discriminator, batch, shape.size(), config.loss());
    }

    /** Runs one generator step (after {@code discriminatorSteps} discriminator updates). */
    public StepMetrics trainStep() {
        long t0 = System.nanoTime();
        begin();
        Outcome o = config.updateOrder() == UpdateOrder.SIMULTANEOUS ? simultaneous() : sequential();
        return finish(o, t0, finite(o));
    }

    private void begin() {
        rng.setSeed(mix(config.seed(), step));
        rollback.begin();
        diagnosis.begin(step);
    }

    private void applyDiscriminator() {
        rollback.beforeUpdate(rollback.discriminator());
        if (tracer != null) {
            tracer.beforeUpdate(false, discriminator.grads());
        }
        dOpt.apply(discriminator.params(), discriminator.grads());
        diagnosis.discriminatorUpdated();
    }

    private void applyGenerator() {
        rollback.beforeUpdate(rollback.generator());
        if (tracer != null) {
            tracer.beforeUpdate(true, generator.grads());
        }
        gOpt.apply(generator.params(), generator.grads());
        diagnosis.generatorUpdated();
    }

    private record Outcome(double dLoss, double gLoss, double dReal, double dFake, double dNorm, double gNorm) {

        /** D's loss and gradient are usable (its update may be applied). */
        boolean discriminatorFinite() {
            return Double.isFinite(dLoss) && Double.isFinite(dNorm);
        }
    }

    /** Fills dInput with a real batch (first half) and a fresh fake batch (second half). */
    private void prepareDiscriminatorBatch(int dStep) {
        data.fill(step * discriminatorSteps + dStep, batch, realHost);
        HostArrays.write(dInput, realHost);   // the real half: dInput's first rows
        Nd4j.getExecutioner().exec(new GaussianDistribution(z, 0.0, 1.0), rng);
        INDArray fake = generator.forward(z, true, rng);
        fakeHalf.assign(fake);
        if (tracer != null) {
            tracer.discriminatorBatch(realHost, z, fakeHalf);
        }
    }

    private float[][] split(INDArray scores) {
        float[] all = HostArrays.read(scores);
        float[] real = new float[batch];
        float[] fake = new float[batch];
        System.arraycopy(all, 0, real, 0, batch);
        System.arraycopy(all, batch, fake, 0, batch);
        if (tracer != null) {
            tracer.discriminatorScores(real, fake);
        }
        return new float[][]{real, fake};
    }

    /** D's loss and gradient for the batch in dInput; leaves D's parameter gradients in place. */
    private double[] discriminatorGradients(float[][] scores) {
        float[] gr = new float[batch];
        float[] gf = new float[batch];
        double dLoss = loss.discriminator(scores[0], scores[1], gr, gf);
        diagnosis.scored(scores[0], scores[1], gr, gf);
        discriminator.backward(HostArrays.write(lossGradBoth, gr, gf), true, false);
        diagnosis.discriminatorGradients();
        return new double[]{dLoss, loss.meanOutput(scores[0]), loss.meanOutput(scores[1])};
    }

    /** The TensorFlow article's order: both players' gradients from one forward pass, applied together. */
    private Outcome simultaneous() {
        for (int i = 0; i < discriminatorSteps - 1; i++) {
            Outcome o = discriminatorOnly(i);
            if (!o.discriminatorFinite()) {
                return o;
            }
        }
        prepareDiscriminatorBatch(discriminatorSteps - 1);
        float[][] scores = split(discriminator.forward(dInput, true, rng));
        double[] d = discriminatorGradients(scores);
        float[] gf = new float[batch];
        double gLoss = loss.generator(scores[1], gf);
        // G's gradient through the same D: back-propagate G's loss through the fake half only.
        INDArray gradFake = discriminator.inputGradient(HostArrays.write(lossGradFake, gf), batch);
        generator.backward(gradFake, true, false);
        diagnosis.generatorGradients();
        double dNorm = discriminator.gradientNorm();
        double gNorm = generator.gradientNorm();
        Outcome o = new Outcome(d[0], gLoss, d[1], d[2], dNorm, gNorm);
        if (finite(o)) {
            applyDiscriminator();
            applyGenerator();
        }
        return o;
    }

    private Outcome discriminatorOnly(int dStep) {
        prepareDiscriminatorBatch(dStep);
        float[][] scores = split(discriminator.forward(dInput, true, rng));
        double[] d = discriminatorGradients(scores);
        double dNorm = discriminator.gradientNorm();
        Outcome o = new Outcome(d[0], Double.NaN, d[1], d[2], dNorm, Double.NaN);
        if (o.discriminatorFinite()) {
            applyDiscriminator();
        }
        return o;
    }

    /** The PyTorch DCGAN order: update D, then train G against the updated D on the same fakes. */
    private Outcome sequential() {
        Outcome d = null;
        for (int i = 0; i < discriminatorSteps; i++) {
            d = discriminatorOnly(i);
            if (!d.discriminatorFinite()) {
                return d;
            }
        }
        double[] g = generatorUpdate();
        return new Outcome(d.dLoss, g[0], d.dReal, d.dFake, d.dNorm, g[1]);
    }

    /** G's update against the current D, on the fakes in the second half of dInput. Returns loss and norm. */
    private double[] generatorUpdate() {
        float[] scores = HostArrays.read(discriminator.forward(fakeHalf, true, rng));
        if (tracer != null) {
            tracer.generatorScores(scores);
        }
        float[] gf = new float[batch];
        double gLoss = loss.generator(scores, gf);
        INDArray gradFake = discriminator.inputGradient(HostArrays.write(lossGradFake, gf), 0);
        generator.backward(gradFake, true, false);
        diagnosis.generatorGradients();
        double gNorm = generator.gradientNorm();
        if (Double.isFinite(gLoss) && Double.isFinite(gNorm)) {
            applyGenerator();
        }
        return new double[]{gLoss, gNorm};
    }

    /**
     * One discriminator update only (a manual step in the app). Reported G figures are NaN; the
     * step counter advances like any step.
     */
    public StepMetrics trainDiscriminatorOnly() {
        long t0 = System.nanoTime();
        begin();
        Outcome o = discriminatorOnly(0);
        return finish(o, t0, o.discriminatorFinite());
    }

    /** One generator update only, against the current D on fresh fakes; reported D loss is NaN. */
    public StepMetrics trainGeneratorOnly() {
        long t0 = System.nanoTime();
        begin();
        prepareDiscriminatorBatch(0);
        double[] g = generatorUpdate();
        Outcome o = new Outcome(Double.NaN, g[0], Double.NaN, Double.NaN, Double.NaN, g[1]);
        return finish(o, t0, Double.isFinite(g[0]) && Double.isFinite(g[1]));
    }

    /**
     * Ends a step: when its figures or any value it changed are not finite, every parameter,
     * statistic and optimiser value goes back to what it was before the step.
     */
    private StepMetrics finish(Outcome o, long t0, boolean figuresFinite) {
        boolean ok = figuresFinite && rollback.changedStateFinite();
        if (!ok) {
            rollback.rollback();
        } else if (diagnosis.slowDue()) {
            diagnosis.batchSpread(dInput);
            diagnosis.heldOutScores(loss);
        }
        lastDiagnostics = diagnosis.result();
        generatorVersion++;
        if (++stepsRun == WARM_UP_STEPS) {
            NativeHeap.compactJavaHeapOnce();
        }
        NativeHeap.trimPeriodically();   // counted in the step's time: it is part of what training costs
        double millis = (System.nanoTime() - t0) / 1e6;
        lastDiverged = !ok;
        StepMetrics m = new StepMetrics(step, o.dLoss, o.gLoss, o.dReal, o.dFake, o.dNorm, o.gNorm, millis);
        if (tracer != null) {
            lastTrace = tracer.finish(m, ok);
            tracer = null;
        }
        if (ok) {
            step++;
        }
        return m;
    }

    /** The health figures of the most recent step (see {@link StepDiagnostics}). */
    public StepDiagnostics lastDiagnostics() {
        return lastDiagnostics;
    }

    /**
     * Fixed images D is scored on every few steps, to compare its output on images it trains on with images it
     * never sees: {@code count} training images and {@code count} held-out ones, channels-first in [-1, 1]
     * ({@code count} 0: none). The held-out images must be kept out of the batches.
     */
    public void setHeldOut(float[] trainImages, float[] heldOutImages, int count) {
        diagnosis.setHeldOut(trainImages, heldOutImages, count);
    }

    /** The loss in use (D's scores are read through it). */
    public GanLoss loss() {
        return loss;
    }

    /**
     * Switches, from the next step, to {@code next}'s loss, label smoothing and optimisers; the networks (same
     * architecture, batch, seed and update order required) keep their parameters. An optimiser of the same kind
     * keeps its state and takes the new learning rate; one of another kind starts fresh.
     */
    public void reconfigure(ExperimentConfig next) {
        if (!config.sameArchitecture(next) || next.batchSize() != config.batchSize() || next.seed() != config.seed()
                || next.updateOrder() != config.updateOrder()) {
            throw new IllegalArgumentException("only the loss, label smoothing, optimisers and D steps change live");
        }
        var problems = next.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + problems.get(0));
        }
        gOpt = carryOver(gOpt, next.generatorOptimizer(), generator.paramCount());
        dOpt = carryOver(dOpt, next.discriminatorOptimizer(), discriminator.paramCount());
        rollback = new StepRollback(generator, gOpt, discriminator, dOpt);
        loss = new GanLoss(next.loss(), next.labelSmoothing());
        diagnosis.setLossKind(next.loss());
        discriminatorSteps = next.discriminatorSteps();
        config = next;
    }

    private static Optimizer carryOver(Optimizer old, org.ganstudio.model.OptimizerSpec spec, long params) {
        if (old.spec().kind() == spec.kind() && old.spec().withLearningRate(spec.learningRate()).equals(spec)) {
            old.setLearningRate(spec.learningRate());
            return old;
        }
        return new Optimizer(spec, params);
    }

    /**
     * Makes the next step of any kind (full, D only, G only) a traced one: it runs exactly as an ordinary step (same
     * math, same random draws, same result), and {@link #takeTrace()} then returns what each stage did.
     */
    public void traceNextStep() {
        tracer = new StepTracer(config, generator, discriminator, loss, discriminatorSteps, step);
        lastTrace = null;
    }

    /** The trace of the step run after {@link #traceNextStep()}, once; null when there is none. */
    public StepTrace takeTrace() {
        StepTrace t = lastTrace;
        lastTrace = null;
        return t;
    }

    /**
     * Whether the most recent step of any kind produced a non-finite loss, gradient, update or
     * statistic; if so, nothing of it was kept (the state is the one before that step).
     */
    public boolean lastStepDiverged() {
        return lastDiverged;
    }

    private static boolean finite(Outcome o) {
        return Double.isFinite(o.dLoss) && Double.isFinite(o.gLoss) && Double.isFinite(o.dNorm)
                && Double.isFinite(o.gNorm);
    }

    /** SplitMix64 finaliser: well-spread seeds for consecutive steps. */
    static long mix(long seed, long step) {
        long x = seed * 0x9E3779B97F4A7C15L + step + 0x632BE59BD9B4E019L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /**
     * Generator images for the given latent vectors ({@code count x latentSize}, row-major), in
     * inference mode (running batch-norm statistics). Returns {@code count} images, channels-first, in [-1, 1].
     */
    public float[] generate(float[] latent, int count) {
        if (latent.length != count * config.latentSize()) {
            throw new IllegalArgumentException("expected " + count * config.latentSize() + " latent values, got "
                    + latent.length);
        }
        if (inference == null) {
            inference = InferenceNetwork.of(generator);
        } else if (inferenceVersion != generatorVersion) {
            inference.refresh();
        }
        inferenceVersion = generatorVersion;
        return inference.forward(latent, count);
    }

    public ExperimentConfig config() {
        return config;
    }

    /** Number of completed generator steps (the index of the next step). */
    public long completedSteps() {
        return step;
    }

    /** Also marks G as changed: called last when a checkpoint is restored. */
    public void setCompletedSteps(long step) {
        generatorVersion++;
        this.step = step;
    }

    public Network generator() {
        return generator;
    }

    public Network discriminator() {
        return discriminator;
    }

    public Optimizer generatorOptimizer() {
        return gOpt;
    }

    public Optimizer discriminatorOptimizer() {
        return dOpt;
    }

    /** Takes effect at the next step. */
    public void setLearningRates(double generatorLr, double discriminatorLr) {
        for (double lr : new double[]{generatorLr, discriminatorLr}) {
            if (!(lr > 0 && lr <= 1)) {
                throw new IllegalArgumentException("learning rate must be in (0, 1], was " + lr);
            }
        }
        gOpt.setLearningRate(generatorLr);
        dOpt.setLearningRate(discriminatorLr);
    }

    /** Takes effect at the next step. */
    public void setDiscriminatorSteps(int k) {
        if (k < 1 || k > 10) {
            throw new IllegalArgumentException("discriminator steps must be between 1 and 10");
        }
        this.discriminatorSteps = k;
    }

    public int discriminatorSteps() {
        return discriminatorSteps;
    }
}
