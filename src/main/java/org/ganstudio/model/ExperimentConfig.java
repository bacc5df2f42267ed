package org.ganstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines an experiment apart from the data itself. Immutable and JSON-serialisable
 * (see {@link ConfigJson}); {@link #validate()} lists every problem in words a user can act on.
 */
public record ExperimentConfig(ImageShape imageShape, int latentSize, GeneratorSpec generator,
                               DiscriminatorSpec discriminator, LossKind loss,
                               OptimizerSpec generatorOptimizer, OptimizerSpec discriminatorOptimizer,
                               int discriminatorSteps, double labelSmoothing, int batchSize, long seed,
                               UpdateOrder updateOrder) {

    /** One invalid field and why. {@code field} is a dotted path such as {@code generatorOptimizer.learningRate}. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** The field of the problem {@link #validate(long)} reports when the run would not fit in memory. */
    public static final String MEMORY_FIELD = "memory";

    /** Every problem, including a size this machine cannot hold ({@link MemoryBudget#available()}). */
    public List<Problem> validate() {
        return validate(MemoryBudget.available());
    }

    /**
     * Every problem in words a user can act on. When every field is in range, also estimates the
     * memory the run needs ({@link MemoryEstimate}) and refuses it above {@code memoryLimitBytes},
     * before anything is built.
     */
    public List<Problem> validate(long memoryLimitBytes) {
        List<Problem> p = new ArrayList<>();
        if (imageShape == null) {
            p.add(new Problem("imageShape", "image shape is missing"));
        }
        range(p, "latentSize", latentSize, 1, 1024, "latent size");
        range(p, "batchSize", batchSize, 2, 1024, "batch size");
        range(p, "discriminatorSteps", discriminatorSteps, 1, 10, "discriminator steps per generator step");
        if (!(labelSmoothing >= 0 && labelSmoothing < 0.5)) {
            p.add(new Problem("labelSmoothing", "label smoothing must be in [0, 0.5)"));
        }
        if (loss == null) {
            p.add(new Problem("loss", "loss is missing"));
        }
        if (updateOrder == null) {
            p.add(new Problem("updateOrder", "update order is missing"));
        }
        optimizer(p, "generatorOptimizer", generatorOptimizer);
        optimizer(p, "discriminatorOptimizer", discriminatorOptimizer);
        if (generator == null) {
            p.add(new Problem("generator", "generator is missing"));
        } else {
            range(p, "generator.startSize", generator.startSize(), 1, 64, "start size");
            range(p, "generator.startChannels", generator.startChannels(), 1, 2048, "start channels");
            slope(p, "generator.projectionSlope", generator.projectionSlope());
            range(p, "generator.outputKernel", generator.outputKernel(), 1, 11, "output kernel");
            range(p, "generator.outputStride", generator.outputStride(), 1, 4, "output stride");
            blocks(p, "generator.blocks", generator.blocks(), true);
            for (int i = 0; i < generator.blocks().size(); i++) {
                BlockSpec b = generator.blocks().get(i);
                if (b.stride() > b.kernel()) {
                    p.add(new Problem("generator.blocks[" + i + "].stride", "stride must not exceed the kernel size"));
                }
            }
            if (generator.outputStride() > generator.outputKernel()) {
                p.add(new Problem("generator.outputStride", "stride must not exceed the kernel size"));
            }
            if (imageShape != null && (imageShape.height() != imageShape.width()
                    || generator.outputSize() != imageShape.height())) {
                p.add(new Problem("generator", "generator makes " + generator.outputSize() + "x" + generator.outputSize()
                        + " images but the data is " + imageShape.width() + "x" + imageShape.height()
                        + " (start size x strides must equal the image size)"));
            }
        }
        if (discriminator == null) {
            p.add(new Problem("discriminator", "discriminator is missing"));
        } else {
            blocks(p, "discriminator.blocks", discriminator.blocks(), false);
            if (discriminator.blocks().isEmpty()) {
                p.add(new Problem("discriminator.blocks", "discriminator needs at least one block"));
            }
            if (imageShape != null) {
                int size = imageShape.height();
                for (BlockSpec b : discriminator.blocks()) {
                    size = b.stride() > 0 ? (size + b.stride() - 1) / b.stride() : size;
                }
                if (size < 1) {
                    p.add(new Problem("discriminator.blocks", "discriminator strides shrink the image below one pixel"));
                }
            }
        }
        if (p.isEmpty()) {
            MemoryEstimate e = MemoryEstimate.of(this);
            if (e.bytesNeeded() > memoryLimitBytes) {
                p.add(new Problem(MEMORY_FIELD, "this configuration needs " + e.describe() + " but this machine can give "
                        + MemoryBudget.describe(memoryLimitBytes) + "; use fewer filters, a smaller batch or smaller images"));
            }
        }
        return p;
    }

    /** The memory estimate, or null while some field is out of range (the estimate would mean nothing). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public MemoryEstimate memoryEstimate() {
        return validate(Long.MAX_VALUE).isEmpty() ? MemoryEstimate.of(this) : null;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isValid() {
        return validate().isEmpty();
    }

    private static void range(List<Problem> p, String field, int v, int lo, int hi, String what) {
        if (v < lo || v > hi) {
            p.add(new Problem(field, what + " must be between " + lo + " and " + hi + ", was " + v));
        }
    }

    private static void slope(List<Problem> p, String field, double v) {
        if (!(v >= 0 && v < 1)) {
            p.add(new Problem(field, "leaky ReLU slope must be in [0, 1)"));
        }
    }

    private static void optimizer(List<Problem> p, String field, OptimizerSpec o) {
        if (o == null || o.kind() == null) {
            p.add(new Problem(field, "optimizer is missing"));
            return;
        }
        if (!(o.learningRate() > 0 && o.learningRate() <= 1)) {
            p.add(new Problem(field + ".learningRate", "learning rate must be in (0, 1]"));
        }
        if (!(o.beta1() >= 0 && o.beta1() < 1)) {
            p.add(new Problem(field + ".beta1", "beta1 must be in [0, 1)"));
        }
        if (!(o.beta2() >= 0 && o.beta2() < 1)) {
            p.add(new Problem(field + ".beta2", "beta2 must be in [0, 1)"));
        }
        if (!(o.momentum() >= 0 && o.momentum() < 1)) {
            p.add(new Problem(field + ".momentum", "momentum must be in [0, 1)"));
        }
        if (!(o.epsilon() > 0 && o.epsilon() <= 1e-1)) {
            p.add(new Problem(field + ".epsilon", "epsilon must be in (0, 0.1]"));
        }
    }

    private static void blocks(List<Problem> p, String field, List<BlockSpec> blocks, boolean generator) {
        if (blocks.size() > 8) {
            p.add(new Problem(field, "at most 8 blocks"));
        }
        for (int i = 0; i < blocks.size(); i++) {
            BlockSpec b = blocks.get(i);
            String f = field + "[" + i + "]";
            range(p, f + ".filters", b.filters(), 1, 1024, "filters");
            range(p, f + ".kernel", b.kernel(), 1, 11, "kernel size");
            range(p, f + ".stride", b.stride(), 1, 4, "stride");
            if (b.activation() == null) {
                p.add(new Problem(f + ".activation", "activation is missing"));
            }
            slope(p, f + ".slope", b.slope());
            if (!(b.dropout() >= 0 && b.dropout() < 1)) {
                p.add(new Problem(f + ".dropout", "dropout must be in [0, 1)"));
            }
        }
    }

    public ExperimentConfig withImageShape(ImageShape s) {
        return new ExperimentConfig(s, latentSize, generator, discriminator, loss, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, batchSize, seed, updateOrder);
    }

    public ExperimentConfig withSeed(long s) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, loss, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, batchSize, s, updateOrder);
    }

    public ExperimentConfig withBatchSize(int b) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, loss, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, b, seed, updateOrder);
    }

    public ExperimentConfig withLoss(LossKind l) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, l, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, batchSize, seed, updateOrder);
    }

    public ExperimentConfig withUpdateOrder(UpdateOrder o) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, loss, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, batchSize, seed, o);
    }

    public ExperimentConfig withOptimizers(OptimizerSpec g, OptimizerSpec d) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, loss, g, d,
                discriminatorSteps, labelSmoothing, batchSize, seed, updateOrder);
    }

    public ExperimentConfig withDiscriminatorSteps(int k) {
        return new ExperimentConfig(imageShape, latentSize, generator, discriminator, loss, generatorOptimizer,
                discriminatorOptimizer, k, labelSmoothing, batchSize, seed, updateOrder);
    }

    public ExperimentConfig withNetworks(int latent, GeneratorSpec g, DiscriminatorSpec d) {
        return new ExperimentConfig(imageShape, latent, g, d, loss, generatorOptimizer,
                discriminatorOptimizer, discriminatorSteps, labelSmoothing, batchSize, seed, updateOrder);
    }

    /** Whether two configs build networks of the same architecture (so parameters can carry over). */
    public boolean sameArchitecture(ExperimentConfig o) {
        return o != null && java.util.Objects.equals(imageShape, o.imageShape) && latentSize == o.latentSize
                && java.util.Objects.equals(generator, o.generator) && java.util.Objects.equals(discriminator, o.discriminator);
    }
}
