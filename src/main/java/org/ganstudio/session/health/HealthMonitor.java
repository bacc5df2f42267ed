package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a run's metric history every {@value HealthThresholds#CHECK_EVERY} steps and raises an {@link Alarm} when a
 * detector's condition has held at {@value HealthThresholds#FIRE_AFTER_CHECKS} consecutive checks; that detector
 * then stays quiet until its condition has been clear for {@value HealthThresholds#CLEAR_AFTER_CHECKS} checks, so an
 * alarm fires once per episode, not every step. Pure logic over the history: no engine, no threads, no window.
 */
public final class HealthMonitor {

    private static final List<Detector> DETECTORS = List.of(new DiscriminatorTooStrong(), new ModeCollapse(),
            new Oscillation(), new DiscriminatorOverfitting(), new ExplodingGradients());

    /** Per detector: consecutive checks the condition held or was clear, whether it fired, since when. */
    private static final class Track {
        int held;
        int clear;
        boolean fired;
        long since = -1;
    }

    private final Map<AlarmKind, Track> tracks = new EnumMap<>(AlarmKind.class);
    private final List<Alarm> alarms = new ArrayList<>();
    private long lastChecked = -1;

    public HealthMonitor() {
        for (Detector d : DETECTORS) {
            tracks.put(d.kind(), new Track());
        }
    }

    /** Restores the alarms of a saved run (they stay in the list; detectors start fresh). */
    public HealthMonitor(List<Alarm> saved) {
        this();
        alarms.addAll(saved);
    }

    /**
     * Looks at the history after a kept step; returns the alarms raised now (usually none). Cheap on the steps
     * between checks.
     */
    public List<Alarm> afterStep(MetricsView m, LossKind loss) {
        if (m.size() == 0) {
            return List.of();
        }
        long step = m.step(m.size() - 1) + 1;   // steps completed
        if (step < WARM_UP_STEPS || step % CHECK_EVERY != 0 || step == lastChecked) {
            return List.of();
        }
        lastChecked = step;
        List<Alarm> raised = new ArrayList<>();
        for (Detector d : DETECTORS) {
            Track t = tracks.get(d.kind());
            Reading r = d.read(m, loss);
            if (r.triggered()) {
                if (t.held == 0) {
                    t.since = step - CHECK_EVERY;
                }
                t.held++;
                t.clear = 0;
                if (!t.fired && t.held >= d.fireAfterChecks()) {
                    t.fired = true;
                    Alarm a = new Alarm(d.kind(), step, Math.max(0, t.since), r.value(), d.sentence(r.value()));
                    alarms.add(a);
                    raised.add(a);
                }
            } else {
                t.held = 0;
                if (++t.clear >= CLEAR_AFTER_CHECKS) {
                    t.fired = false;
                }
            }
        }
        return raised;
    }

    /** The divergence alarm: the step at {@code step} produced a non-finite value and was not applied. */
    public Alarm diverged(long step, String message) {
        Alarm a = new Alarm(AlarmKind.DIVERGENCE, step, step, Double.NaN, message);
        alarms.add(a);
        return a;
    }

    /** Forgets the detectors' progress (after a roll-back or a live change: the history restarts from there). */
    public void restart() {
        for (Track t : tracks.values()) {
            t.held = 0;
            t.clear = 0;
            t.fired = false;
        }
        lastChecked = -1;
    }

    /** Every alarm of the run so far, oldest first. */
    public List<Alarm> alarms() {
        return List.copyOf(alarms);
    }
}
