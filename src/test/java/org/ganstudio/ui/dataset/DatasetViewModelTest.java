package org.ganstudio.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.SameThreadRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ViewModel behaviour without a JavaFX toolkit: work runs on the test thread. */
class DatasetViewModelTest {

    @TempDir
    Path dir;

    private DatasetViewModel viewModel(BackgroundRunner runner, List<ShippedDataset> shipped) {
        return new DatasetViewModel(new DatasetLoader(2), runner, shipped, dir.resolve("reports"));
    }

    private DatasetViewModel viewModel() {
        return viewModel(new SameThreadRunner(), List.of());
    }

    @Test
    void shapesIsSelectedByDefaultAndEstimated() throws Exception {
        Path root = dir.resolve("datasets");
        Fixtures.grayImages(root.resolve("fashion"), 3, 0);
        Fixtures.grayImages(root.resolve("shapes"), 4, 0);
        List<ShippedDataset> shipped = ShippedDataset.findIn(List.of(root));
        DatasetViewModel vm = viewModel(new SameThreadRunner(), shipped);
        assertEquals("shapes", vm.selectedShippedProperty().get().name());
        assertEquals(root.resolve("shapes").toAbsolutePath(), vm.sourcePathProperty().get());
        assertEquals("4 image files found; needs 16.0 KB as 32×32 grayscale or 48.0 KB as RGB",
                vm.estimateTextProperty().get());
        assertTrue(vm.canLoadProperty().get());
        assertNull(vm.datasetProperty().get());
    }

    @Test
    void withoutSourceNothingCanLoad() {
        DatasetViewModel vm = viewModel();
        assertNull(vm.sourcePathProperty().get());
        assertFalse(vm.canLoadProperty().get());
        assertEquals("Choose a dataset folder", vm.estimateTextProperty().get());
        vm.load();
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void successfulLoadFillsStatsPreviewAndReport() throws Exception {
        Fixtures.grayImages(dir.resolve("data").resolve("a"), 3, 10);
        Fixtures.grayImages(dir.resolve("data").resolve("b"), 2, 200);
        Files.writeString(dir.resolve("data").resolve("notes.txt"), "x");
        DatasetViewModel vm = viewModel();
        List<Number> progress = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now));
        vm.sourcePathProperty().set(dir.resolve("data"));
        vm.load();

        LoadedDataset ds = vm.datasetProperty().get();
        assertNotNull(ds);
        assertEquals(5, ds.count());
        assertFalse(vm.loadingProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(DatasetViewModel.INDETERMINATE, progress.get(0).doubleValue());
        assertTrue(vm.statsTextProperty().get().startsWith("5 images · 32×32 grayscale · 2 classes · 1 skipped · "),
                vm.statsTextProperty().get());
        assertEquals(List.of("a: 3", "b: 2"), vm.classCounts());
        assertEquals(5, vm.usedCountProperty().get());
        assertEquals(1, vm.skippedCountProperty().get());
        assertEquals(new ImageShape(1, 32, 32), vm.shapeProperty().get());
        assertEquals("", vm.errorMessageProperty().get());
        assertFalse(vm.hasErrorProperty().get());

        assertEquals(5, vm.previewImages().size());
        PreviewImage first = vm.previewImages().get(0);
        assertEquals(32, first.width());
        assertEquals(0xFF0A0A0A, first.argb()[0], "gray 10 back from [-1, 1]");
        assertEquals("a", first.label());
        assertEquals("b", vm.previewImages().get(4).label());

        Path report = vm.reportPathProperty().get();
        assertTrue(vm.canOpenReportProperty().get());
        assertTrue(Files.readString(report).contains("notes.txt — not an image file (.txt)"));
    }

    @Test
    void previewIsLimited() throws Exception {
        Fixtures.grayImages(dir.resolve("many"), 70, 0);
        DatasetViewModel vm = viewModel();
        vm.sourcePathProperty().set(dir.resolve("many"));
        vm.load();
        assertEquals(70, vm.datasetProperty().get().count());
        assertEquals(DatasetViewModel.PREVIEW_LIMIT, vm.previewImages().size());
    }

    @Test
    void failedLoadShowsTheMessageAndKeepsThePreviousDataset() throws Exception {
        Fixtures.grayImages(dir.resolve("good"), 3, 0);
        Files.createDirectories(dir.resolve("empty"));
        DatasetViewModel vm = viewModel();
        vm.sourcePathProperty().set(dir.resolve("good"));
        vm.load();
        LoadedDataset good = vm.datasetProperty().get();

        vm.sourcePathProperty().set(dir.resolve("empty"));
        assertEquals("No image files found", vm.estimateTextProperty().get());
        vm.load();
        assertEquals("Folder " + dir.resolve("empty") + " is empty", vm.errorMessageProperty().get());
        assertTrue(vm.hasErrorProperty().get());
        assertSame(good, vm.datasetProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertTrue(vm.canLoadProperty().get());
    }

    @Test
    void failureThatExaminedFilesWritesItsReport() throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts").resolve("a.png"), "hello");
        Files.writeString(dir.resolve("texts").resolve("b.png"), "world");
        DatasetViewModel vm = viewModel();
        vm.sourcePathProperty().set(dir.resolve("texts"));
        vm.load();
        assertTrue(vm.errorMessageProperty().get().endsWith("contains no usable images (2 files skipped: see report)"),
                vm.errorMessageProperty().get());
        assertTrue(Files.readString(vm.reportPathProperty().get()).contains("a.png — named .png but the content is a text file"));
    }

    @Test
    void loadingStateAndCancel() throws Exception {
        Fixtures.grayImages(dir.resolve("data"), 5, 0);
        QueueRunner runner = new QueueRunner();
        DatasetViewModel vm = viewModel(runner, List.of());
        vm.sourcePathProperty().set(dir.resolve("data"));
        runner.runAll(); // the estimate
        vm.load();
        assertTrue(vm.loadingProperty().get());
        assertTrue(vm.canCancelProperty().get());
        assertFalse(vm.canLoadProperty().get(), "no second load while one runs");
        assertEquals(DatasetViewModel.INDETERMINATE, vm.progressProperty().get());
        vm.cancel();
        runner.runAll();
        assertFalse(vm.loadingProperty().get());
        assertEquals("Loading cancelled", vm.errorMessageProperty().get());
        assertNull(vm.datasetProperty().get());
        assertEquals(0.0, vm.progressProperty().get());
    }

    @Test
    void aStaleEstimateDoesNotOverwriteANewerOne() throws Exception {
        Fixtures.grayImages(dir.resolve("data"), 2, 0);
        QueueRunner runner = new QueueRunner();
        DatasetViewModel vm = viewModel(runner, List.of());
        vm.channelModeProperty().set(ChannelMode.GRAYSCALE);
        vm.sourcePathProperty().set(dir.resolve("data"));
        vm.imageSizeProperty().set(64);
        assertEquals(2, runner.pendingCount());
        assertEquals("Counting images…", vm.estimateTextProperty().get());
        runner.runAt(1); // the newer one (64 px) finishes first
        runner.runAt(0);
        assertEquals("2 image files found; needs 32.0 KB as 64×64 grayscale", vm.estimateTextProperty().get());
    }

    @Test
    void typedPathsAreValidated() {
        DatasetViewModel vm = viewModel();
        vm.setSourceText("  " + dir + "  ");
        assertEquals(dir, vm.sourcePathProperty().get());
        vm.setSourceText("bad\0path");
        assertEquals("\"bad\0path\" is not a valid path", vm.errorMessageProperty().get());
        assertEquals(dir, vm.sourcePathProperty().get(), "unchanged");
        vm.setSourceText("");
        assertNull(vm.sourcePathProperty().get());
    }

    @Test
    void choosingAnotherFolderDeselectsTheShippedDataset() throws Exception {
        Path root = dir.resolve("datasets");
        Fixtures.grayImages(root.resolve("shapes"), 2, 0);
        Fixtures.grayImages(root.resolve("other"), 2, 0);
        List<ShippedDataset> shipped = ShippedDataset.findIn(List.of(root));
        DatasetViewModel vm = viewModel(new SameThreadRunner(), shipped);
        vm.sourcePathProperty().set(dir);
        assertNull(vm.selectedShippedProperty().get());
        vm.selectedShippedProperty().set(shipped.get(0));
        assertEquals("other", shipped.get(0).name());
        assertEquals(root.resolve("other").toAbsolutePath(), vm.sourcePathProperty().get());
    }

    @Test
    void readOnlyListsCannotBeChangedFromOutside() {
        DatasetViewModel vm = viewModel();
        assertThrows(UnsupportedOperationException.class,
                () -> vm.previewImages().add(new PreviewImage(1, 1, new int[1], "")));
        assertThrows(UnsupportedOperationException.class, () -> vm.classCounts().add("x"));
    }
}
