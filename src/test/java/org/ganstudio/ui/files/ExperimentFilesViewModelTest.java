package org.ganstudio.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.Presets;
import org.ganstudio.ui.common.SameThreadRunner;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.hyperparameters.HyperparametersViewModel;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.RecordingNotifier;
import org.ganstudio.ui.testing.ScriptedConfirmer;
import org.ganstudio.ui.testing.ScriptedFileDialogs;
import org.ganstudio.ui.testing.TestWorkspace;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.training.TrainingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesViewModelTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    @TempDir
    Path dir;

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final SnapshotPoller poller = new SnapshotPoller(session);
    private final HyperparametersViewModel settings = new HyperparametersViewModel();
    private final SimpleObjectProperty<DataSelection> data = new SimpleObjectProperty<>();
    private final ScriptedConfirmer confirmer = new ScriptedConfirmer();
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ManualClock clock = new ManualClock();
    private final TrainingViewModel training = new TrainingViewModel(session, poller.snapshotProperty(), settings, data,
            confirmer, clock);
    private final TestWorkspace workspace = new TestWorkspace(training, settings, data);
    private ExperimentFilesViewModel vm;

    private ExperimentFilesViewModel files() {
        if (vm == null) {
            vm = new ExperimentFilesViewModel(session, poller.snapshotProperty(), workspace, data,
                    new SameThreadRunner(), dialogs, confirmer, notifier, new RecentFiles(dir.resolve("config/recent.txt")),
                    dir.resolve("data/autosave.ganstudio"), clock);
        }
        return vm;
    }

    private void trainSome(long steps) {
        files();
        if (data.get() == null) {
            settings.setImageShape(SHAPE);
            data.set(DataSelection.of(FakeImages.dataset(SHAPE, 10)));
            training.start();
        }
        session.train(steps);
        poller.poll();
    }

    @Test
    void saveAsAsksForAFileAndThenSaveReusesIt() {
        trainSome(20);
        assertTrue(files().unsavedProperty().get());
        assertEquals("GAN Studio •", files().titleProperty().get());
        dialogs.toSave = dir.resolve("run1");
        files().save();
        assertEquals(List.of("save run1.ganstudio"), session.callsStartingWith("save"));
        assertEquals(dir.resolve("run1.ganstudio"), files().currentFileProperty().get());
        assertFalse(files().unsavedProperty().get());
        assertEquals("GAN Studio — run1.ganstudio", files().titleProperty().get());
        assertEquals(List.of(dir.resolve("run1.ganstudio")), files().recentFiles());
        assertEquals(List.of(dir.resolve("run1.ganstudio")), new RecentFiles(dir.resolve("config/recent.txt")).load());

        session.train(5);
        poller.poll();
        assertTrue(files().unsavedProperty().get());
        dialogs.toSave = null;
        files().save();
        assertEquals(List.of("save run1.ganstudio", "save run1.ganstudio"), session.callsStartingWith("save"));
        assertEquals(List.of("Save experiment"), dialogs.titles);
    }

    @Test
    void aFailedSaveIsExplainedInPlainWords() {
        trainSome(5);
        session.failure = "Disk full";
        dialogs.toSave = dir.resolve("x.ganstudio");
        files().saveAs();
        assertEquals(List.of("Could not save the experiment: Disk full"), notifier.errors, "no prefix added twice");
        assertNull(files().currentFileProperty().get());
        assertTrue(files().unsavedProperty().get());
    }

    @Test
    void theSavedStepIsTheOneTheEngineSavedAtNotTheOneShownWhenAsked() {
        trainSome(20);
        session.pendingSave = new CompletableFuture<>();
        files().saveTo(dir.resolve("late.ganstudio"));
        session.train(7); // training goes on until the engine thread gets to the save
        session.finishPendingSave();
        poller.poll();
        assertEquals("Saved late.ganstudio at step 27", notifier.infos.get(notifier.infos.size() - 1));
        assertFalse(files().unsavedProperty().get(), "the file holds step 27, which is on screen");
        session.train(1);
        poller.poll();
        assertTrue(files().unsavedProperty().get());
    }

    @Test
    void aFileNamedLikeADatasetThatFailsForAnotherReasonOffersNothing() throws Exception {
        trainSome(3);
        Path file = Files.writeString(dir.resolve("my-dataset.ganstudio"), "fake");
        session.failure = "Could not open my-dataset.ganstudio: the file is damaged (dataset section unreadable).";
        session.failureKind = org.ganstudio.session.SessionException.Kind.FILE_UNREADABLE;
        confirmer.answer = true;
        files().open(file);
        assertEquals(List.of("Open my-dataset.ganstudio"), confirmer.asked, "only the discard question");
        assertEquals(List.of("Could not open the experiment: " + session.failure), notifier.errors,
                "the session's sentence, shown once as it is");
    }

    @Test
    void savingIsBusyUntilTheSessionAnswers() {
        trainSome(5);
        session.pendingSave = new CompletableFuture<>();
        files().saveTo(dir.resolve("slow.ganstudio"));
        assertTrue(files().busyProperty().get());
        assertFalse(files().canSaveProperty().get());
        session.pendingSave.complete(dir.resolve("slow.ganstudio"));
        assertFalse(files().busyProperty().get());
        assertEquals(dir.resolve("slow.ganstudio"), files().currentFileProperty().get());
    }

    @Test
    void openingLoadsTheFilesDatasetThroughTheDatasetFeatureFirst() throws Exception {
        files();
        Path file = Files.writeString(dir.resolve("old.ganstudio"), "fake");
        ExperimentConfig saved = Presets.reference(SHAPE).withBatchSize(16).withSeed(9);
        session.configToOpen = saved;
        workspace.datasetToLoad = FakeImages.dataset(SHAPE, 7);
        session.stepToOpen = 120;
        dialogs.toOpen = file;
        files().open();
        poller.poll();
        assertEquals(List.of(Path.of("/data/saved-shapes") + " 32"), workspace.loads,
                "the reference and options the file holds");
        assertEquals(List.of("inspect old.ganstudio", "open old.ganstudio with 7 images"),
                session.calls.stream().filter(c -> c.startsWith("inspect") || c.startsWith("open")).toList());
        assertEquals(saved, settings.config());
        assertEquals(workspace.datasetToLoad, data.get().dataset());
        assertEquals(file, files().currentFileProperty().get());
        assertFalse(files().unsavedProperty().get());
        assertTrue(training.hasExperimentProperty().get());
        assertFalse(training.pendingRebuildProperty().get());
        assertEquals(List.of("Opening old.ganstudio…", "Opened old.ganstudio at step 120"), notifier.infos);
        session.calls.clear();
        training.start();
        assertEquals(List.of("start"), session.calls, "resumes the opened run, no rebuild");
    }

    @Test
    void whileTheDatasetLoadsTheOpenIsBusyAndACancelEndsIt() throws Exception {
        files();
        Path file = Files.writeString(dir.resolve("big.ganstudio"), "fake");
        workspace.pendingLoad = new CompletableFuture<>();
        files().open(file);
        assertTrue(files().busyProperty().get());
        assertEquals(List.of(), session.callsStartingWith("open"), "nothing opened before the data is there");
        workspace.pendingLoad.completeExceptionally(new java.util.concurrent.CancellationException("Loading cancelled"));
        assertFalse(files().busyProperty().get());
        assertEquals(List.of(), session.callsStartingWith("open"));
        assertEquals(List.of(), notifier.errors);
        assertEquals("Opening big.ganstudio cancelled", notifier.infos.get(notifier.infos.size() - 1));
    }

    @Test
    void openingAMissingFileRemovesItFromTheRecentList() {
        RecentFiles store = new RecentFiles(dir.resolve("config/recent.txt"));
        store.add(dir.resolve("gone.ganstudio"));
        files().open(dir.resolve("gone.ganstudio"));
        assertEquals(1, notifier.errors.size());
        assertTrue(notifier.errors.get(0).contains("does not exist"), notifier.errors.get(0));
        assertEquals(List.of(), files().recentFiles());
        assertEquals(List.of(), session.callsStartingWith("open"));
    }

    @Test
    void unsavedProgressIsOnlyDiscardedAfterAsking() throws Exception {
        trainSome(30);
        confirmer.answer = false;
        files().newExperiment();
        assertEquals(List.of("Start a new experiment"), confirmer.asked);
        assertEquals(1, session.callsStartingWith("newExperiment").size());
        confirmer.answer = true;
        files().newExperiment();
        assertEquals(2, session.callsStartingWith("newExperiment").size());
    }

    @Test
    void autosaveRunsEveryFiveMinutesWhenThereIsUnsavedProgress() {
        files();
        clock.advance(6, TimeUnit.MINUTES);
        files().autosaveIfDue();
        assertEquals(List.of(), session.callsStartingWith("save"), "nothing to save");
        trainSome(10);
        files().autosaveIfDue();
        assertEquals(List.of(), session.callsStartingWith("save"), "not due yet");
        clock.advance(5, TimeUnit.MINUTES);
        files().autosaveIfDue();
        assertEquals(List.of("save autosave.ganstudio"), session.callsStartingWith("save"));
        assertTrue(files().unsavedProperty().get(), "an autosave does not count as saving");
        assertTrue(files().hasAutosaveProperty().get());
        clock.advance(5, TimeUnit.MINUTES);
        files().autosaveIfDue();
        assertEquals(1, session.callsStartingWith("save").size(), "no new progress since");
        session.train(1);
        poller.poll();
        assertTrue(files().saveForExit().isDone());
        assertEquals(2, session.callsStartingWith("save").size());
        assertNull(files().currentFileProperty().get());
    }

    @Test
    void whenTheSavedDatasetIsGoneTheLoadedOneCanStandIn() throws Exception {
        trainSome(3);
        Path file = Files.writeString(dir.resolve("moved.ganstudio"), "fake");
        workspace.datasetToLoad = null; // its folder is gone
        confirmer.next.add(true); // discard the unsaved steps
        confirmer.next.add(false); // but do not use the loaded dataset
        files().open(file);
        assertEquals(List.of("Open moved.ganstudio", "Open with the loaded dataset"), confirmer.asked);
        assertEquals(1, notifier.errors.size());
        assertTrue(notifier.errors.get(0).contains("could not be loaded"), notifier.errors.get(0));
        assertFalse(files().busyProperty().get());
        assertEquals(List.of(), session.callsStartingWith("open"));

        confirmer.next.add(true);
        confirmer.next.add(true);
        files().open(file);
        assertEquals(List.of("open moved.ganstudio with 10 images"), session.callsStartingWith("open"));
        assertEquals(1, notifier.errors.size());
        assertEquals(file, files().currentFileProperty().get());
    }

    @Test
    void theSessionsTypedDatasetFailureOffersTheLoadedDataset() throws Exception {
        trainSome(3);
        Path file = Files.writeString(dir.resolve("old-format.ganstudio"), "fake");
        session.referenceToOpen = null; // the file names no dataset
        confirmer.next.add(true); // discard
        confirmer.next.add(true); // use the loaded dataset
        files().open(file);
        assertEquals(List.of("Open old-format.ganstudio", "Open with the loaded dataset"), confirmer.asked);
        assertEquals(List.of(), workspace.loads);
        assertEquals(List.of("open old-format.ganstudio with 10 images"), session.callsStartingWith("open"));
        assertEquals(List.of(), notifier.errors);
    }

    @Test
    void theExtensionIsAddedWhenMissing() {
        assertEquals(Path.of("a.ganstudio"), ExperimentFilesViewModel.withExtension(Path.of("a")));
        assertEquals(Path.of("b.GANSTUDIO"), ExperimentFilesViewModel.withExtension(Path.of("b.GANSTUDIO")));
    }
}
