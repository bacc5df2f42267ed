package org.ganstudio.session.health;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

/** One diagnosis over a run's metric history: pure logic, no state (hysteresis is the monitor's). */
interface Detector {

    AlarmKind kind();

    /** Reads the newest entries of {@code m}; {@link Reading#NOT_ENOUGH_DATA} when the figures it needs are missing. */
    Reading read(MetricsView m, LossKind loss);

    /** Consecutive checks the condition must hold before the alarm fires. */
    default int fireAfterChecks() {
        return HealthThresholds.FIRE_AFTER_CHECKS;
    }

    /** One plain sentence about {@code value}, for the CLI and the log. */
    String sentence(double value);
}
