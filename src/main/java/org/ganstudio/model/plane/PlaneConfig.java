package org.ganstudio.model.plane;

import org.ganstudio.model.Activation;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines a 2-D experiment apart from its points: two small MLPs, the loss, one optimiser per
 * network, D steps per G step, the update order, the batch and the seed. Immutable.
 */
public record PlaneConfig(int latentSize, MlpSpec generator, MlpSpec discriminator, LossKind loss,
                          OptimizerSpec generatorOptimizer, OptimizerSpec discriminatorOptimizer,
                          int discriminatorSteps, UpdateOrder updateOrder, int batchSize, long seed) {

    public static final int MIN_LATENT = 2;
    public static final int MAX_LATENT = 16;

    /** The default setting: covers the ring of 8 Gaussians (see the 2-D lab tests). */
    public static PlaneConfig defaults() {
        return new PlaneConfig(2, new MlpSpec(2, 32, Activation.RELU), new MlpSpec(2, 32, Activation.RELU),
                LossKind.NON_SATURATING, OptimizerSpec.adam(1e-3, 0.5), OptimizerSpec.adam(1e-3, 0.5),
                1, UpdateOrder.SIMULTANEOUS, 256, 1);
    }

    public PlaneConfig withSeed(long s) {
        return new PlaneConfig(latentSize, generator, discriminator, loss, generatorOptimizer, discriminatorOptimizer,
                discriminatorSteps, updateOrder, batchSize, s);
    }

    public PlaneConfig withLatentSize(int n) {
        return new PlaneConfig(n, generator, discriminator, loss, generatorOptimizer, discriminatorOptimizer,
                discriminatorSteps, updateOrder, batchSize, seed);
    }

    public PlaneConfig withNetworks(MlpSpec g, MlpSpec d) {
        return new PlaneConfig(latentSize, g, d, loss, generatorOptimizer, discriminatorOptimizer,
                discriminatorSteps, updateOrder, batchSize, seed);
    }

    public PlaneConfig withLoss(LossKind l) {
        return new PlaneConfig(latentSize, generator, discriminator, l, generatorOptimizer, discriminatorOptimizer,
                discriminatorSteps, updateOrder, batchSize, seed);
    }

    public PlaneConfig withOptimizers(OptimizerSpec g, OptimizerSpec d) {
        return new PlaneConfig(latentSize, generator, discriminator, loss, g, d, discriminatorSteps, updateOrder,
                batchSize, seed);
    }

    public PlaneConfig withTraining(int dSteps, UpdateOrder order, int batch) {
        return new PlaneConfig(latentSize, generator, discriminator, loss, generatorOptimizer, discriminatorOptimizer,
                dSteps, order, batch, seed);
    }

    /** Every problem, in words a user can act on; empty when the config can be trained. */
    public List<String> validate() {
        List<String> p = new ArrayList<>();
        if (latentSize < MIN_LATENT || latentSize > MAX_LATENT) {
            p.add("latent size must be between " + MIN_LATENT + " and " + MAX_LATENT);
        }
        network(p, "generator", generator);
        network(p, "discriminator", discriminator);
        if (loss == null) {
            p.add("loss is missing");
        }
        if (updateOrder == null) {
            p.add("update order is missing");
        }
        optimizer(p, "generator", generatorOptimizer);
        optimizer(p, "discriminator", discriminatorOptimizer);
        if (discriminatorSteps < 1 || discriminatorSteps > 10) {
            p.add("discriminator steps per generator step must be between 1 and 10");
        }
        if (batchSize < 2 || batchSize > 4096) {
            p.add("batch size must be between 2 and 4096");
        }
        return p;
    }

    private static void network(List<String> p, String name, MlpSpec s) {
        if (s == null) {
            p.add(name + " is missing");
            return;
        }
        if (s.hiddenLayers() < 0 || s.hiddenLayers() > 8) {
            p.add(name + ": hidden layers must be between 0 and 8");
        }
        if (s.units() < 1 || s.units() > 512) {
            p.add(name + ": units per layer must be between 1 and 512");
        }
        if (s.activation() == null) {
            p.add(name + ": activation is missing");
        }
    }

    private static void optimizer(List<String> p, String name, OptimizerSpec o) {
        if (o == null || o.kind() == null) {
            p.add(name + " optimizer is missing");
        } else if (!(o.learningRate() > 0 && o.learningRate() <= 1)) {
            p.add(name + " learning rate must be in (0, 1]");
        }
    }
}
