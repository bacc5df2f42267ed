package org.ganstudio.ui.plane;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import org.ganstudio.model.plane.PlaneQuality;

import java.util.List;
import org.ganstudio.ui.common.Texts;

/** JS divergence (0 to ln 2, purple) and the share of modes covered (0 to 1, green) over the steps. */
final class QualityChart extends Pane {

    private final Canvas canvas = new Canvas();
    private List<PlaneQuality> history = List.of();

    QualityChart() {
        getChildren().add(canvas);
        setMinHeight(90);
        setPrefHeight(110);
        widthProperty().subscribe(this::redraw);
        heightProperty().subscribe(this::redraw);
    }

    void show(List<PlaneQuality> q) {
        if (q != history) {
            history = q;
            redraw();
        }
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.gray(0.75));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        List<PlaneQuality> q = history;
        g.setFill(Color.gray(0.3));
        g.fillText("JS", 6, 14);
        if (!q.isEmpty() && q.get(0).modeCount() > 0) {
            g.setFill(Color.web("#1b7f3a"));
            g.fillText(Texts.get("plane.chart.modes"), 28, 14);
        }
        if (q.size() < 2) {
            return;
        }
        long last = Math.max(1, q.get(q.size() - 1).step());
        // at most one point per pixel column
        int stride = Math.max(1, (int) Math.ceil(q.size() / Math.max(1, w)));
        g.setLineWidth(1.5);
        g.setStroke(Color.web("#7b2fbf"));
        g.beginPath();
        for (int i = 0; i < q.size(); i += stride) {
            double x = q.get(i).step() / (double) last * (w - 4) + 2;
            double y = h - 2 - q.get(i).js() / Math.log(2) * (h - 20);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        if (q.get(0).modeCount() > 0) {
            g.setStroke(Color.web("#1b7f3a"));
            g.beginPath();
            for (int i = 0; i < q.size(); i += stride) {
                PlaneQuality p = q.get(i);
                double x = p.step() / (double) last * (w - 4) + 2;
                double y = h - 2 - p.modesCovered() / (double) p.modeCount() * (h - 20);
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
    }
}
