package org.ganstudio.ui.latent;

import org.ganstudio.model.LatentNoise;

/** How the latent explorer walks from endpoint A to endpoint B. */
public enum Interpolation {
    /** A straight line; midpoints have a smaller norm than typical Gaussian vectors, so images may fade. */
    LINEAR("Linear"),
    /** Along the great circle, keeping a typical norm all the way. */
    SPHERICAL("Spherical");

    private final String title;

    Interpolation(String title) {
        this.title = title;
    }

    public float[] apply(float[] a, float[] b, double t) {
        return this == LINEAR ? LatentNoise.lerp(a, b, t) : LatentNoise.slerp(a, b, t);
    }

    @Override
    public String toString() {
        return title;
    }
}
