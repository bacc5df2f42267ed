package org.ganstudio.ui.quality;

import java.util.Locale;

import org.ganstudio.model.QualityFigures;

/**
 * The quality feature's words and number formats in one place (to move into the resource bundles with the rest of
 * the UI's strings).
 */
final class QualityTexts {

    static final String CHART_TITLE = "Quality (lower is better)";
    static final String AXIS_STEP = "step";
    static final String AXIS_FID = "Fréchet distance";
    static final String SERIES_FID = "FID (random features)";
    static final String NOT_YET = "Quality: not measured yet";
    static final String NEIGHBOURS_TITLE = "Nearest training images (memorisation check)";
    static final String FIND = "Find nearest";
    static final String CELL = "Grid cell";
    static final String SEARCHING = "Searching the training images…";
    static final String NO_RUN = "Create or open an experiment first.";

    static final String EXPLANATION = """
            Quality compares 512 generated images with the real ones, in the features of a fixed random \
            convolutional network (no download; the same on every computer).
            FID (Fréchet distance): how far apart the two clouds of features are; lower is better, 0 is \
            indistinguishable. KID: the same idea, unbiased for small samples.
            Precision: share of samples that look like some real image (fidelity). Recall: share of real images \
            the samples reach (variety). Grid diversity: how varied the 64-image grid is, relative to real images \
            (near 0 means collapse).
            The numbers compare runs on this dataset only, never across datasets.""";

    private QualityTexts() {
    }

    static String status(QualityFigures q) {
        return String.format(Locale.ROOT, "FID %s · precision %.2f · recall %.2f", number(q.fid()), q.precision(),
                q.recall());
    }

    static String details(QualityFigures q) {
        return String.format(Locale.ROOT, "At step %d: FID %s, KID %.4f ± %.4f, precision %.2f, recall %.2f, "
                        + "density %.2f, coverage %.2f, grid diversity %.2f (%d samples, %d ms)%n%n", q.step(),
                number(q.fid()), q.kid(), q.kidStd(), q.precision(), q.recall(), q.density(), q.coverage(),
                q.diversity(), q.samples(), q.millis()) + EXPLANATION;
    }

    static String unavailable(String reason) {
        return "Quality unavailable: " + reason;
    }

    static String neighbours(long step, int cell, double[] distances, double typical, int indexed) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Cell %d at step %d, then its nearest of %d training images. Distances:", cell, step, indexed));
        for (double d : distances) {
            sb.append(String.format(Locale.ROOT, " %.2f", d));
        }
        sb.append(String.format(Locale.ROOT, " (a real image's nearest other real image: about %.2f; much less "
                + "means a near copy).", typical));
        return sb.toString();
    }

    static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
