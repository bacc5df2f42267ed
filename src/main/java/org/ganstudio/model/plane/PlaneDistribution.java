package org.ganstudio.model.plane;


import java.util.List;
import java.util.Random;

/** Where the real points of a 2-D experiment come from. */
public interface PlaneDistribution {

    /** A short name for files and the CLI ({@code ring8}, {@code csv:points.csv}, ...). */
    String id();

    /** Fills {@code out} with {@code n} points as x0, y0, x1, y1, ... drawn with {@code rng}. */
    void sample(Random rng, double[] out, int n);

    /** The components when this is a Gaussian mixture (for "modes covered"); empty otherwise. */
    List<Mode> modes();
}
