package org.ganstudio.ui.slowmo;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.ganstudio.model.StepTrace;
import org.ganstudio.ui.common.Texts;

/**
 * D's outputs on one axis: a green dot per real image above the line, a red dot per fake below it. The axis runs
 * from 0 to 1 for probabilities, otherwise over the range of the scores (with 0 in it).
 */
final class ScoreStripCanvas extends Canvas {

    static final Color REAL = Color.web("#1f9d55");
    static final Color FAKE = Color.web("#d64545");

    ScoreStripCanvas(double width, double height) {
        super(width, height);
        setId("scoreStrip");
    }

    void draw(StepTrace t) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (t == null) {
            return;
        }
        float[] fakes = t.discriminatorUpdated() ? t.fakeOutputs() : t.generatorOutputs();
        double lo = 0;
        double hi = 1;
        if (!t.probabilistic()) {
            for (float[] a : new float[][]{t.realOutputs(), fakes}) {
                for (float v : a) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double left = 30;
        double right = w - 30;
        double mid = h / 2 - 8;
        g.setStroke(Color.web("#8a93a3"));
        g.setLineWidth(1.5);
        g.strokeLine(left, mid, right, mid);
        g.setFill(Color.web("#39404c"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int ticks = 4;
        for (int i = 0; i <= ticks; i++) {
            double v = lo + (hi - lo) * i / ticks;
            double x = left + (right - left) * i / ticks;
            g.strokeLine(x, mid - 4, x, mid + 4);
            g.fillText(String.format(java.util.Locale.ROOT, "%.2f", v), x, mid + 24);
        }
        g.fillText(Texts.get(t.probabilistic() ? "slowmo.scores.axisProb" : "slowmo.scores.axisRaw"), w / 2, h - 16);
        dots(g, t.realOutputs(), lo, hi, left, right, mid - 14, REAL);
        dots(g, fakes, lo, hi, left, right, mid + 14, FAKE);
    }

    private static void dots(GraphicsContext g, float[] values, double lo, double hi, double left, double right,
                             double y, Color colour) {
        g.setFill(colour.deriveColor(0, 1, 1, 0.7));
        for (int i = 0; i < values.length; i++) {
            double x = left + (right - left) * (values[i] - lo) / (hi - lo);
            double jitter = ((i * 7) % 5 - 2) * 2.0;   // spread equal scores a little, the same way every time
            g.fillOval(x - 5, y + jitter - 5, 10, 10);
        }
    }
}
