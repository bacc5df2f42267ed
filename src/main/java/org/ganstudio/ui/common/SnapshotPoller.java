package org.ganstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;

/**
 * The one place where the UI reads the session: on every animation frame it runs the frame actions (e.g. sending
 * the newest latent request), then takes {@link TrainingControl#snapshot()} and publishes it in
 * {@link #snapshotProperty()} only when its version changed, so a frame with nothing new costs one comparison and a
 * latent image shows on the first frame after the engine drew it. The engine itself publishes training progress at
 * most every 33 ms. Everything runs on the FX thread, so ViewModels bound to the property never see a worker
 * thread, and the engine is never waited for.
 */
public final class SnapshotPoller {

    private final TrainingControl session;
    private final ReadOnlyObjectWrapper<SessionSnapshot> snapshot =
            new ReadOnlyObjectWrapper<>(this, "snapshot", SessionSnapshot.empty());
    private final List<Runnable> frameActions = new ArrayList<>();
    private AnimationTimer timer;

    public SnapshotPoller(TrainingControl session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The newest snapshot seen; changes only on the FX thread (or the test's thread with {@link #poll()}). */
    public ReadOnlyObjectProperty<SessionSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public SessionSnapshot current() {
        return snapshot.get();
    }

    /** Runs {@code action} once per poll, before the snapshot is read. */
    public void addFrameAction(Runnable action) {
        frameActions.add(Objects.requireNonNull(action));
    }

    /** Runs the frame actions and publishes the session's snapshot if it is new. Returns whether it was. */
    public boolean poll() {
        for (Runnable action : frameActions) {
            action.run();
        }
        SessionSnapshot s = session.snapshot();
        if (s != null && s.version() != snapshot.get().version()) {
            snapshot.set(s);
            return true;
        }
        return false;
    }

    /** Starts polling on animation frames; call on the FX thread. */
    public void start() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    poll();
                }
            };
        }
        timer.start();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
