package org.ganstudio.ui.game;

import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The fool rate of each round against its training step: a few dots on a 0–100 % scale, 50 % marked. */
final class FoolRateChart extends Canvas {

    FoolRateChart(double width, double height) {
        super(width, height);
        draw(List.of());
    }

    void draw(List<RoundScore> rounds) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        double left = 34;
        double bottom = h - 14;
        double top = 8;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.gray(0.75));
        g.strokeRect(left, top, w - left - 8, bottom - top);
        g.setFill(Color.gray(0.35));
        g.fillText("100%", 2, top + 8);
        g.fillText("50%", 8, (top + bottom) / 2 + 4);
        g.fillText("0%", 14, bottom);
        g.setLineDashes(4, 4);
        g.strokeLine(left, (top + bottom) / 2, w - 8, (top + bottom) / 2);
        g.setLineDashes();
        List<RoundScore> points = rounds.stream().filter(r -> Double.isFinite(r.foolRate())).toList();
        if (points.isEmpty()) {
            return;
        }
        long first = points.get(0).step();
        long last = points.get(points.size() - 1).step();
        double span = Math.max(1, last - first);
        g.setStroke(Color.web("#3b6fd8"));
        g.setFill(Color.web("#3b6fd8"));
        double px = -1;
        double py = -1;
        for (RoundScore r : points) {
            double x = points.size() == 1 ? (left + w - 8) / 2 : left + 8 + (w - left - 24) * (r.step() - first) / span;
            double y = bottom - (bottom - top) * r.foolRate();
            if (px >= 0) {
                g.strokeLine(px, py, x, y);
            }
            g.fillOval(x - 4, y - 4, 8, 8);
            px = x;
            py = y;
        }
        g.setFill(Color.gray(0.35));
        g.fillText(Long.toString(first), left, h - 2);
        if (last != first) {
            g.fillText(Long.toString(last), w - 50, h - 2);
        }
    }
}
