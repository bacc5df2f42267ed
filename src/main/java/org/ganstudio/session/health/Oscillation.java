package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.Locale;

/** G's loss swings up and down by a lot, again and again, while D's loss makes no progress. */
final class Oscillation implements Detector {

    @Override
    public AlarmKind kind() {
        return AlarmKind.OSCILLATION;
    }

    @Override
    public Reading read(MetricsView m, LossKind loss) {
        double[] g = Window.newest(m, MetricsView.G_LOSS, OSCILLATION_WINDOW);
        double[] d = Window.newest(m, MetricsView.D_LOSS, OSCILLATION_WINDOW);
        if (g.length < OSCILLATION_WINDOW * 9 / 10 || d.length < OSCILLATION_WINDOW * 9 / 10) {
            return Reading.NOT_ENOUGH_DATA;
        }
        double[] s = Window.smooth(g, OSCILLATION_SMOOTHING);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        for (int i = OSCILLATION_SMOOTHING; i < s.length; i++) {
            min = Math.min(min, s[i]);
            max = Math.max(max, s[i]);
            mean += s[i];
        }
        mean /= s.length - OSCILLATION_SMOOTHING;
        double amplitude = max - min;
        int crossings = 0;
        boolean above = s[OSCILLATION_SMOOTHING] > mean;
        for (int i = OSCILLATION_SMOOTHING + 1; i < s.length; i++) {
            // a dead band of a tenth of the amplitude: jitter around the mean does not count as a swing
            if (above && s[i] < mean - 0.1 * amplitude) {
                above = false;
                crossings++;
            } else if (!above && s[i] > mean + 0.1 * amplitude) {
                above = true;
                crossings++;
            }
        }
        int half = d.length / 2;
        double first = Window.mean(java.util.Arrays.copyOfRange(d, 0, half));
        double second = Window.mean(java.util.Arrays.copyOfRange(d, half, d.length));
        boolean noProgress = first - second < OSCILLATION_PROGRESS * amplitude;
        return new Reading(amplitude >= OSCILLATION_AMPLITUDE && crossings >= OSCILLATION_CROSSINGS && noProgress,
                amplitude);
    }

    @Override
    public String sentence(double value) {
        return String.format(Locale.ROOT, "G's loss swings by %.1f up and down without progress; the players chase "
                + "each other (oscillation)", value);
    }
}
