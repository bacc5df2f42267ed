package org.ganstudio.session.health;

import static org.ganstudio.session.health.HealthThresholds.*;

import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;

import java.util.Locale;

/** D scores the images it trains on clearly higher than real images it never saw: it memorises the folder. */
final class DiscriminatorOverfitting implements Detector {

    @Override
    public AlarmKind kind() {
        return AlarmKind.D_OVERFITTING;
    }

    @Override
    public Reading read(MetricsView m, LossKind loss) {
        double[] train = Window.newest(m, MetricsView.D_TRAIN_SLICE, OVERFIT_WINDOW);
        double[] held = Window.newest(m, MetricsView.D_HELD_OUT, OVERFIT_WINDOW);
        int needed = OVERFIT_WINDOW / 10 / 2;
        if (train.length < needed || held.length < needed) {
            return Reading.NOT_ENOUGH_DATA;
        }
        double gap = Window.mean(train) - Window.mean(held);
        return new Reading(gap >= (loss.probabilistic() ? OVERFIT_GAP : OVERFIT_GAP_RAW), gap);
    }

    @Override
    public String sentence(double value) {
        return String.format(Locale.ROOT, "D scores its training images %.2f higher than held-out real images; it "
                + "is memorising them (overfitting)", value);
    }
}
