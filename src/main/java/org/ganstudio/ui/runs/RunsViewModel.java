package org.ganstudio.ui.runs;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.ganstudio.session.SessionException;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

/**
 * The run history of this window: the tree of runs and branches, which one is selected, the step to branch at
 * (snapped to a kept state), branching with changed settings and switching runs. Reads the session's
 * {@link RunTree} whenever a snapshot arrives; sends commands, never blocks.
 */
public final class RunsViewModel {

    /** What a branch may change: the settings that keep the networks. */
    public record BranchSettings(double generatorLr, double discriminatorLr, int discriminatorSteps, LossKind loss,
                                 double labelSmoothing) {

        static BranchSettings of(ExperimentConfig c) {
            return new BranchSettings(c.generatorOptimizer().learningRate(), c.discriminatorOptimizer().learningRate(),
                    c.discriminatorSteps(), c.loss(), c.labelSmoothing());
        }

        ExperimentConfig applyTo(ExperimentConfig c) {
            ExperimentConfig o = c.withOptimizers(c.generatorOptimizer().withLearningRate(generatorLr),
                            c.discriminatorOptimizer().withLearningRate(discriminatorLr))
                    .withDiscriminatorSteps(discriminatorSteps).withLoss(loss);
            return new ExperimentConfig(o.imageShape(), o.latentSize(), o.generator(), o.discriminator(), o.loss(),
                    o.generatorOptimizer(), o.discriminatorOptimizer(), o.discriminatorSteps(), labelSmoothing,
                    o.batchSize(), o.seed(), o.updateOrder());
        }
    }

    private final TrainingControl control;
    private final BackgroundRunner runner;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<RunTree> tree = new ReadOnlyObjectWrapper<>(RunTree.EMPTY);
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final LongProperty branchStep = new SimpleLongProperty(0);
    private final IntegerProperty keepEvery = new SimpleIntegerProperty(100);
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>("");

    public RunsViewModel(TrainingControl control, ObservableValue<SessionSnapshot> snapshots, BackgroundRunner runner,
                         Notifier notifier) {
        this.control = control;
        this.runner = runner;
        this.notifier = notifier;
        snapshots.subscribe(s -> refresh());
        keepEvery.subscribe(n -> {
            if (n.intValue() >= 1) {
                control.setKeepEvery(n.intValue());
            }
        });
    }

    /**
     * Reads the session's newest run tree. While a run trains every snapshot carries a new tree; the view is told at
     * once when the tree's shape changes (a branch, a switch, a new kept state) and otherwise once a second.
     */
    public void refresh() {
        RunTree t = control.runs();
        String shape = shape(t);
        long now = System.nanoTime();
        if (shape.equals(shownShape) && now - shownAt < REFRESH_NANOS) {
            return;
        }
        shownShape = shape;
        shownAt = now;
        tree.set(t);
        if (t.byId(selected.get()) == null && t.active() != null) {
            selected.set(t.active().id());
        }
    }

    private static final long REFRESH_NANOS = 1_000_000_000L;
    private String shownShape = "";
    private long shownAt;

    private static String shape(RunTree t) {
        StringBuilder sb = new StringBuilder();
        for (RunInfo r : t.runs()) {
            sb.append(r.id()).append(r.active() ? '*' : ' ').append(r.keptSteps().length).append(';');
        }
        return sb.toString();
    }

    public ReadOnlyObjectProperty<RunTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public LongProperty branchStepProperty() {
        return branchStep;
    }

    public IntegerProperty keepEveryProperty() {
        return keepEvery;
    }

    public ObjectProperty<String> problemProperty() {
        return problem;
    }

    public RunInfo selectedRun() {
        return tree.get().byId(selected.get());
    }

    /** The kept step nearest the asked one in the selected run (or its current step, which can always branch). */
    public long snappedBranchStep() {
        RunInfo r = selectedRun();
        if (r == null) {
            return -1;
        }
        long asked = branchStep.get();
        long kept = r.nearestKeptStep(asked);
        return kept < 0 || Math.abs(r.step() - asked) < Math.abs(kept - asked) ? r.step() : kept;
    }

    /** The settings a branch of the selected run starts with (its current ones). */
    public BranchSettings settingsOfSelected() {
        RunInfo r = selectedRun();
        return r == null ? null : BranchSettings.of(r.config());
    }

    /** Branches the selected run at {@link #snappedBranchStep()}; {@code changed} null or equal: nothing changes. */
    public void branch(BranchSettings changed) {
        RunInfo r = selectedRun();
        if (r == null) {
            problem.set(Texts.get("runs.branch.noRun"));
            return;
        }
        long step = snappedBranchStep();
        ExperimentConfig settings = changed == null || changed.equals(BranchSettings.of(r.config())) ? null
                : changed.applyTo(r.config());
        if (settings != null && !settings.validate().isEmpty()) {
            problem.set(Texts.get("runs.branch.invalid", settings.validate().get(0).message()));
            return;
        }
        problem.set("");
        control.branch(r.id(), step, settings).whenComplete((id, e) -> runner.runOnUiThread(() -> {
            if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problem.set(cause instanceof SessionException s ? s.getMessage() : Texts.get("runs.branch.failed"));
            } else {
                selected.set(id);
                notifier.outcome(Texts.get("runs.branch.done", id, r.id(), step));
            }
        }));
    }

    public void switchToSelected() {
        RunInfo r = selectedRun();
        if (r != null && !r.active()) {
            control.switchRun(r.id());
        }
    }

    /** A run's name in the tree: its number, where it branched from, its step. */
    public static String label(RunInfo r) {
        String base = r.isRoot() ? Texts.get("runs.tree.root", r.id(), r.step())
                : Texts.get("runs.tree.branch", r.id(), r.parentId(), r.parentStep(), r.step());
        return r.active() ? Texts.get("runs.tree.active", base) : base;
    }
}
