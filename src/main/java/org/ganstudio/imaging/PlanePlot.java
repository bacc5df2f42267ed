package org.ganstudio.imaging;

import org.ganstudio.model.plane.PlaneBounds;
import org.ganstudio.model.plane.PlaneView;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A 2-D lab picture for files: D's heatmap, the latent mesh, real and generated points, G's pulls as arrows. */
public final class PlanePlot {

    private PlanePlot() {
    }

    public static BufferedImage render(PlaneView v, int size, String caption) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int n = v.heatSize();
        for (int y = 0; y < size; y++) {
            int r = Math.min(n - 1, y * n / size);
            for (int x = 0; x < size; x++) {
                int c = Math.min(n - 1, x * n / size);
                img.setRGB(x, y, PlanePalette.heat(v.heat()[r * n + c], v.probabilistic()));
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double scale = size / (2 * PlaneBounds.EXTENT);
        g.setColor(new Color(PlanePalette.MESH, true));
        g.setStroke(new BasicStroke(1f));
        int m = v.meshSize();
        float[] mesh = v.mesh();
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                int k = 2 * (r * m + c);
                if (c + 1 < m) {
                    g.draw(line(mesh[k], mesh[k + 1], mesh[k + 2], mesh[k + 3], scale, size));
                }
                if (r + 1 < m) {
                    int d = k + 2 * m;
                    g.draw(line(mesh[k], mesh[k + 1], mesh[d], mesh[d + 1], scale, size));
                }
            }
        }
        dots(g, v.real(), new Color(PlanePalette.REAL_POINT), scale, size);
        dots(g, v.generated(), new Color(PlanePalette.FAKE_POINT), scale, size);
        g.setColor(new Color(PlanePalette.ARROW));
        float[] p = v.pull();
        float[] f = v.generated();
        double longest = 1e-12;
        for (int i = 0; i < p.length; i += 2) {
            longest = Math.max(longest, Math.hypot(p[i], p[i + 1]));
        }
        double arrow = 0.12 / longest;   // the strongest pull is drawn 0.12 plane units long
        for (int i = 0; i < p.length; i += 4) {   // every other point: readable arrows
            g.draw(line(f[i], f[i + 1], f[i] + p[i] * arrow, f[i + 1] + p[i + 1] * arrow, scale, size));
        }
        if (caption != null) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, size / 45)));
            g.drawString(caption, 8, size - 8);
        }
        g.dispose();
        return img;
    }

    public static void writePng(Path file, PlaneView v, int size, String caption) throws IOException {
        ImageFiles.writePng(file, render(v, size, caption));
    }

    private static void dots(Graphics2D g, float[] xy, Color c, double scale, int size) {
        g.setColor(c);
        double r = Math.max(1.5, size / 240.0);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = (xy[i] + PlaneBounds.EXTENT) * scale;
            double y = size - (xy[i + 1] + PlaneBounds.EXTENT) * scale;
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    private static Line2D line(double x0, double y0, double x1, double y1, double scale, int size) {
        return new Line2D.Double((x0 + PlaneBounds.EXTENT) * scale, size - (y0 + PlaneBounds.EXTENT) * scale,
                (x1 + PlaneBounds.EXTENT) * scale, size - (y1 + PlaneBounds.EXTENT) * scale);
    }
}
