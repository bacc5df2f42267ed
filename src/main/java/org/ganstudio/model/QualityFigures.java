package org.ganstudio.model;

/**
 * One quality measurement of a generator against its training images, in the fixed random-feature space of the
 * engine's feature network (not Inception: the numbers compare runs on one dataset, never across datasets).
 *
 * @param step      the training step the generator had completed
 * @param fid       Fréchet distance between the Gaussians fitted to real and generated features (lower is better)
 * @param kid       unbiased squared MMD with the cubic polynomial kernel, mean over subsets (lower is better; can
 *                  dip just below zero when the samples match the data)
 * @param kidStd    standard deviation of the subset estimates of {@code kid}
 * @param precision fraction of generated samples that fall inside the real images' k-NN manifold (fidelity)
 * @param recall    fraction of real images inside the generated samples' manifold (diversity)
 * @param density   how many real neighbourhoods a sample lies in, relative to k (≈ 1 for samples like the data)
 * @param coverage  fraction of real images with a generated sample inside their neighbourhood
 * @param diversity mean pairwise feature distance of the fixed-noise grid divided by that of real images
 *                  (≈ 1 as varied as the data, near 0 when the grid collapsed to one image)
 * @param samples   generated images measured
 * @param millis    time the measurement took on the engine thread
 */
public record QualityFigures(long step, double fid, double kid, double kidStd, double precision, double recall,
                             double density, double coverage, double diversity, int samples, long millis) {

    public static final String CSV_HEADER =
            "step,fid,kid,kid_std,precision,recall,density,coverage,grid_diversity,samples,quality_ms";

    public QualityFigures {
        double[] all = {fid, kid, kidStd, precision, recall, density, coverage, diversity};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("quality figures must be finite");
            }
        }
    }

    public String csvLine() {
        return String.format(java.util.Locale.ROOT, "%d,%.4f,%.6f,%.6f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d", step, fid, kid,
                kidStd, precision, recall, density, coverage, diversity, samples, millis);
    }
}
