package org.ganstudio.ui.health;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ganstudio.model.Alarm;
import org.ganstudio.model.HealthReport;
import org.ganstudio.model.Remedy;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * The run's alarms: the list (newest first), the chosen alarm's explanation and remedies, a notification for each
 * new alarm, and the remedy commands, which the session applies live on its engine thread. Reads snapshots only.
 */
public final class HealthViewModel {

    /** One remedy button: what it says and what it does. */
    public record RemedyAction(Remedy remedy, String label, boolean available) {
    }

    private final TrainingControl session;
    private final Notifier notifier;
    private final Consumer<Runnable> uiThread;
    private final ObservableList<Alarm> alarms = FXCollections.observableArrayList();
    private final ObjectProperty<Alarm> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation",
            Texts.get("health.none"));
    private final ObservableList<RemedyAction> remedies = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty cell = new javafx.beans.property.SimpleIntegerProperty(this,
            "cell", 0);
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.ganstudio.imaging.ArgbRaster> heatmap =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "heatmap");
    private final ReadOnlyStringWrapper heatmapText = new ReadOnlyStringWrapper(this, "heatmapText",
            Texts.get("health.heatmap.hint"));
    private HealthReport shown;
    private int seen = -1;

    public HealthViewModel(ObservableValue<SessionSnapshot> snapshots, TrainingControl session, Notifier notifier,
                           Consumer<Runnable> uiThread) {
        this.session = Objects.requireNonNull(session, "session");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        selected.subscribe(this::explain);
        snapshots.subscribe(this::show);
    }

    private void show(SessionSnapshot s) {
        HealthReport h = s == null ? HealthReport.EMPTY : s.health();
        if (h == shown) {
            return;
        }
        shown = h;
        List<Alarm> list = h.alarms();
        if (seen >= 0 && list.size() > seen) {
            for (Alarm a : list.subList(seen, list.size())) {
                notifier.outcome(Texts.get("health.notification", a.step(), name(a)));
            }
        }
        seen = list.size();
        Alarm keep = selected.get();
        List<Alarm> newestFirst = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(newestFirst);
        alarms.setAll(newestFirst);
        if (keep == null || !list.contains(keep)) {
            selected.set(list.isEmpty() ? null : list.get(list.size() - 1));
        } else {
            explain(keep);
        }
    }

    /** Per-kind and per-remedy keys: {@code health.kind.<id>}, {@code health.explain.<id>}, {@code health.remedy.<NAME>}. */
    private static final String KIND = "health.kind";
    private static final String EXPLAIN = "health.explain";
    private static final String REMEDY = "health.remedy";

    private static String prefixed(String prefix, String rest) {
        return prefix + "." + rest;
    }

    public static String name(Alarm a) {
        return Texts.get(prefixed(KIND, a.kind().id()));
    }

    public static String listItem(Alarm a) {
        return Texts.get("health.listItem", a.step(), name(a));
    }

    private void explain(Alarm a) {
        if (a == null) {
            explanation.set(Texts.get("health.none"));
            remedies.clear();
            return;
        }
        String figure = Double.isFinite(a.value()) ? "\n" + Texts.get("health.figure", a.sentence()) : "";
        explanation.set(Texts.get(prefixed(EXPLAIN, a.kind().id())) + figure);
        long target = shown == null ? -1 : shown.rollbackTarget(a.since());
        remedies.setAll(a.kind().remedies().stream().map(r -> r == Remedy.ROLL_BACK
                ? new RemedyAction(r, target >= 0 ? Texts.get("health.remedy.ROLL_BACK", target)
                : Texts.get("health.remedy.rollBackNone"), target >= 0)
                : new RemedyAction(r, Texts.get(prefixed(REMEDY, r.name())), true)).toList());
    }

    /** Applies {@code r} for the selected alarm; the outcome appears in the status line. */
    public void apply(Remedy r) {
        Alarm a = selected.get();
        if (a == null) {
            return;
        }
        session.applyRemedy(r, a.since()).whenComplete((said, e) -> uiThread.accept(() -> {
            if (e == null) {
                notifier.outcome(said);
            } else {
                notifier.error(Texts.get("health.failed"), SessionException.of(e).getMessage());
            }
        }));
    }

    /** Asks the engine for the pixel gradients of grid cell {@link #cellProperty()} and a real image. */
    public void showWhereDWantsChange() {
        int c = cell.get();
        session.pixelGradients(c).whenComplete((g, e) -> uiThread.accept(() -> {
            if (e != null) {
                heatmapText.set(SessionException.of(e).getMessage());
                return;
            }
            heatmap.set(HeatmapRaster.of(g, Math.max(2, 96 / g.fake().shape().width())));
            heatmapText.set(Texts.get("health.heatmap.caption", g.step(), g.cell(),
                    String.format(Texts.locale(), "%.2f", g.fakeScore()),
                    String.format(Texts.locale(), "%.2f", g.realScore())));
        }));
    }

    public javafx.beans.property.IntegerProperty cellProperty() {
        return cell;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<org.ganstudio.imaging.ArgbRaster> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heatmapTextProperty() {
        return heatmapText.getReadOnlyProperty();
    }

    public ObservableList<Alarm> alarms() {
        return alarms;
    }

    public ObjectProperty<Alarm> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ObservableList<RemedyAction> remedies() {
        return remedies;
    }
}
