package org.ganstudio.ui.quality;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.session.NearestImages;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;

/**
 * The quality chart's points, the status-line figure with its explanation, and the nearest-neighbour check for one
 * grid cell. Reads the session's snapshots only; the neighbour search runs on the engine thread and its answer is
 * handed back on the UI thread. Points are finite by construction ({@link QualityFigures} refuses NaN); when quality
 * is unavailable the chart stays empty and the text says why.
 */
public final class QualityViewModel {

    /** Training images shown beside the generated one. */
    public static final int NEIGHBOURS = 6;
    private static final int TILE_MIN_SIDE = 64;

    /** The chart's points, step against FID, oldest first. */
    public record Points(double[] steps, double[] fid) {
    }

    private final TrainingControl session;
    private final Consumer<Runnable> uiThread;
    private final ReadOnlyObjectWrapper<Points> points = new ReadOnlyObjectWrapper<>(this, "points",
            new Points(new double[0], new double[0]));
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation",
            QualityTexts.explanation());
    private final IntegerProperty cell = new SimpleIntegerProperty(this, "cell", 0);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper hasRun = new ReadOnlyBooleanWrapper(this, "hasRun");
    private final ReadOnlyObjectWrapper<ArgbRaster> neighbourImages = new ReadOnlyObjectWrapper<>(this,
            "neighbourImages");
    private final ReadOnlyStringWrapper neighbourText = new ReadOnlyStringWrapper(this, "neighbourText", "");
    private final BooleanBinding canSearch = hasRun.and(searching.not());
    private QualityHistory shown;

    /** @param uiThread runs an action on the UI thread (the app's runner; tests run it at once) */
    public QualityViewModel(ObservableValue<SessionSnapshot> snapshots, TrainingControl session,
                            Consumer<Runnable> uiThread) {
        this.session = Objects.requireNonNull(session, "session");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        snapshots.subscribe(this::show);
    }

    private void show(SessionSnapshot s) {
        boolean run = s != null && s.config() != null;
        QualityHistory h = s == null ? QualityHistory.EMPTY : s.quality();
        if (h == shown && run == hasRun.get()) {
            return;
        }
        hasRun.set(run);
        shown = h;
        List<QualityFigures> list = h.points();
        double[] x = new double[list.size()];
        double[] y = new double[list.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = list.get(i).step();
            y[i] = list.get(i).fid();
        }
        points.set(new Points(x, y));
        QualityFigures latest = h.latest();
        if (h.unavailable() != null) {
            statusText.set(QualityTexts.unavailable(h.unavailable()));
            explanation.set(h.unavailable() + "\n\n" + QualityTexts.explanation());
        } else if (latest == null) {
            statusText.set(hasRun.get() ? QualityTexts.notYet() : "");
            explanation.set(QualityTexts.explanation());
        } else {
            statusText.set(QualityTexts.status(latest));
            explanation.set(QualityTexts.details(latest));
        }
    }

    /** Searches the training images nearest to the chosen grid cell, drawn by the current generator. */
    public void findNeighbours() {
        if (!canSearch.get()) {
            return;
        }
        searching.set(true);
        neighbourText.set(QualityTexts.searching());
        int c = Math.max(0, Math.min(GridNoise.CELLS - 1, cell.get()));
        session.nearestTrainingImages(c, NEIGHBOURS).whenComplete((r, e) -> uiThread.accept(() -> {
            searching.set(false);
            if (e != null) {
                neighbourImages.set(null);
                neighbourText.set(SessionException.of(e).getMessage());
                return;
            }
            neighbourImages.set(sideBySide(r));
            neighbourText.set(QualityTexts.neighbours(r.step(), r.cell(), r.distances(), r.typicalDistance(),
                    r.indexed()));
        }));
    }

    /** The generated image, then its neighbours, in one row with gaps. */
    static ArgbRaster sideBySide(NearestImages r) {
        int side = Math.max(r.generated().shape().width(), r.generated().shape().height());
        int scale = ArgbRaster.scaleFor(side, TILE_MIN_SIDE);
        ArgbRaster query = ArgbRaster.single(r.generated(), 0, scale);
        ArgbRaster rest = ArgbRaster.tile(r.neighbours(), 0, r.neighbours().count(), r.neighbours().count(), scale,
                2);
        int gap = 8;
        int w = query.width() + gap + rest.width();
        int h = Math.max(query.height(), rest.height());
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, ArgbRaster.GAP_COLOUR);
        for (int y = 0; y < query.height(); y++) {
            System.arraycopy(query.pixels(), y * query.width(), px, y * w, query.width());
        }
        for (int y = 0; y < rest.height(); y++) {
            System.arraycopy(rest.pixels(), y * rest.width(), px, y * w + query.width() + gap, rest.width());
        }
        return new ArgbRaster(w, h, px);
    }

    public ReadOnlyObjectProperty<Points> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The newest figures in a few words, for the status line ("" before there is a run). */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the figures mean (the status line's tooltip), with the newest figures in full. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The grid cell (0 to 63) whose neighbours to search. */
    public IntegerProperty cellProperty() {
        return cell;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public BooleanBinding canSearchProperty() {
        return canSearch;
    }

    /** The generated image followed by its nearest training images, or null. */
    public ReadOnlyObjectProperty<ArgbRaster> neighbourImagesProperty() {
        return neighbourImages.getReadOnlyProperty();
    }

    /** The distances in words, a progress note, or why the search failed. */
    public ReadOnlyStringProperty neighbourTextProperty() {
        return neighbourText.getReadOnlyProperty();
    }
}
