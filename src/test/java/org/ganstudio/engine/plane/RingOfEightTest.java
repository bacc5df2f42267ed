package org.ganstudio.engine.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;
import org.junit.jupiter.api.Test;

/** Issue 16's done-when checks, trained headless: the default setting covers the ring, a lopsided one collapses. */
class RingOfEightTest {

    static PlaneQuality train(PlaneConfig config, int steps) {
        PlaneTrainer t = new PlaneTrainer(config, BuiltInDistribution.RING8);
        for (int i = 0; i < steps; i++) {
            t.trainStep();
        }
        return PlaneQuality.measure(steps, t.realPoints(7, 2000), t.generate(t.latents(8, 2000), 2000),
                BuiltInDistribution.RING8.modes());
    }

    @Test
    void defaultSettingCoversAllEightModesWithin3000Steps() {
        PlaneQuality q = train(PlaneConfig.defaults(), 3000);
        assertEquals(8, q.modesCovered(), q.toString());
        assertTrue(q.js() < 0.2, q.toString());
    }

    /** G learning 100 times faster than D: G chases D's few peaks and stays on some of the modes. */
    @Test
    void aFastGeneratorAgainstASlowDiscriminatorCollapses() {
        PlaneConfig lopsided = PlaneConfig.defaults()
                .withOptimizers(OptimizerSpec.adam(1e-2, 0.5), OptimizerSpec.adam(1e-4, 0.5));
        PlaneQuality q = train(lopsided, 3000);
        PlaneQuality good = train(PlaneConfig.defaults(), 3000);
        assertTrue(q.modesCovered() <= 4, q.toString());
        assertTrue(q.js() > good.js(), q + " vs " + good);
    }
}
