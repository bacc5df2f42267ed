package org.ganstudio.ui.latent;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.ui.common.Endpoint;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.ui.common.Texts;

/**
 * The latent explorer (vectors in {@link LatentWalk}, request pacing in {@link LatentRequests}): endpoints A and B, a position between them (linear or spherical), edits of single latent
 * dimensions, and the generator's images for them. Changes are coalesced: a change is sent at once if nothing was
 * sent within the last frame, otherwise {@link #flush()} (once per frame) sends only the newest state as one {@link TrainingControl#renderLatent} request of 1 + {@value #STRIP} vectors (the
 * current one, then the A→B strip); the images update when a snapshot carries an answer to a request at least as
 * new as the one on screen. While training, the current vectors are rendered again whenever the grid refreshes.
 */
public final class LatentViewModel {

    /** Images in the A→B strip. */
    public static final int STRIP = 8;
    /** Dimension sliders shown at once. */
    public static final int DIMENSION_SLIDERS = 8;
    /** Dimension sliders go from minus to plus this (about 3 standard deviations). */
    public static final double DIMENSION_RANGE = 3;
    /** At most one request per frame of the 30 Hz poller. */
    static final long MIN_SEND_INTERVAL_NANOS = 1_000_000_000L / 30;

    private final TrainingControl session;
    private final LongSupplier nanoClock;
    private final SplittableRandom random;

    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 0.5);
    private final ObjectProperty<Interpolation> interpolation =
            new SimpleObjectProperty<>(this, "interpolation", Interpolation.SPHERICAL);
    private final DimensionSliders sliders = new DimensionSliders(DIMENSION_SLIDERS, DIMENSION_RANGE,
            this::dimensionMoved);
    private final ReadOnlyIntegerWrapper latentSize = new ReadOnlyIntegerWrapper(this, "latentSize");
    private final ReadOnlyObjectWrapper<ArgbRaster> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<ArgbRaster> strip = new ReadOnlyObjectWrapper<>(this, "strip");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Texts.get("latent.noExperiment"));
    private final ReadOnlyDoubleWrapper latencyMillis = new ReadOnlyDoubleWrapper(this, "latencyMillis", Double.NaN);
    private final ReadOnlyIntegerWrapper renders = new ReadOnlyIntegerWrapper(this, "renders");

    private final LatentWalk walk = new LatentWalk();
    private final LatentRequests requests = new LatentRequests(MIN_SEND_INTERVAL_NANOS);

    private ExperimentConfig config;
    private long lastGridStep = -1;
    private long lastStep = -1;

    /**
     * @param randomSeed seeds the re-rolled endpoints (tests pass a constant, the app the time)
     */
    public LatentViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                           LongSupplier nanoClock, long randomSeed) {
        this.session = Objects.requireNonNull(session, "session");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.random = new SplittableRandom(randomSeed);
        position.addListener((obs, old, now) -> userChange());
        interpolation.addListener((obs, old, now) -> userChange());
        sliders.firstProperty().addListener((obs, old, now) -> syncSliders());
        snapshots.subscribe(this::onSnapshot);
    }

    // ---- inputs ----

    /** 0 = A, 1 = B. */
    public DoubleProperty positionProperty() {
        return position;
    }

    public ObjectProperty<Interpolation> interpolationProperty() {
        return interpolation;
    }

    /** The latent dimension shown by the first slider (a multiple of {@value #DIMENSION_SLIDERS}). */
    public IntegerProperty firstDimensionProperty() {
        return sliders.firstProperty();
    }

    /** Slider {@code j} shows and edits dimension {@code firstDimension + j} of the current vector. */
    public DoubleProperty dimensionProperty(int j) {
        return sliders.value(j);
    }

    // ---- outputs ----

    public ReadOnlyIntegerProperty latentSizeProperty() {
        return latentSize.getReadOnlyProperty();
    }

    /** How many of the sliders have a dimension (fewer on the last page). */
    public ReadOnlyIntegerProperty shownDimensionsProperty() {
        return sliders.shownProperty();
    }

    /** First dimensions of the slider pages: 0, 8, 16, ... */
    public List<Integer> dimensionPages() {
        return sliders.pages(latentSize.get());
    }

    /** The image of the current vector. */
    public ReadOnlyObjectProperty<ArgbRaster> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** {@value #STRIP} images from A to B. */
    public ReadOnlyObjectProperty<ArgbRaster> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Time from the last input change to its images on screen (ms), NaN before the first. */
    public ReadOnlyDoubleProperty latencyMillisProperty() {
        return latencyMillis.getReadOnlyProperty();
    }

    /** How many answers were shown so far. */
    public ReadOnlyIntegerProperty rendersProperty() {
        return renders.getReadOnlyProperty();
    }

    /** The current latent vector: the interpolated point plus the dimension edits. A copy. */
    public float[] currentVector() {
        return walk.current(interpolation.get(), position.get());
    }

    public float[] endpoint(Endpoint e) {
        return walk.endpoint(e);
    }

    // ---- commands ----

    /** Draws a fresh random endpoint. */
    public void reroll(Endpoint e) {
        if (config == null) {
            return;
        }
        setEndpoint(e, LatentNoise.gaussian(random.nextLong(), 1, config.latentSize()));
    }

    /** Sets an endpoint, e.g. from a sample grid cell; ignored when the length does not match the latent size. */
    public void setEndpoint(Endpoint e, float[] z) {
        if (config == null || z == null || z.length != config.latentSize()) {
            return;
        }
        walk.setEndpoint(e, z);
        userChange();
    }

    /** Drops the edits made with the dimension sliders. */
    public void clearEdits() {
        if (walk.clearEdits()) {
            userChange();
        }
    }

    /** Sends the newest state if it changed since the last request; call once per frame. */
    public void flush() {
        if (!requests.dirty() || !available.get() || !walk.ready()) {
            return;
        }
        float[] z = walk.request(interpolation.get(), position.get(), STRIP);
        long tag = requests.send(nanoClock.getAsLong());
        session.renderLatent(tag, z, 1 + STRIP);
    }

    // ---- internals ----

    private void userChange() {
        if (sliders.syncing()) {
            return;
        }
        boolean now = requests.changed(nanoClock.getAsLong());
        syncSliders();
        if (now) {
            flush(); // leading edge: a lone change goes out at once; a drag is coalesced to one request per frame
        }
    }

    private void dimensionMoved(double value, int dimension) {
        if (walk.ready() && walk.edit(dimension, value, interpolation.get(), position.get())) {
            userChange();
        }
    }

    private void syncSliders() {
        sliders.show(currentVector(), latentSize.get());
    }

    private void onSnapshot(SessionSnapshot s) {
        if (s == null) {
            return;
        }
        boolean usable = s.config() != null && s.state() != SessionState.EMPTY && s.state() != SessionState.LOADING
                && s.state() != SessionState.CLOSED;
        available.set(usable);
        if (s.config() != null && (config == null || config.latentSize() != s.config().latentSize()
                || config.seed() != s.config().seed())) {
            config = s.config();
            walk.reset(config);
            latentSize.set(config.latentSize());
            if (sliders.firstProperty().get() >= config.latentSize()) {
                sliders.firstProperty().set(0);
            }
            image.set(null);
            strip.set(null);
            requests.forgetShown();
            syncSliders();
            requests.stale();
        } else if (s.config() != null) {
            config = s.config();
        }
        if (!usable) {
            status.set(s.state() == SessionState.LOADING ? Texts.get("latent.loading")
                    : Texts.get("latent.noExperiment"));
            return;
        }
        ImageBatch grid = s.latestGrid();
        long gridStep = grid == null ? -1 : grid.step();
        if (gridStep != lastGridStep || (s.state() != SessionState.TRAINING && s.step() != lastStep)) {
            requests.stale();
        }
        lastGridStep = gridStep;
        lastStep = s.step();

        ImageBatch answer = s.latent();
        if (answer != null && requests.accepts(answer.tag(), answer.step()) && answer.count() >= 1 + STRIP) {
            double latency = requests.shown(answer.tag(), answer.step(), nanoClock.getAsLong());
            int size = answer.shape().height();
            image.set(ArgbRaster.single(answer, 0, ArgbRaster.scaleFor(size, 160)));
            strip.set(ArgbRaster.tile(answer, 1, STRIP, STRIP, ArgbRaster.scaleFor(size, 56), 2));
            if (!Double.isNaN(latency)) {
                latencyMillis.set(latency);
            }
            renders.set(renders.get() + 1);
            status.set(Texts.get("latent.step", Long.toString(answer.step())));
        } else if (image.get() == null) {
            status.set(Texts.get("latent.rendering"));
        }
    }
}
