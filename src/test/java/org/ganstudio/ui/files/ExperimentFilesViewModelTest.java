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
import org.ganstudio.ui.training.DataSelection;
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
    private ExperimentFilesViewModel vm;

    private ExperimentFilesViewModel files() {
        if (vm == null) {
            vm = new ExperimentFilesViewModel(session, poller.snapshotProperty(), training, settings, data,
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
        assertEquals(List.of("Could not save the experiment: Could not save to x.ganstudio: Disk full"), notifier.errors);
        assertNull(files().currentFileProperty().get());
        assertTrue(files().unsavedProperty().get());
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
    void openingShowsTheOpenedSettingsAndData() throws Exception {
        files();
        Path file = Files.writeString(dir.resolve("old.ganstudio"), "fake");
        ExperimentConfig saved = Presets.reference(SHAPE).withBatchSize(16).withSeed(9);
        session.configToOpen = saved;
        session.datasetToOpen = FakeImages.dataset(SHAPE, 7);
        session.stepToOpen = 120;
        dialogs.toOpen = file;
        files().open();
        poller.poll();
        assertEquals(saved, settings.config());
        assertEquals(session.datasetToOpen, data.get().dataset());
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
        FakeTrainingControl failing = session;
        failing.failure = "The experiment's dataset /gone cannot be loaded: no such folder.";
        confirmer.next.add(true); // discard the unsaved steps
        confirmer.next.add(false); // but do not use the loaded dataset
        files().open(file);
        assertEquals(List.of("Open moved.ganstudio", "Open with the loaded dataset"), confirmer.asked);
        assertEquals(1, notifier.errors.size());
        assertTrue(notifier.errors.get(0).contains("cannot be loaded"), notifier.errors.get(0));
        assertFalse(files().busyProperty().get());

        failing.failure = null;
        confirmer.next.add(true);
        confirmer.next.add(true);
        session.calls.clear();
        failing.failure = "The experiment's dataset /gone cannot be loaded: no such folder.";
        files().open(file);
        // the fake fails every open while failure is set, so the retry fails too and is reported once
        assertEquals(List.of("open moved.ganstudio", "open moved.ganstudio"), session.callsStartingWith("open"));
        assertEquals(2, notifier.errors.size());
    }

    @Test
    void theExtensionIsAddedWhenMissing() {
        assertEquals(Path.of("a.ganstudio"), ExperimentFilesViewModel.withExtension(Path.of("a")));
        assertEquals(Path.of("b.GANSTUDIO"), ExperimentFilesViewModel.withExtension(Path.of("b.GANSTUDIO")));
    }
}
