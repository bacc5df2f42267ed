package org.ganstudio.ui.quality;

import java.util.Locale;

import org.ganstudio.model.QualityFigures;
import org.ganstudio.ui.common.Texts;

/** The quality feature's words (from the quality bundle) and number formats in one place. */
final class QualityTexts {

    private QualityTexts() {
    }

    static String chartTitle() {
        return Texts.get("quality.chartTitle");
    }

    static String axisStep() {
        return Texts.get("quality.axisStep");
    }

    static String axisFid() {
        return Texts.get("quality.axisFid");
    }

    static String seriesFid() {
        return Texts.get("quality.seriesFid");
    }

    static String notYet() {
        return Texts.get("quality.notYet");
    }

    static String neighboursTitle() {
        return Texts.get("quality.neighboursTitle");
    }

    static String find() {
        return Texts.get("quality.find");
    }

    static String cell() {
        return Texts.get("quality.cell");
    }

    static String searching() {
        return Texts.get("quality.searching");
    }

    static String noRun() {
        return Texts.get("quality.noRun");
    }

    static String explanation() {
        return Texts.get("quality.explanation");
    }

    static String status(QualityFigures q) {
        return Texts.get("quality.status", number(q.fid()), two(q.precision()), two(q.recall()));
    }

    static String details(QualityFigures q) {
        return Texts.get("quality.details", Long.toString(q.step()), number(q.fid()),
                String.format(Locale.ROOT, "%.4f", q.kid()), String.format(Locale.ROOT, "%.4f", q.kidStd()),
                two(q.precision()), two(q.recall()), two(q.density()), two(q.coverage()), two(q.diversity()),
                Integer.toString(q.samples()), Long.toString(q.millis())) + "\n\n" + explanation();
    }

    static String unavailable(String reason) {
        return Texts.get("quality.unavailable", reason);
    }

    static String neighbours(long step, int cell, double[] distances, double typical, int indexed) {
        StringBuilder list = new StringBuilder();
        for (double d : distances) {
            list.append(String.format(Locale.ROOT, " %.2f", d));
        }
        return Texts.get("quality.neighbours", Integer.toString(cell), Long.toString(step), Integer.toString(indexed),
                list.toString(), two(typical));
    }

    static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
