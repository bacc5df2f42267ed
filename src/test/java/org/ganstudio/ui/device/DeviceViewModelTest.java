package org.ganstudio.ui.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.SameThreadRunner;
import org.ganstudio.ui.common.SnapshotPoller;
import org.ganstudio.ui.files.ExperimentFilesViewModel;
import org.ganstudio.ui.files.RecentFiles;
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

class DeviceViewModelTest {

    @TempDir
    Path dir;

    private final FakeTrainingControl session = new FakeTrainingControl();
    private final SnapshotPoller poller = new SnapshotPoller(session);
    private final HyperparametersViewModel settings = new HyperparametersViewModel();
    private final SimpleObjectProperty<DataSelection> data = new SimpleObjectProperty<>();
    private final ScriptedConfirmer confirmer = new ScriptedConfirmer();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final TrainingViewModel training = new TrainingViewModel(session, poller.snapshotProperty(), settings, data,
            confirmer, new ManualClock());
    private final List<String> control = new ArrayList<>();
    private boolean closed;
    private String restartFailure;

    private DeviceViewModel vm() {
        ExperimentFilesViewModel files = new ExperimentFilesViewModel(session, poller.snapshotProperty(),
                new TestWorkspace(training, settings, data), data, new SameThreadRunner(), new ScriptedFileDialogs(), confirmer, notifier,
                new RecentFiles(dir.resolve("recent.txt")), dir.resolve("autosave.ganstudio"), new ManualClock());
        DeviceControl fake = new DeviceControl() {
            @Override
            public String current() {
                return "Now computing on the CPU";
            }

            @Override
            public DevicePreference saved() {
                return DevicePreference.AUTO;
            }

            @Override
            public void save(DevicePreference choice) {
                control.add("save " + choice);
            }

            @Override
            public void restart(DevicePreference choice, Path experiment) throws IOException {
                if (restartFailure != null) {
                    throw new IOException(restartFailure);
                }
                control.add("restart " + choice + " " + (experiment == null ? null : experiment.getFileName()));
            }
        };
        return new DeviceViewModel(fake, files::saveForRestart, new SameThreadRunner(), confirmer, notifier, () -> closed = true);
    }

    @Test
    void choosingLaterOnlySavesTheChoice() {
        DeviceViewModel vm = vm();
        assertEquals("Now computing on the CPU", vm.currentProperty().get());
        assertFalse(vm.changedProperty().get());
        vm.choiceProperty().set(DevicePreference.CPU);
        assertTrue(vm.changedProperty().get());
        confirmer.answer = false;
        vm.apply();
        assertEquals(List.of("save CPU"), control);
        assertEquals(List.of("The device CPU applies from the next start"), notifier.infos);
        assertFalse(vm.changedProperty().get());
        assertFalse(closed);
    }

    @Test
    void restartingNowSavesTheExperimentAndReopensIt() {
        DeviceViewModel vm = vm();
        ImageShape shape = new ImageShape(1, 28, 28);
        settings.setImageShape(shape);
        data.set(DataSelection.of(FakeImages.dataset(shape, 4)));
        training.start();
        session.train(12);
        poller.poll();
        vm.choiceProperty().set(DevicePreference.GPU);
        vm.apply();
        assertEquals(List.of("save autosave.ganstudio"), session.callsStartingWith("save"));
        assertEquals(List.of("save GPU", "restart GPU autosave.ganstudio"), control);
        assertTrue(closed);
    }

    @Test
    void aFailedRestartKeepsThisWindow() {
        DeviceViewModel vm = vm();
        restartFailure = "java not found";
        vm.choiceProperty().set(DevicePreference.CPU);
        vm.apply();
        assertEquals(List.of("save CPU"), control);
        assertFalse(closed);
        assertEquals(1, notifier.errors.size());
        assertTrue(notifier.errors.get(0).contains("java not found"), notifier.errors.get(0));
    }
}
