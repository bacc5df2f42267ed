package org.ganstudio.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/** Seeded parameter initialisation, drawn in Java so it is identical on every backend. */
final class Init {

    private Init() {
    }

    /** Glorot (Xavier) uniform, the Keras default the reference article relies on. */
    static void glorotUniform(INDArray w, long fanIn, long fanOut, SplittableRandom rng) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        float[] v = new float[(int) w.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
        w.assign(Nd4j.createFromArray(v).reshape(w.shape()));
    }
}
