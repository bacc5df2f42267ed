package org.ganstudio.ui.slowmo;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Horizontal bars, one per layer, D's in blue and G's in orange, each with its value; scaled to the largest. */
final class LayerBarsCanvas extends Canvas {

    static final Color D = Color.web("#3b6fd8");
    static final Color G = Color.web("#e08a1e");
    private static final double ROW = 22;

    LayerBarsCanvas(double width) {
        super(width, ROW);
        setId("layerBars");
    }

    void draw(List<LayerBar> bars) {
        setHeight(Math.max(ROW, bars.size() * ROW + 6));
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        g.clearRect(0, 0, w, getHeight());
        double max = 0;
        for (LayerBar b : bars) {
            max = Math.max(max, b.value());
        }
        double labelWidth = 170;
        double valueWidth = 80;
        double span = Math.max(10, w - labelWidth - valueWidth - 10);
        g.setFont(Font.font(12.5));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < bars.size(); i++) {
            LayerBar b = bars.get(i);
            double y = 3 + i * ROW;
            g.setFill(Color.web("#39404c"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(b.label(), labelWidth - 8, y + ROW / 2);
            double len = max > 0 ? span * b.value() / max : 0;
            g.setFill(b.ofGenerator() ? G : D);
            g.fillRect(labelWidth, y + 3, Math.max(1, len), ROW - 6);
            g.setFill(Color.web("#39404c"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(StageTexts.number(b.value()), labelWidth + len + 6, y + ROW / 2);
        }
    }
}
