package org.ganstudio.ui.runs;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.imaging.GridPng;
import org.ganstudio.model.FollowedRun;
import org.ganstudio.model.MetricsView;
import org.ganstudio.session.FolderFollower;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Texts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Following a folder that {@code train} writes: the follower polls on its own thread; {@link #tick()} (a few times
 * a second, from the view's timer) takes its newest state, updates curves, alarms and status, decodes a new grid
 * in the background, and hands a new checkpoint to the session for the latent explorer.
 */
public final class FollowViewModel implements AutoCloseable {

    private final TrainingControl control;
    private final BackgroundRunner runner;
    private final LongSupplier clock;
    private FolderFollower follower;
    private final ReadOnlyObjectWrapper<FollowedRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ArgbRaster> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gridText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> alarms = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private long shownVersion = -1;
    private long gridStep = -1;
    private long checkpointStep = -1;

    /** @param clock wall-clock milliseconds (for "last change N s ago") */
    public FollowViewModel(TrainingControl control, BackgroundRunner runner, LongSupplier clock) {
        this.control = control;
        this.runner = runner;
        this.clock = clock;
    }

    /** Starts following {@code folder} (stops following another one). */
    public void follow(Path folder) {
        close();
        follower = new FolderFollower(folder);
        shownVersion = -1;
        gridStep = -1;
        checkpointStep = -1;
        grid.set(null);
        alarms.clear();
        follower.start(FolderFollower.DEFAULT_INTERVAL);
        tick();
    }

    /** For tests: follow without a poller thread; {@link #pollNow()} then polls. */
    void followWithoutThread(Path folder) {
        close();
        follower = new FolderFollower(folder);
    }

    void pollNow() {
        follower.poll();
        tick();
    }

    /** Takes the follower's newest state; cheap when nothing changed. */
    public void tick() {
        if (follower == null) {
            return;
        }
        FollowedRun r = follower.latest();
        status.set(describe(r));
        if (r.version() == shownVersion) {
            return;
        }
        shownVersion = r.version();
        run.set(r);
        if (alarms.size() != r.alarms().size()) {
            alarms.setAll(r.alarms().stream().map(a -> Texts.get("runs.follow.alarm", a.step(), a.id(), a.text()))
                    .toList());
        }
        FollowedRun.Grid g = r.latestGrid();
        if (g != null && g.step() != gridStep) {
            gridStep = g.step();
            Path file = g.file();
            long step = g.step();
            runner.run(() -> GridPng.read(file), raster -> {
                grid.set(raster);
                gridText.set(Texts.get("runs.follow.gridStep", step));
            }, e -> gridText.set(Texts.get("runs.follow.gridUnreadable", file.getFileName())));
        }
        if (r.checkpoint() != null && r.checkpointStep() != checkpointStep) {
            checkpointStep = r.checkpointStep();
            control.viewCheckpoint(r.checkpoint());
        }
        revision.set(revision.get() + 1);
    }

    private String describe(FollowedRun r) {
        if (!r.folderExists()) {
            return Texts.get("runs.follow.noFolder", r.folder());
        }
        if (r.metrics().size() == 0) {
            return Texts.get("runs.follow.waiting", r.folder().getFileName());
        }
        long ago = r.lastChangeMillis() == 0 ? 0 : Math.max(0, (clock.getAsLong() - r.lastChangeMillis()) / 1000);
        String base = Texts.get("runs.follow.status", r.folder().getFileName(), r.step(), ago);
        if (r.checkpointProblem() != null) {
            base += " " + Texts.get("runs.follow.checkpointSkipped");
        } else if (r.checkpointStep() >= 0) {
            base += " " + Texts.get("runs.follow.checkpoint", r.checkpointStep());
        }
        return base;
    }

    public List<Curve> curves() {
        FollowedRun r = run.get();
        if (r == null) {
            return List.of();
        }
        double[] none = new double[r.metrics().size()];
        return List.of(Curve.of(Texts.get("runs.curve.dLoss"), r.metrics(), MetricsView.D_LOSS, none, false),
                Curve.of(Texts.get("runs.curve.gLoss"), r.metrics(), MetricsView.G_LOSS, none, false));
    }

    public ReadOnlyObjectProperty<FollowedRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArgbRaster> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gridTextProperty() {
        return gridText.getReadOnlyProperty();
    }

    public ObservableList<String> alarms() {
        return alarms;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Path folder() {
        return follower == null ? null : follower.folder();
    }

    /** Stops polling. */
    @Override
    public void close() {
        if (follower != null) {
            follower.close();
            follower = null;
        }
    }

    static Duration interval() {
        return FolderFollower.DEFAULT_INTERVAL;
    }
}
