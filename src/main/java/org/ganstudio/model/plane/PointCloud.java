package org.ganstudio.model.plane;


import java.util.List;
import java.util.Random;

/**
 * A finite set of points (from a CSV file or drawn with the brush) used as the real distribution: each sample is
 * one of the points, drawn uniformly with replacement.
 */
public final class PointCloud implements PlaneDistribution {

    private final String id;
    private final double[] xy;

    /** @param xy x0, y0, x1, y1, ... in plane coordinates; copied */
    public PointCloud(String id, double[] xy) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a point cloud needs at least one x,y pair");
        }
        this.id = id;
        this.xy = xy.clone();
    }

    @Override
    public String id() {
        return id;
    }

    public int size() {
        return xy.length / 2;
    }

    /** A copy of the points, x0, y0, x1, y1, ... */
    public double[] points() {
        return xy.clone();
    }

    @Override
    public void sample(Random rng, double[] out, int n) {
        int count = size();
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(count);
            out[2 * i] = xy[2 * k];
            out[2 * i + 1] = xy[2 * k + 1];
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
