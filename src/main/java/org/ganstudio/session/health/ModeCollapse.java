package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.Locale;

/** The fakes have become alike: their spread fell far below the real images' and below its own peak. */
final class ModeCollapse implements Detector {

    @Override
    public AlarmKind kind() {
        return AlarmKind.MODE_COLLAPSE;
    }

    @Override
    public Reading read(MetricsView m, LossKind loss) {
        double[] all = Window.values(m, MetricsView.FAKE_DIVERSITY, m.size(), m.size());
        int recent = Math.max(1, COLLAPSE_WINDOW / 10);
        if (all.length < 2 * recent) {
            return Reading.NOT_ENOUGH_DATA;
        }
        double[] smooth = Window.smooth(all, recent);
        double peak = 0;
        for (double v : smooth) {
            peak = Math.max(peak, v);
        }
        double now = smooth[smooth.length - 1];
        return new Reading(peak >= COLLAPSE_PEAK && now < COLLAPSE_DIVERSITY && now < COLLAPSE_FALL * peak, now);
    }

    @Override
    public String sentence(double value) {
        return String.format(Locale.ROOT, "the fakes vary only %.2f times as much as real images; G repeats a few "
                + "images (mode collapse)", value);
    }
}
