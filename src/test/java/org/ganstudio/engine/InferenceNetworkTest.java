package org.ganstudio.engine;

import org.ganstudio.engine.nn.InferenceNetwork;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folded inference generator computes what the training network computes in inference mode. */
class InferenceNetworkTest {

    @ParameterizedTest
    @EnumSource(Upsampling.class)
    void foldedBatchNormMatchesTheNetwork(Upsampling up) {
        ExperimentConfig c = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
        GeneratorSpec g = c.generator();
        c = c.withNetworks(c.latentSize(), new GeneratorSpec(g.startSize(), g.startChannels(), g.projectionBatchNorm(),
                g.projectionActivation(), g.projectionSlope(), up, g.blocks(), g.outputKernel(), g.outputStride()),
                c.discriminator());
        GanTrainer t = new GanTrainer(c, GanTrainerTest.squares());
        for (int i = 0; i < 5; i++) {
            t.trainStep();   // moves BN running statistics and gamma/beta away from their initial values
        }
        INDArray z = Nd4j.createFromArray(LatentNoise.gaussian(3, 5, c.latentSize())).reshape(5, c.latentSize());
        INDArray expected = t.generator().forward(z, false, null).dup();
        INDArray folded = InferenceNetwork.of(t.generator()).forward(z);
        assertTrue(expected.equalsWithEps(folded, 1e-4), "folded output differs");
        float[] viaTrainer = t.generate(LatentNoise.gaussian(3, 5, c.latentSize()), 5);
        assertTrue(expected.reshape(expected.length()).equalsWithEps(Nd4j.createFromArray(viaTrainer), 1e-4));
    }
}
