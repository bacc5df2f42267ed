package org.ganstudio.ui.slowmo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.StepTrace;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.Texts;

/**
 * Slow motion: runs one training step on the engine thread with a trace, then lets the user walk through its
 * stages (sample z, G makes fakes, D scores, losses, gradients, updates) forward and back, each with its picture,
 * its numbers and a few sentences. Walking only moves through the captured trace; nothing is computed again.
 * The ordinary Step D / Step G / Step are here too, as on the training toolbar.
 */
public final class SlowMotionViewModel {

    private static final int IMAGE_MIN_SIDE = 56;

    private final TrainingControl session;
    private final Consumer<Runnable> uiThread;
    private final ReadOnlyObjectWrapper<StepTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<SlowMotionStage> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper sessionCanStep = new ReadOnlyBooleanWrapper(this, "sessionCanStep");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ArgbRaster> latentStrip = new ReadOnlyObjectWrapper<>(this, "latentStrip");
    private final ReadOnlyObjectWrapper<ArgbRaster> realImages = new ReadOnlyObjectWrapper<>(this, "realImages");
    private final ReadOnlyObjectWrapper<ArgbRaster> fakeImages = new ReadOnlyObjectWrapper<>(this, "fakeImages");
    private final ReadOnlyObjectWrapper<List<LayerBar>> bars = new ReadOnlyObjectWrapper<>(this, "bars", List.of());
    private final BooleanBinding canStep = sessionCanStep.and(busy.not());
    private final BooleanBinding canForward = Bindings.createBooleanBinding(
            () -> stage.get() != null && stage.get() != SlowMotionStage.UPDATES, stage);
    private final BooleanBinding canBack = Bindings.createBooleanBinding(
            () -> stage.get() != null && stage.get() != SlowMotionStage.LATENT, stage);
    private long runStep;

    /** @param uiThread runs an action on the UI thread (the app's runner; tests run it at once) */
    public SlowMotionViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots,
                               Consumer<Runnable> uiThread) {
        this.session = Objects.requireNonNull(session, "session");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        snapshots.subscribe(this::sessionChanged);
        message.set(Texts.get("slowmo.empty"));
    }

    private void sessionChanged(SessionSnapshot s) {
        boolean can = s != null && s.config() != null && s.plane() == null && s.state().canTrain();
        sessionCanStep.set(can);
        long step = s == null ? 0 : s.step();
        if (step != runStep) {
            runStep = step;
            describeStage();
        }
    }

    /** One full step (D then G) in slow motion. */
    public void stepInSlowMotion() {
        trace(StepKind.BOTH);
    }

    /** One step of {@code kind} in slow motion (a D-only step shows G untouched, and so on). */
    public void trace(StepKind kind) {
        if (!canStep.get()) {
            return;
        }
        busy.set(true);
        session.traceStep(kind).whenComplete((t, e) -> uiThread.accept(() -> {
            busy.set(false);
            if (e != null) {
                message.set(failure(e));
                return;
            }
            message.set("");
            showTrace(t);
        }));
    }

    /** An ordinary step, as on the training toolbar (the shown trace stays). */
    public void step(StepKind kind) {
        if (canStep.get()) {
            session.step(kind);
        }
    }

    void showTrace(StepTrace t) {
        trace.set(t);
        int scale = ArgbRaster.scaleFor(Math.max(t.fakes().shape().width(), t.fakes().shape().height()),
                IMAGE_MIN_SIDE);
        latentStrip.set(t.shown() == 0 ? null : HeatStrip.of(t.latent(), t.shown(), t.latentSize(),
                t.latentSize() > 64 ? 4 : 10));
        fakeImages.set(t.shown() == 0 ? null : ArgbRaster.tile(t.fakes(), 0, t.shown(), 4, scale, 3));
        realImages.set(t.shown() == 0 ? null : ArgbRaster.tile(t.real(), 0, t.shown(), 4, scale, 3));
        stage.set(SlowMotionStage.LATENT);
        describeStage();
    }

    private static String failure(Throwable e) {
        SessionException s = SessionException.of(e);
        return switch (s.kind()) {
            case NOT_READY -> Texts.get("slowmo.error.notReady");
            case CLOSED -> Texts.get("slowmo.error.closed");
            default -> Texts.get("slowmo.error.failed", s.getMessage());
        };
    }

    public void forward() {
        if (canForward.get()) {
            stage.set(stage.get().next());
            describeStage();
        }
    }

    public void back() {
        if (canBack.get()) {
            stage.set(stage.get().previous());
            describeStage();
        }
    }

    /** Jumps to a stage of the shown trace (the stage row is clickable). */
    public void show(SlowMotionStage s) {
        if (trace.get() != null && s != null) {
            stage.set(s);
            describeStage();
        }
    }

    private void describeStage() {
        StepTrace t = trace.get();
        SlowMotionStage s = stage.get();
        if (t == null || s == null) {
            title.set(Texts.get("slowmo.title"));
            explanation.set("");
            detail.set("");
            progress.set("");
            bars.set(List.of());
            return;
        }
        int n = SlowMotionStage.values().length;
        progress.set(Texts.get("slowmo.progress", s.ordinal() + 1, n, t.step(), kindText(t), runStep));
        title.set(Texts.get(StageTexts.titleKey(s)));
        explanation.set(StageTexts.explanation(s, t) + (t.kept() ? "" : "\n\n" + Texts.get("slowmo.diverged")));
        detail.set(StageTexts.detail(s, t));
        bars.set(switch (s) {
            case GRADIENTS -> layerBars(t, true);
            case UPDATES -> layerBars(t, false);
            default -> List.of();
        });
    }

    private static String kindText(StepTrace t) {
        if (t.discriminatorUpdated() && t.generatorUpdated()) {
            return Texts.get("slowmo.kind.both");
        }
        return Texts.get(t.generatorUpdated() ? "slowmo.kind.generator" : "slowmo.kind.discriminator");
    }

    /** One bar per layer with parameters, D first; layers of a network that was not updated are left out. */
    static List<LayerBar> layerBars(StepTrace t, boolean gradients) {
        List<LayerBar> out = new ArrayList<>();
        addBars(out, t.discriminatorLayers(), "D", false, gradients);
        addBars(out, t.generatorLayers(), "G", true, gradients);
        return List.copyOf(out);
    }

    private static void addBars(List<LayerBar> out, List<StepTrace.LayerChange> layers, String network,
                                boolean ofGenerator, boolean gradients) {
        for (StepTrace.LayerChange l : layers) {
            double v = gradients ? l.gradientNorm() : l.updateNorm();
            if (Double.isFinite(v) && (gradients || v > 0)) {
                out.add(new LayerBar(network + " · " + StageTexts.layerName(l.name()), v, ofGenerator));
            }
        }
    }

    public ReadOnlyObjectProperty<StepTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The stage shown, or null before the first traced step. */
    public ReadOnlyObjectProperty<SlowMotionStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    public BooleanBinding canForwardProperty() {
        return canForward;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Two or three sentences on what happens in this stage. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** This stage's numbers in one line. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** "Stage 2 of 6 · step 41 (a full step)". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What to do first, or why a step could not be traced; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** z of the shown samples as a heat strip (stage 1). */
    public ReadOnlyObjectProperty<ArgbRaster> latentStripProperty() {
        return latentStrip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArgbRaster> realImagesProperty() {
        return realImages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArgbRaster> fakeImagesProperty() {
        return fakeImages.getReadOnlyProperty();
    }

    /** Per-layer sizes for the gradient and update stages; empty in the others. */
    public ReadOnlyObjectProperty<List<LayerBar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }
}
