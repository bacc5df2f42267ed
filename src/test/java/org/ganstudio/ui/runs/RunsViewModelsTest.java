package org.ganstudio.ui.runs;

import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.Presets;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.ui.common.SameThreadRunner;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.RecordingNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison and follow ViewModels without a toolkit: rows, grids at the slider's step, status, grid decoding. */
class RunsViewModelsTest {

    @BeforeEach
    void english() {
        Texts.useLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    private static final ImageShape SHAPE = new ImageShape(1, 8, 8);

    private static RunInfo run(int id, int parent, long at, ExperimentConfig c, int steps) {
        MetricsHistory h = new MetricsHistory();
        for (int i = 0; i < steps; i++) {
            h.add(new StepMetrics(i, 1 + id, 2, 0.5, 0.5, 1, 1, 100));
        }
        List<ImageBatch> grids = List.of(grid(0, 10), grid(steps / 2, 100), grid(steps, 200));
        return new RunInfo(id, parent, at, c, steps, id == 1, new long[]{0}, 100, 0, h.view(), grids, null, null);
    }

    private static ImageBatch grid(long step, int value) {
        byte[] px = new byte[4 * SHAPE.size()];
        java.util.Arrays.fill(px, (byte) value);
        return new ImageBatch(step, 0, SHAPE, 4, px);
    }

    @Test
    void comparingTheWindowsRunsListsTheDifferingSettingsByNameAndGridsAtTheSliderStep() {
        ExperimentConfig c = Presets.reference(new ImageShape(1, 28, 28));
        ExperimentConfig lower = c.withOptimizers(c.generatorOptimizer(),
                c.discriminatorOptimizer().withLearningRate(1e-5));
        CompareViewModel vm = new CompareViewModel(new SameThreadRunner(), new RecordingNotifier());
        vm.compareRunsOf(new RunTree(1, List.of(run(1, 0, -1, c, 40), run(2, 1, 20, lower, 30))));
        assertEquals(2, vm.runs().size());
        assertEquals(1, vm.settings().size());
        assertEquals("D learning rate", vm.settings().get(0).name());
        assertEquals("0.00001", vm.settings().get(0).values().get(1));
        assertEquals(40, vm.maxStepProperty().get());
        vm.stepProperty().set(25);
        assertEquals(List.of(20L, 15L), vm.gridStepsAtStep(), "each run's newest grid at or before the step");
        assertEquals(1 + 40 + 30, vm.csv().lines().count());
        int before = vm.revisionProperty().get();
        vm.byTimeProperty().set(true);
        assertTrue(vm.revisionProperty().get() > before, "the view redraws when the alignment changes");
        Curve byTime = vm.curves(org.ganstudio.model.MetricsView.D_LOSS).get(0);
        assertEquals(4.0, byTime.x()[byTime.x().length - 1], 1e-9, "40 steps of 100 ms: 4 s");
    }

    @Test
    void followingShowsStepGridAndWaitsForAMissingFolder(@TempDir Path dir) throws Exception {
        FollowViewModel vm = new FollowViewModel(new FakeTrainingControl(), new SameThreadRunner(), () -> 10_000);
        vm.followWithoutThread(dir.resolve("missing"));
        vm.pollNow();
        assertTrue(vm.statusProperty().get().contains("not there"), vm.statusProperty().get());

        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("metrics.csv"), MetricsHistory.CSV_HEADER + "\n0,1,2,0.5,0.5,1,1,10\n"
                + "1,1,2,0.5,0.5,1,1,10\n");
        ImageFiles.writeGridPng(Files.createDirectories(run.resolve("samples")).resolve("step-0000002.png"),
                grid(2, 50));
        vm.followWithoutThread(run);
        vm.pollNow();
        assertTrue(vm.statusProperty().get().contains("step 2"), vm.statusProperty().get());
        assertNotNull(vm.gridProperty().get(), "the grid PNG was decoded");
        assertEquals("Newest grid: step 2", vm.gridTextProperty().get());
        assertEquals(2, vm.curves().size());
        vm.close();
    }
}
