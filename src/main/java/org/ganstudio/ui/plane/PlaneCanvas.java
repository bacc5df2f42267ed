package org.ganstudio.ui.plane;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import org.ganstudio.imaging.PlanePalette;
import org.ganstudio.model.plane.PlaneBounds;
import org.ganstudio.model.plane.PlaneView;

/**
 * Draws one {@link PlaneView} (the newest the poller saw) on a square canvas: D's heatmap (smoothed), the latent
 * mesh mapped through G, real and generated points, G's pulls as arrows, and the brushed points. It redraws only
 * when the view, the size or a display option changes, so an unchanged frame costs nothing and training never
 * waits for drawing.
 */
final class PlaneCanvas extends Pane {

    private final Canvas canvas = new Canvas();
    private PlaneView view;
    private double[] brush = new double[0];
    private boolean mesh = true;
    private boolean arrows = true;
    private WritableImage heat;
    private int[] heatPixels = new int[0];

    PlaneCanvas() {
        getChildren().add(canvas);
        setMinSize(200, 200);
        widthProperty().subscribe(this::redraw);
        heightProperty().subscribe(this::redraw);
    }

    void show(PlaneView v, double[] brushed, boolean drawMesh, boolean drawArrows) {
        view = v;
        brush = brushed;
        mesh = drawMesh;
        arrows = drawArrows;
        redraw();
    }

    /** The side of the drawn square and its offsets in this pane. */
    double side() {
        return Math.max(1, Math.min(getWidth(), getHeight()));
    }

    double offsetX() {
        return (getWidth() - side()) / 2;
    }

    double offsetY() {
        return (getHeight() - side()) / 2;
    }

    /** Plane coordinates of a point in this pane. */
    double[] toPlane(double px, double py) {
        double s = side();
        return new double[]{(px - offsetX()) / s * 2 * PlaneBounds.EXTENT - PlaneBounds.EXTENT,
                PlaneBounds.EXTENT - (py - offsetY()) / s * 2 * PlaneBounds.EXTENT};
    }

    private double sx(double x) {
        return offsetX() + (x + PlaneBounds.EXTENT) / (2 * PlaneBounds.EXTENT) * side();
    }

    private double sy(double y) {
        return offsetY() + (PlaneBounds.EXTENT - y) / (2 * PlaneBounds.EXTENT) * side();
    }

    private void redraw() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        double s = side();
        PlaneView v = view;
        // nothing is drawn outside the plane's square
        g.save();
        g.beginPath();
        g.rect(offsetX(), offsetY(), s, s);
        g.clip();
        if (v != null) {
            drawHeat(g, v, s);
            if (mesh) {
                drawMesh(g, v);
            }
            dots(g, v.real(), argb(PlanePalette.REAL_POINT), 3);
            dots(g, v.generated(), argb(PlanePalette.FAKE_POINT), 3);
            if (arrows) {
                drawArrows(g, v);
            }
        }
        if (brush.length > 0) {
            double[] b = brush;
            g.setFill(Color.web("#d35400"));
            for (int i = 0; i + 1 < b.length; i += 2) {
                g.fillOval(sx(b[i]) - 2.5, sy(b[i + 1]) - 2.5, 5, 5);
            }
        }
        g.restore();
        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeRect(offsetX() + 0.5, offsetY() + 0.5, s - 1, s - 1);
    }

    private void drawHeat(GraphicsContext g, PlaneView v, double s) {
        int n = v.heatSize();
        if (heat == null || (int) heat.getWidth() != n) {
            heat = new WritableImage(n, n);
            heatPixels = new int[n * n];
        }
        float[] h = v.heat();
        for (int i = 0; i < n * n; i++) {
            heatPixels[i] = PlanePalette.heat(h[i], v.probabilistic());
        }
        heat.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), heatPixels, 0, n);
        g.setImageSmoothing(true);
        g.drawImage(heat, offsetX(), offsetY(), s, s);
    }

    private void drawMesh(GraphicsContext g, PlaneView v) {
        int m = v.meshSize();
        float[] p = v.mesh();
        g.setStroke(argb(PlanePalette.MESH));
        g.setLineWidth(0.8);
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                int k = 2 * (r * m + c);
                xs[c] = sx(p[k]);
                ys[c] = sy(p[k + 1]);
            }
            g.strokePolyline(xs, ys, m);
        }
        for (int c = 0; c < m; c++) {
            for (int r = 0; r < m; r++) {
                int k = 2 * (r * m + c);
                xs[r] = sx(p[k]);
                ys[r] = sy(p[k + 1]);
            }
            g.strokePolyline(xs, ys, m);
        }
    }

    private void dots(GraphicsContext g, float[] xy, Color c, double d) {
        g.setFill(c);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            g.fillOval(sx(xy[i]) - d / 2, sy(xy[i + 1]) - d / 2, d, d);
        }
    }

    private void drawArrows(GraphicsContext g, PlaneView v) {
        float[] p = v.pull();
        float[] f = v.generated();
        double longest = 1e-12;
        for (int i = 0; i < p.length; i += 2) {
            longest = Math.max(longest, Math.hypot(p[i], p[i + 1]));
        }
        double scale = 0.15 / longest;   // the strongest pull is drawn 0.15 plane units long
        g.setStroke(argb(PlanePalette.ARROW));
        g.setLineWidth(0.9);
        for (int i = 0; i < p.length; i += 4) {
            double x0 = sx(f[i]);
            double y0 = sy(f[i + 1]);
            double x1 = sx(f[i] + p[i] * scale);
            double y1 = sy(f[i + 1] + p[i + 1] * scale);
            g.strokeLine(x0, y0, x1, y1);
            double len = Math.hypot(x1 - x0, y1 - y0);
            if (len > 4) {
                double ux = (x1 - x0) / len;
                double uy = (y1 - y0) / len;
                g.strokeLine(x1, y1, x1 - 3 * ux - 2 * uy, y1 - 3 * uy + 2 * ux);
                g.strokeLine(x1, y1, x1 - 3 * ux + 2 * uy, y1 - 3 * uy - 2 * ux);
            }
        }
    }

    private static Color argb(int c) {
        return Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF, (c >>> 24) / 255.0);
    }
}
