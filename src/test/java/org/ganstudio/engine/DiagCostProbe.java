package org.ganstudio.engine;

import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;

/** Times the pieces of the step diagnostics on the reference network (not a test). */
public final class DiagCostProbe {
    public static void main(String[] a) {
        var c = Presets.reference(new ImageShape(3, 32, 32));
        GanTrainer t = new GanTrainer(c, (i, n, out) -> java.util.Arrays.fill(out, 0.1f));
        for (int i = 0; i < 3; i++) t.trainStep();
        double[] dn = new double[t.discriminator().parameterLayerNames().size()];
        double[] gn = new double[t.generator().parameterLayerNames().size()];
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 10; i++) t.discriminator().layerGradientNorms(dn);
            long t1 = System.nanoTime();
            for (int i = 0; i < 10; i++) t.generator().layerGradientNorms(gn);
            long t2 = System.nanoTime();
            for (int i = 0; i < 10; i++) t.generator().paramNorm();
            long t3 = System.nanoTime();
            for (int i = 0; i < 10; i++) t.generator().gradientNorm();
            long t4 = System.nanoTime();
            var m = t.trainStep();
            System.out.printf("dLayers %.2f gLayers %.2f gParamNorm %.2f gGradNorm %.2f ms each; step %.0f diag %.1f%n",
                    (t1 - t0) / 1e7, (t2 - t1) / 1e7, (t3 - t2) / 1e7, (t4 - t3) / 1e7, m.stepMillis(), t.lastDiagnostics().millis());
        }
    }
}
