package org.ganstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The quality measurements of one run, oldest first, bounded (thinned evenly, keeping the first and the newest),
 * immutable. {@code unavailable} says in plain words why quality cannot be measured for this run (too few images,
 * images too small), or is null.
 */
public record QualityHistory(List<QualityFigures> points, String unavailable) {

    public static final int MAX_POINTS = 1000;
    public static final QualityHistory EMPTY = new QualityHistory(List.of(), null);

    public QualityHistory {
        points = List.copyOf(points);
    }

    public QualityHistory with(QualityFigures next) {
        List<QualityFigures> list = new ArrayList<>(points);
        list.add(next);
        if (list.size() > MAX_POINTS) {
            List<QualityFigures> thinned = new ArrayList<>();
            for (int i = 0; i < list.size() - 1; i += 2) {
                thinned.add(list.get(i));
            }
            thinned.add(list.get(list.size() - 1));
            list = thinned;
        }
        return new QualityHistory(list, unavailable);
    }

    public QualityHistory unavailable(String reason) {
        return new QualityHistory(points, reason);
    }

    /** The newest measurement, or null. */
    public QualityFigures latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
