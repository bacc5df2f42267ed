package org.ganstudio.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * A page of sliders over single latent dimensions: which dimensions they show, how many have one, and their values,
 * kept in step with the current vector without reporting those updates as the user's moves.
 */
final class DimensionSliders {

    private final int count;
    private final double range;
    private final IntegerProperty first = new SimpleIntegerProperty(this, "firstDimension", 0);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shownDimensions");
    private final List<DoubleProperty> values = new ArrayList<>();
    private boolean syncing;

    /** @param moved gets (dimension, value) when the user moves a slider */
    DimensionSliders(int count, double range, ObjIntConsumer<Double> moved) {
        this.count = count;
        this.range = range;
        for (int j = 0; j < count; j++) {
            int slot = j;
            DoubleProperty p = new SimpleDoubleProperty(this, "dimension" + j);
            p.addListener((obs, old, now) -> {
                if (!syncing) {
                    moved.accept(now.doubleValue(), first.get() + slot);
                }
            });
            values.add(p);
        }
    }

    IntegerProperty firstProperty() {
        return first;
    }

    ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    DoubleProperty value(int j) {
        return values.get(j);
    }

    boolean syncing() {
        return syncing;
    }

    /** First dimensions of the pages: 0, count, 2 count, ... */
    List<Integer> pages(int latentSize) {
        List<Integer> pages = new ArrayList<>();
        for (int d = 0; d < latentSize; d += count) {
            pages.add(d);
        }
        return pages;
    }

    /** Shows the dimensions of {@code z} on this page (clamped to the range); {@code latentSize} may exceed z's. */
    void show(float[] z, int latentSize) {
        int f = first.get();
        shown.set(Math.max(0, Math.min(count, latentSize - f)));
        syncing = true;
        try {
            for (int j = 0; j < count; j++) {
                int d = f + j;
                values.get(j).set(d < z.length ? Math.max(-range, Math.min(range, z[d])) : 0);
            }
        } finally {
            syncing = false;
        }
    }
}
