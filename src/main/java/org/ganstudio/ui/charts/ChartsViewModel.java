package org.ganstudio.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.MetricsView;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.ui.common.Texts;

/**
 * The live charts' data: D and G loss, D(x) and D(G(z)) per step from the session's {@link MetricsView}, smoothed
 * with an exponential moving average, optionally on a log scale (losses only), decimated to at most
 * {@link #MAX_POINTS} points per series and updated incrementally as steps arrive.
 */
public final class ChartsViewModel {

    /**
     * Per series, so that 100k steps stay cheap to draw. LineChart's layout and rendering cost grow linearly with
     * points (measured: 1024 points per series took twice the frame time of 512); 256 min/max buckets still give
     * a chart about 400 px wide more than one bucket per two pixels.
     */
    public static final int MAX_POINTS = 512;

    /** One plotted line. */
    public enum Series {
        D_LOSS("charts.series.dLoss", MetricsView.D_LOSS, true),
        G_LOSS("charts.series.gLoss", MetricsView.G_LOSS, true),
        D_REAL("charts.series.dReal", MetricsView.D_REAL, false),
        D_FAKE("charts.series.dFake", MetricsView.D_FAKE, false);

        private final String title;
        private final int column;
        private final boolean loss;

        Series(String title, int column, boolean loss) {
            this.title = title;
            this.column = column;
            this.loss = loss;
        }

        /** The line's name in the legend, from the charts bundle. */
        public String title() {
            return Texts.get(title);
        }

        /** True for the loss chart, false for the discriminator-output chart. */
        public boolean loss() {
            return loss;
        }
    }

    /**
     * Points of one series; the first {@code unchanged} are the same as in the previous frame's data for it.
     * With log scale, {@code y} of losses holds log10 values.
     */
    public record SeriesData(Series series, double[] x, double[] y, int unchanged) {
    }

    /** Everything to draw; {@code revision} counts frames so a view can tell it missed none. */
    public record Frame(long revision, List<SeriesData> series) {
        public SeriesData get(Series s) {
            return series.get(s.ordinal());
        }
    }

    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.9);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame",
            new Frame(0, emptySeries()));
    private final ReadOnlyStringWrapper latestText = new ReadOnlyStringWrapper(this, "latestText", "");
    /** Where alarms fired (issue 14): one marker per alarm on the loss chart, newest last. */
    public record AlarmMark(long step, String text) {
    }

    private final ReadOnlyObjectWrapper<List<AlarmMark>> alarms =
            new ReadOnlyObjectWrapper<>(this, "alarms", List.of());
    private List<org.ganstudio.model.Alarm> shownAlarms = List.of();

    private final SeriesDecimator[] decimators = new SeriesDecimator[Series.values().length];
    private final SeriesDecimator.Points[] points = new SeriesDecimator.Points[decimators.length];
    private final double[] ema = new double[decimators.length];
    private final boolean[] emaStarted = new boolean[decimators.length];
    private MetricsView metrics = MetricsView.EMPTY;
    private int processed;
    private long lastProcessedStep = Long.MIN_VALUE;
    private long revision;

    public ChartsViewModel(ObservableValue<SessionSnapshot> snapshots) {
        for (int i = 0; i < decimators.length; i++) {
            decimators[i] = new SeriesDecimator(MAX_POINTS / 2);
        }
        smoothing.addListener((obs, old, now) -> rebuild());
        logScale.addListener((obs, old, now) -> rebuild());
        if (snapshots != null) {
            snapshots.subscribe(s -> {
                if (s != null && s.metrics() != null && s.metrics() != metrics) {
                    update(s.metrics());
                }
                if (s != null && !s.health().alarms().equals(shownAlarms)) {
                    showAlarms(s.health().alarms());
                }
            });
        }
    }

    private static List<SeriesData> emptySeries() {
        List<SeriesData> list = new ArrayList<>();
        for (Series s : Series.values()) {
            list.add(new SeriesData(s, new double[0], new double[0], 0));
        }
        return List.copyOf(list);
    }

    /** EMA weight of the past, 0 (raw) to 0.99 (very smooth). */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Losses on a log10 scale (values at or below 0 are left out). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The latest step's raw values in words, e.g. "step 120 · D loss 1.32 · G loss 0.71 · D(x) 0.52 · D(G(z)) 0.47". */
    public ReadOnlyObjectProperty<List<AlarmMark>> alarmsProperty() {
        return alarms.getReadOnlyProperty();
    }

    void showAlarms(List<org.ganstudio.model.Alarm> now) {
        shownAlarms = now;
        List<AlarmMark> marks = new ArrayList<>(now.size());
        for (org.ganstudio.model.Alarm a : now) {
            String kind = "charts.kind." + a.kind().id();   // one key per AlarmKind id
            marks.add(new AlarmMark(a.step(), Texts.get("charts.alarm", Long.toString(a.step()), Texts.get(kind))));
        }
        alarms.set(List.copyOf(marks));
    }

    public ReadOnlyStringProperty latestTextProperty() {
        return latestText.getReadOnlyProperty();
    }

    /** The metrics last shown, e.g. for CSV export. */
    public MetricsView metrics() {
        return metrics;
    }

    /** Takes new metrics: appends the steps not seen yet, or starts over when the history was replaced. */
    public void update(MetricsView m) {
        Objects.requireNonNull(m, "metrics");
        boolean replaced = m.size() < processed
                || (processed > 0 && m.step(processed - 1) != lastProcessedStep);
        metrics = m;
        if (replaced) {
            rebuild();
            return;
        }
        if (m.size() == processed && revision > 0) {
            return;
        }
        process();
    }

    private void rebuild() {
        for (int i = 0; i < decimators.length; i++) {
            decimators[i].clear();
            emaStarted[i] = false;
        }
        processed = 0;
        lastProcessedStep = Long.MIN_VALUE;
        process();
    }

    private void process() {
        MetricsView m = metrics;
        double a = Math.max(0, Math.min(0.999, smoothing.get()));
        boolean log = logScale.get();
        Series[] all = Series.values();
        for (int i = processed; i < m.size(); i++) {
            long step = m.step(i);
            for (int k = 0; k < all.length; k++) {
                double v = m.value(all[k].column, i);
                if (!Double.isFinite(v)) {
                    continue;
                }
                ema[k] = emaStarted[k] ? a * ema[k] + (1 - a) * v : v;
                emaStarted[k] = true;
                double y = ema[k];
                if (log && all[k].loss) {
                    if (!(y > 0)) {
                        continue;
                    }
                    y = Math.log10(y);
                }
                decimators[k].add(step, y);
            }
        }
        processed = m.size();
        lastProcessedStep = processed > 0 ? m.step(processed - 1) : Long.MIN_VALUE;
        List<SeriesData> data = new ArrayList<>(all.length);
        for (int k = 0; k < all.length; k++) {
            points[k] = decimators[k].points(points[k]);
            data.add(new SeriesData(all[k], points[k].xs(), points[k].ys(), points[k].unchanged));
        }
        frame.set(new Frame(++revision, List.copyOf(data)));
        latestText.set(processed == 0 ? "" : latest(m, processed - 1));
    }

    private static String latest(MetricsView m, int i) {
        return Texts.get("charts.latest", Long.toString(m.step(i)), three(m.value(MetricsView.D_LOSS, i)),
                three(m.value(MetricsView.G_LOSS, i)), three(m.value(MetricsView.D_REAL, i)),
                three(m.value(MetricsView.D_FAKE, i)));
    }

    private static String three(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
