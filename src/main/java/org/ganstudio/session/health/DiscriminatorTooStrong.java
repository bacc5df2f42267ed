package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.Locale;

/** D tells real from fake almost perfectly and is certain of it: G gets little or no useful gradient. */
final class DiscriminatorTooStrong implements Detector {

    @Override
    public AlarmKind kind() {
        return AlarmKind.D_TOO_STRONG;
    }

    @Override
    public Reading read(MetricsView m, LossKind loss) {
        double fake = Window.mean(Window.newest(m, MetricsView.D_ACC_FAKE, STRONG_WINDOW));
        double real = Window.mean(Window.newest(m, MetricsView.D_ACC_REAL, STRONG_WINDOW));
        double saturated = Window.mean(Window.newest(m, MetricsView.D_SATURATED, STRONG_WINDOW));
        if (!Double.isFinite(fake) || !Double.isFinite(real)) {
            return Reading.NOT_ENOUGH_DATA;
        }
        boolean certain = !loss.probabilistic() || saturated >= STRONG_SATURATED;
        return new Reading(fake >= STRONG_ACCURACY && real >= STRONG_ACCURACY && certain, fake);
    }

    @Override
    public String sentence(double value) {
        return String.format(Locale.ROOT, "D calls %.0f %% of the fakes fake and is certain of it; G's gradient is "
                + "vanishing", 100 * value);
    }
}
