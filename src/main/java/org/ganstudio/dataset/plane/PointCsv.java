package org.ganstudio.dataset.plane;

import org.ganstudio.model.plane.PointCloud;
import org.ganstudio.model.plane.PlaneBounds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads points from a CSV of x,y (comma, semicolon or tab; an optional header line of non-numbers; blank lines and
 * lines starting with # are skipped) and scales them into the lab's square, keeping their aspect.
 */
public final class PointCsv {

    /** A line of the file could not be read as a point; the message names the line. */
    public static final class BadCsvException extends Exception {
        private final int line;

        BadCsvException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** 1-based line number, or 0 when the problem is the file as a whole. */
        public int line() {
            return line;
        }
    }

    public static final int MAX_POINTS = 1_000_000;

    private PointCsv() {
    }

    public static PointCloud read(Path file) throws IOException, BadCsvException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(file.getFileName().toString(), text);
    }

    public static PointCloud parse(String name, String text) throws BadCsvException {
        double[] xy = new double[64];
        int n = 0;
        int lineNo = 0;
        boolean sawData = false;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cells = t.split("\\s*[,;\\t]\\s*");
                if (cells.length != 2) {
                    throw new BadCsvException(name + ", line " + lineNo + ": expected two values x,y but found "
                            + cells.length + " (\"" + shorten(t) + "\")", lineNo);
                }
                double x;
                double y;
                try {
                    x = Double.parseDouble(cells[0]);
                    y = Double.parseDouble(cells[1]);
                } catch (NumberFormatException e) {
                    if (!sawData && n == 0 && !looksNumeric(cells[0]) && !looksNumeric(cells[1])) {
                        sawData = true;   // a header line such as "x,y"
                        continue;
                    }
                    throw new BadCsvException(name + ", line " + lineNo + ": \"" + shorten(t)
                            + "\" is not two numbers", lineNo);
                }
                sawData = true;
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new BadCsvException(name + ", line " + lineNo + ": the values must be finite", lineNo);
                }
                if (n / 2 >= MAX_POINTS) {
                    throw new BadCsvException(name + ", line " + lineNo + ": more than " + MAX_POINTS
                            + " points", lineNo);
                }
                if (n + 2 > xy.length) {
                    xy = Arrays.copyOf(xy, xy.length * 2);
                }
                xy[n++] = x;
                xy[n++] = y;
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);   // a StringReader does not fail
        }
        if (n == 0) {
            throw new BadCsvException(name + ": no x,y points found", 0);
        }
        return new PointCloud("csv:" + name, fit(Arrays.copyOf(xy, n)));
    }

    /** Centres the points and scales their larger half-range to the data square (a single point goes to 0,0). */
    static double[] fit(double[] xy) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        double half = Math.max(maxX - minX, maxY - minY) / 2;
        double scale = half > 0 ? PlaneBounds.DATA_EXTENT / half : 0;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double[] out = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            out[i] = (xy[i] - cx) * scale;
            out[i + 1] = (xy[i + 1] - cy) * scale;
        }
        return out;
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '+'
                || s.charAt(0) == '.');
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
