package org.ganstudio.ui.lab;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the lab window goes: its bounds (when not maximised) and whether it is maximised. Saved at exit, and at
 * the next start fitted into the screens there are then, so a window saved on a screen that vanished, or larger
 * than today's screen, still opens whole and reachable.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** The size the lab is designed for; smaller screens get their whole visible area. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    /** Below this the panes scroll instead of shrinking further (fits 1366×768 at 150 %: 911×512). */
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 480;

    /**
     * The first start on {@code screen} (its visible bounds): the preferred size centred, or on a screen smaller than
     * that in either direction (a laptop's 1366×768, 1280×720) the whole visible screen, every pixel being needed.
     */
    public static WindowPlacement initial(Rectangle2D screen) {
        boolean small = screen.getWidth() < PREFERRED_WIDTH || screen.getHeight() < PREFERRED_HEIGHT;
        double w = small ? screen.getWidth() : PREFERRED_WIDTH;
        double h = small ? screen.getHeight() : PREFERRED_HEIGHT;
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    /**
     * These bounds moved and shrunk into the screen that holds most of them, or into {@code screens.get(0)} (the
     * primary) when none does; never smaller than the minimum size unless the screen is.
     */
    public WindowPlacement fittedTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D best = screens.get(0);
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double area = overlap(s);
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        if (bestArea <= 0 || !(width > 0) || !(height > 0)) {
            return initial(best).withMaximized(maximized);
        }
        double w = Math.min(Math.max(width, Math.min(MIN_WIDTH, best.getWidth())), best.getWidth());
        double h = Math.min(Math.max(height, Math.min(MIN_HEIGHT, best.getHeight())), best.getHeight());
        double nx = Math.max(best.getMinX(), Math.min(x, best.getMaxX() - w));
        double ny = Math.max(best.getMinY(), Math.min(y, best.getMaxY() - h));
        return new WindowPlacement(nx, ny, w, h, maximized);
    }

    public WindowPlacement withMaximized(boolean m) {
        return new WindowPlacement(x, y, width, height, m);
    }

    private double overlap(Rectangle2D s) {
        double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
