package org.ganstudio.model;

import java.util.List;
import java.util.Locale;

/**
 * The health figures of one training step, computed on the engine thread from values the step has anyway (D's
 * scores and loss gradients, both networks' gradients and updates) plus, every few steps, one inference pass of D
 * over a held-out slice of the real images. Immutable; arrays are not copied, so do not change them.
 *
 * @param dAccuracyReal  share of the real batch D classifies as real (score above its decision threshold)
 * @param dAccuracyFake  share of the fake batch D classifies as fake
 * @param dSaturated     share of D's outputs on the batch it is certain about: its own loss gradient is (nearly)
 *                       zero there, so D learns nothing from them, and with the minimax loss neither does G
 * @param dUpdateRatio   size of D's last update divided by the size of its parameters (both L2 norms)
 * @param gUpdateRatio   the same for G; NaN when G was not updated
 * @param dHeldOut       D's mean output on the held-out real images (NaN on steps where it was not measured)
 * @param dTrainSlice    D's mean output on as many fixed training images, in the same pass (NaN likewise)
 * @param fakeDiversity  spread of the fake batch (mean per-pixel standard deviation over the batch) divided by the
 *                       spread of the real batch: near 1 as varied as the data, near 0 when the fakes repeat
 * @param millis         what computing these figures cost in this step
 * @param dLayerNorms    gradient norm per parameter-bearing layer of D, in layer order (before the update)
 * @param gLayerNorms    the same for G (NaN entries when G was not updated)
 * @param dLayers        names of D's parameter-bearing layers, e.g. {@code conv0}, {@code dense2}
 * @param gLayers        the same for G
 */
public record StepDiagnostics(double dAccuracyReal, double dAccuracyFake, double dSaturated, double dUpdateRatio,
                              double gUpdateRatio, double dHeldOut, double dTrainSlice, double fakeDiversity,
                              double millis, double[] dLayerNorms, double[] gLayerNorms, List<String> dLayers,
                              List<String> gLayers) {

    /** The fixed columns {@code metrics.csv} gets after {@link MetricsHistory#CSV_HEADER}, in this order. */
    public static final String CSV_HEADER = "d_acc_real,d_acc_fake,d_saturated,d_update_ratio,g_update_ratio,"
            + "d_heldout,d_train_slice,fake_diversity,diag_ms";

    public static final StepDiagnostics NONE = new StepDiagnostics(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, new double[0], new double[0], List.of(), List.of());

    /** D's held-out gap: its mean output on training images minus that on held-out ones (NaN when not measured). */
    public double heldOutGap() {
        return dTrainSlice - dHeldOut;
    }

    /**
     * The full header of {@code metrics.csv} for networks with these layers: the step metrics, the fixed columns
     * above, then one {@code d_grad_norm_<layer>} column per layer of D and one {@code g_grad_norm_<layer>} per layer
     * of G (layer names as in {@link #dLayers}).
     */
    public static String csvHeader(List<String> dLayers, List<String> gLayers) {
        StringBuilder sb = new StringBuilder(MetricsHistory.CSV_HEADER).append(',').append(CSV_HEADER);
        dLayers.forEach(l -> sb.append(",d_grad_norm_").append(l));
        gLayers.forEach(l -> sb.append(",g_grad_norm_").append(l));
        return sb.toString();
    }

    /** This step's fields for {@link #csvHeader}, after the step metrics' own ({@code MetricsHistory.csvLine}). */
    public String csvFields(int dLayerCount, int gLayerCount) {
        StringBuilder sb = new StringBuilder();
        for (double v : new double[]{dAccuracyReal, dAccuracyFake, dSaturated, dUpdateRatio, gUpdateRatio, dHeldOut,
                dTrainSlice, fakeDiversity}) {
            sb.append(format(v)).append(',');
        }
        sb.append(String.format(Locale.ROOT, "%.3f", millis));
        for (int i = 0; i < dLayerCount; i++) {
            sb.append(',').append(format(i < dLayerNorms.length ? dLayerNorms[i] : Double.NaN));
        }
        for (int i = 0; i < gLayerCount; i++) {
            sb.append(',').append(format(i < gLayerNorms.length ? gLayerNorms[i] : Double.NaN));
        }
        return sb.toString();
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "NaN";
    }
}
