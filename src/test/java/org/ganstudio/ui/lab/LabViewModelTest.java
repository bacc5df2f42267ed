package org.ganstudio.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.model.ImageShape;
import org.ganstudio.ui.common.DataSelection;
import org.ganstudio.ui.common.SameThreadRunner;
import org.ganstudio.ui.dataset.DatasetViewModel;
import org.ganstudio.ui.files.RecentFiles;
import org.ganstudio.ui.testing.FakeImages;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ManualClock;
import org.ganstudio.ui.testing.ScriptedLabDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's wiring without a toolkit: closing. */
class LabViewModelTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    @TempDir
    Path dir;

    private final FakeTrainingControl session = new FakeTrainingControl();

    private LabViewModel lab() {
        DatasetViewModel datasets = new DatasetViewModel(new DatasetLoader(1), new SameThreadRunner(), List.of(),
                dir.resolve("reports"));
        return new LabViewModel(session, datasets, new SameThreadRunner(), new ScriptedLabDialogs(),
                new RecentFiles(dir.resolve("recent.txt")), dir.resolve("autosave.ganstudio"), new ManualClock(), 1);
    }

    private static void train(LabViewModel lab, FakeTrainingControl session, long steps) {
        lab.settings().setImageShape(SHAPE);
        lab.data().set(DataSelection.of(FakeImages.dataset(SHAPE, 10)));
        lab.training().start();
        session.train(steps);
        lab.poller().poll();
    }

    @Test
    void aSecondCloseRequestStartsNoSecondAutosaveAndNeitherWaitsForTheEngine() {
        LabViewModel lab = lab();
        train(lab, session, 12);
        assertTrue(lab.files().unsavedProperty().get());
        session.pendingClose = new CompletableFuture<>(); // the engine thread takes its time to end

        CompletableFuture<Void> first = lab.close();
        CompletableFuture<Void> second = lab.close();

        assertSame(first, second);
        assertEquals(List.of("save autosave.ganstudio"), session.callsStartingWith("save"), "one autosave");
        assertEquals(List.of("closeAsync"), session.callsStartingWith("close"), "closed once, without blocking");
        assertFalse(first.isDone(), "close returned before the engine thread ended");
        session.pendingClose.complete(null);
        assertTrue(first.isDone());
        assertFalse(first.isCompletedExceptionally());
    }

    @Test
    void closingStillEndsWhenTheAutosaveFails() {
        LabViewModel lab = lab();
        train(lab, session, 5);
        session.failure = "Disk full";
        CompletableFuture<Void> closed = lab.close();
        assertTrue(closed.isDone());
        assertFalse(closed.isCompletedExceptionally());
        assertEquals(List.of("closeAsync"), session.callsStartingWith("close"));
    }
}
