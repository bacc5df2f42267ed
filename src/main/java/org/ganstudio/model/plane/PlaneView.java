package org.ganstudio.model.plane;


import java.util.List;

/**
 * What the 2-D lab draws at one moment, computed on the engine thread (at most every ~50 ms while training) and
 * never changed afterwards: readers must not write into the arrays. Points are x0, y0, x1, y1, ... in plane
 * coordinates (see {@link org.ganstudio.model.plane.PlaneBounds}).
 *
 * @param real        a fixed sample of the real points
 * @param generated   G's points for a fixed set of latent vectors
 * @param pull        per generated point, where G's loss pushes it (minus its gradient through D), x and y
 * @param heat        D's output on a {@code heatSize x heatSize} grid over the plane, row 0 at the top; a
 *                    probability when {@code probabilistic}, else a raw score
 * @param mesh        a {@code meshSize x meshSize} grid in the first two latent dimensions (others 0) mapped
 *                    through G, row-major, x and y per node
 * @param quality     the quality measured every {@link PlaneRun#QUALITY_EVERY} steps, oldest first (thinned)
 */
public record PlaneView(long step, PlaneConfig config, String dataset, float[] real, float[] generated,
                        float[] pull, int heatSize, float[] heat, boolean probabilistic, int meshSize, float[] mesh,
                        List<PlaneQuality> quality) {

    public PlaneQuality latestQuality() {
        return quality.isEmpty() ? null : quality.get(quality.size() - 1);
    }

    public int generatedCount() {
        return generated.length / 2;
    }
}
