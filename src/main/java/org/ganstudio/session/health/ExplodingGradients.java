package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.Locale;

/** A network's gradient norm grew many times over its recent level, or one update moves its weights a lot. */
final class ExplodingGradients implements Detector {

    @Override
    public AlarmKind kind() {
        return AlarmKind.EXPLODING_GRADIENTS;
    }

    @Override
    public Reading read(MetricsView m, LossKind loss) {
        if (m.size() < EXPLODE_RECENT + EXPLODE_BASELINE / 3) {
            return Reading.NOT_ENOUGH_DATA;
        }
        double worst = 0;
        for (int col : new int[]{MetricsView.D_GRAD_NORM, MetricsView.G_GRAD_NORM}) {
            double recent = Window.mean(Window.newest(m, col, EXPLODE_RECENT));
            double base = Window.median(Window.values(m, col, m.size() - EXPLODE_RECENT, EXPLODE_BASELINE));
            if (Double.isFinite(recent) && base > 0) {
                worst = Math.max(worst, recent / base);
            }
        }
        double ratio = 0;
        for (int col : new int[]{MetricsView.D_UPDATE_RATIO, MetricsView.G_UPDATE_RATIO}) {
            double r = Window.mean(Window.newest(m, col, EXPLODE_RECENT));
            if (Double.isFinite(r)) {
                ratio = Math.max(ratio, r);
            }
        }
        boolean triggered = worst >= EXPLODE_FACTOR || ratio >= EXPLODE_UPDATE_RATIO;
        return new Reading(triggered, worst >= EXPLODE_FACTOR || ratio < EXPLODE_UPDATE_RATIO ? worst
                : -ratio);
    }

    /** At once: exploding gradients grow geometrically and reach NaN within tens of steps (measured: ~60 at SGD 0.03). */
    @Override
    public int fireAfterChecks() {
        return HealthThresholds.EXPLODE_FIRE_AFTER_CHECKS;
    }

    @Override
    public String sentence(double value) {
        if (value < 0) {
            return String.format(Locale.ROOT, "one update moves the weights by %.0f %% of their size; the gradients "
                    + "are exploding", -100 * value);
        }
        return String.format(Locale.ROOT, "a gradient norm grew %.0f times over its recent level; the gradients are "
                + "exploding", value);
    }
}
