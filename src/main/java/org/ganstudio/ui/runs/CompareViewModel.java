package org.ganstudio.ui.runs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.ComparedRun;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.RunComparison;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.ganstudio.session.ComparedExperiments;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.Notifier;
import org.ganstudio.ui.common.Texts;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison of two or more runs (runs of this window, experiment files): their curves overlaid by step or by
 * training time, their quality, their grids at one step, the settings that differ; exported as PNG and CSV.
 * Changes bump {@link #revisionProperty()}, on which the view redraws.
 */
public final class CompareViewModel {

    /** One line of the settings table: the readable name and each run's value. */
    public record SettingRow(String name, List<String> values) {
    }

    private final BackgroundRunner runner;
    private final Notifier notifier;
    private final ObservableList<ComparedRun> runs = FXCollections.observableArrayList();
    private final ObservableList<SettingRow> settings = FXCollections.observableArrayList();
    private final BooleanProperty byTime = new SimpleBooleanProperty(false);
    private final LongProperty step = new SimpleLongProperty(0);
    private final ReadOnlyLongWrapper maxStep = new ReadOnlyLongWrapper(0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public CompareViewModel(BackgroundRunner runner, Notifier notifier) {
        this.runner = runner;
        this.notifier = notifier;
        byTime.subscribe(b -> bump());
    }

    /** Replaces the compared runs of this window by the tree's runs (files added stay). */
    public void compareRunsOf(RunTree tree) {
        runs.removeIf(r -> r.name().startsWith(Texts.get("runs.compare.runPrefix")));
        List<ComparedRun> add = new ArrayList<>();
        for (RunInfo r : tree.runs()) {
            add.add(ComparedRun.of(Texts.get("runs.compare.runPrefix") + " " + r.id(), r));
        }
        runs.addAll(0, add);
        changed();
    }

    /** Reads experiment files in the background and adds them; an unreadable one is said, the others added. */
    public void addFiles(List<Path> files) {
        for (Path f : files) {
            runner.run(() -> ComparedExperiments.load(f), r -> {
                runs.add(r);
                changed();
            }, e -> notifier.error(Texts.get("runs.compare.fileFailed.title"), e.getMessage()));
        }
    }

    public void remove(ComparedRun r) {
        runs.remove(r);
        changed();
    }

    private void changed() {
        List<RunComparison.Difference> d = RunComparison.differingSettings(runs.stream().map(ComparedRun::config).toList());
        settings.setAll(d.stream().map(x -> new SettingRow(SettingNames.of(x), x.values())).toList());
        long max = runs.stream().mapToLong(ComparedRun::lastStep).max().orElse(0);
        maxStep.set(max);
        if (step.get() > max || step.get() == 0) {
            step.set(max);
        }
        bump();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    public ObservableList<ComparedRun> runs() {
        return runs;
    }

    public ObservableList<SettingRow> settings() {
        return settings;
    }

    public BooleanProperty byTimeProperty() {
        return byTime;
    }

    public LongProperty stepProperty() {
        return step;
    }

    public ReadOnlyLongProperty maxStepProperty() {
        return maxStep.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Every run's curve of one figure ({@link MetricsView} column), aligned as chosen. */
    public List<Curve> curves(int column) {
        return runs.stream().map(r -> Curve.of(r.name(), r.metrics(), column, r.trainingSeconds(), byTime.get()))
                .toList();
    }

    /** Every run's FID by step (by training time: at the time of the step it was measured after). */
    public List<Curve> qualityCurves() {
        List<Curve> out = new ArrayList<>();
        for (ComparedRun r : runs) {
            List<QualityFigures> q = r.quality().points();
            double[] secs = r.trainingSeconds();
            double[] x = new double[q.size()];
            double[] y = new double[q.size()];
            for (int i = 0; i < q.size(); i++) {
                long s = q.get(i).step();
                x[i] = byTime.get() && secs.length > 0 ? secs[(int) Math.max(0, Math.min(secs.length - 1, s - 1))] : s;
                y[i] = q.get(i).fid();
            }
            out.add(new Curve(r.name(), x, y));
        }
        return out;
    }

    /** Each run's grid at the slider's step (its newest at or before it), null where a run has none. */
    public List<ArgbRaster> gridsAtStep() {
        List<ArgbRaster> out = new ArrayList<>();
        for (ComparedRun r : runs) {
            ImageBatch b = r.gridAt(step.get());
            out.add(b == null ? null : ImageFiles.grid(b));
        }
        return out;
    }

    /** The step each run's shown grid was drawn at (-1 where none). */
    public List<Long> gridStepsAtStep() {
        return runs.stream().map(r -> {
            ImageBatch b = r.gridAt(step.get());
            return b == null ? -1L : b.step();
        }).toList();
    }

    public String csv() {
        return RunComparison.csv(List.copyOf(runs));
    }

    public void exportCsv(Path file) {
        String text = csv();
        runner.run(() -> Files.writeString(file, text, StandardCharsets.UTF_8),
                p -> notifier.outcome(Texts.get("runs.export.done", file.getFileName())),
                e -> notifier.error(Texts.get("runs.export.failed.title"), e.getMessage()));
    }

    public void exportPng(BufferedImage picture, Path file) {
        runner.run(() -> {
            ImageFiles.writePng(file, picture);
            return file;
        }, p -> notifier.outcome(Texts.get("runs.export.done", file.getFileName())),
                e -> notifier.error(Texts.get("runs.export.failed.title"), e.getMessage()));
    }
}
