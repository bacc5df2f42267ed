package org.ganstudio.ui.samples;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.ui.common.FixedNoise;
import org.ganstudio.ui.common.Texts;

/**
 * The 8×8 sample grid: the newest grid from the fixed noise, or an earlier one chosen with the scrubber; cells can
 * be enlarged or become endpoints of the latent walk.
 */
public final class SamplesViewModel {

    public static final int COLUMNS = 8;
    /** Tiles are upscaled by an integer factor to at least this many pixels. */
    static final int MIN_TILE = 56;
    static final int GAP = 2;
    static String noSamples() {
        return Texts.get("samples.none");
    }

    private final BiConsumer<Endpoint, float[]> useAsEndpoint;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    /** "What D tells G": D's score of each sample of the newest grid as a coloured frame (issue 14). */
    private final javafx.beans.property.BooleanProperty showScores =
            new javafx.beans.property.SimpleBooleanProperty(this, "showScores", false);
    private final javafx.beans.property.ReadOnlyStringWrapper scoresLine =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "scoresLine", "");
    private float[] scores = new float[0];
    private long scoreStep = -1;
    private final ReadOnlyIntegerWrapper gridCount = new ReadOnlyIntegerWrapper(this, "gridCount");
    private final ReadOnlyObjectWrapper<ArgbRaster> raster = new ReadOnlyObjectWrapper<>(this, "raster");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", noSamples());
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private final ReadOnlyBooleanWrapper hasGrid = new ReadOnlyBooleanWrapper(this, "hasGrid");

    private List<ImageBatch> grids = List.of();
    private ExperimentConfig config;
    private ImageBatch shown;
    private int scale = 1;

    /** @param useAsEndpoint receives grid cells' latent vectors as endpoints of the latent walk; may be null */
    public SamplesViewModel(ObservableValue<SessionSnapshot> snapshots, BiConsumer<Endpoint, float[]> useAsEndpoint) {
        this.useAsEndpoint = useAsEndpoint;
        index.addListener((obs, old, now) -> {
            following.set(now.intValue() >= grids.size() - 1);
            show();
        });
        snapshots.subscribe(this::onSnapshot);
        showScores.subscribe(on -> {
            shown = null;   // draw again, with or without the frames
            show();
        });
    }

    // ---- inputs ----

    /** Which grid is shown: 0 = oldest, {@code gridCount - 1} = newest (and then new grids are followed). */
    /** Whether the grid shows D's score of each sample as a frame. */
    public javafx.beans.property.BooleanProperty showScoresProperty() {
        return showScores;
    }

    /** What the frames say for the shown grid, or why there are none; empty while they are off. */
    public ReadOnlyStringProperty scoresLineProperty() {
        return scoresLine.getReadOnlyProperty();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    // ---- outputs ----

    public ReadOnlyIntegerProperty gridCountProperty() {
        return gridCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArgbRaster> rasterProperty() {
        return raster.getReadOnlyProperty();
    }

    /** E.g. "Step 1200 · newest" or "Step 400 · 3 of 20". */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** True while the newest grid is shown and new ones replace it. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasGridProperty() {
        return hasGrid.getReadOnlyProperty();
    }

    /** The grid on screen, or null. */
    public ImageBatch shownGrid() {
        return shown;
    }

    /** All grids of the run so far, oldest first (for the timelapse export). */
    public List<ImageBatch> grids() {
        return grids;
    }

    /** Number of cells in the shown grid. */
    public int cellCount() {
        return shown == null ? 0 : shown.count();
    }

    /** The cell under a point given as fractions (0..1) of the grid image's width and height, or -1 (a gap). */
    public int cellAt(double fx, double fy) {
        ArgbRaster r = raster.get();
        if (r == null || shown == null || fx < 0 || fy < 0 || fx >= 1 || fy >= 1) {
            return -1;
        }
        int tile = shown.shape().width() * scale;
        int px = (int) (fx * r.width());
        int py = (int) (fy * r.height());
        int col = px / (tile + GAP);
        int row = py / (tile + GAP);
        if (px % (tile + GAP) >= tile || py % (tile + GAP) >= tile) {
            return -1;
        }
        int cell = row * COLUMNS + col;
        return col < COLUMNS && cell < shown.count() ? cell : -1;
    }

    /** Cell {@code i} of the shown grid, enlarged to about {@code side} pixels. */
    public ArgbRaster enlarged(int cell, int side) {
        if (shown == null || cell < 0 || cell >= shown.count()) {
            return null;
        }
        return ArgbRaster.single(shown, cell, ArgbRaster.scaleFor(shown.shape().width(), side));
    }

    /** The fixed latent vector of grid cell {@code cell}, or null before an experiment exists. */
    public float[] latentOfCell(int cell) {
        return config == null ? null : FixedNoise.cell(config, cell);
    }

    public void useCellAs(int cell, Endpoint endpoint) {
        float[] z = latentOfCell(cell);
        if (z != null && useAsEndpoint != null) {
            useAsEndpoint.accept(endpoint, z);
        }
    }

    /** Jumps back to the newest grid and follows new ones. */
    public void followNewest() {
        index.set(grids.size() - 1);
        following.set(true);
        show();
    }

    // ---- internals ----

    private void onSnapshot(SessionSnapshot s) {
        if (s == null) {
            return;
        }
        config = s.config();
        List<ImageBatch> now = s.grids() == null ? List.of() : s.grids();
        boolean newScores = s.health().gridStep() != scoreStep;
        if (newScores) {
            scores = s.health().gridScores();
            scoreStep = s.health().gridStep();
        }
        if (now == grids) {
            if (newScores && showScores.get()) {
                shown = null;
                show();
            }
            return;
        }
        long shownStep = shown == null ? -1 : shown.step();
        boolean follow = following.get() || shown == null;
        grids = now;
        gridCount.set(now.size());
        hasGrid.set(!now.isEmpty());
        if (follow) {
            index.set(now.size() - 1);
            following.set(true);
        } else {
            int nearest = 0;
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i).step() <= shownStep) {
                    nearest = i;
                }
            }
            index.set(nearest);
        }
        show();
    }

    private void show() {
        int i = index.get();
        ImageBatch g = i >= 0 && i < grids.size() ? grids.get(i) : null;
        if (g == shown && (g == null) == (raster.get() == null)) {
            updateCaption(i);
            return;
        }
        shown = g;
        if (g == null) {
            raster.set(null);
        } else {
            scale = ArgbRaster.scaleFor(g.shape().width(), MIN_TILE);
            ArgbRaster tiles = ArgbRaster.tile(g, 0, g.count(), COLUMNS, scale, GAP);
            boolean scored = showScores.get() && config != null && scoreStep == g.step() && scores.length > 0;
            raster.set(scored ? ScoreFrames.paint(tiles, scores, config.loss(), COLUMNS, g.shape().width() * scale, GAP)
                    : tiles);
        }
        updateCaption(i);
        updateScoresLine(g);
    }

    private void updateScoresLine(ImageBatch g) {
        if (!showScores.get()) {
            scoresLine.set("");
        } else if (g == null || config == null || scoreStep != g.step() || scores.length == 0) {
            scoresLine.set(Texts.get("samples.scores.none"));
        } else {
            int fooled = 0;
            double sum = 0;
            int n = 0;
            for (float f : scores) {
                double r = ScoreFrames.realness(f, config.loss());
                if (!Double.isNaN(r)) {
                    sum += r;
                    n++;
                    if (r > 0.5) {
                        fooled++;
                    }
                }
            }
            scoresLine.set(Texts.get("samples.scores.line", Integer.toString(fooled), Integer.toString(n),
                    String.format(java.util.Locale.ROOT, "%.2f", n == 0 ? Double.NaN : sum / n)));
        }
    }

    private void updateCaption(int i) {
        if (shown == null) {
            caption.set(noSamples());
        } else if (i >= grids.size() - 1) {
            caption.set(Texts.get("samples.caption.newest", Long.toString(shown.step())));
        } else {
            caption.set(Texts.get("samples.caption.of", Long.toString(shown.step()), Integer.toString(i + 1),
                    Integer.toString(grids.size())));
        }
    }
}
