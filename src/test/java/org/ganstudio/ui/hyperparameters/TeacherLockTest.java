package org.ganstudio.ui.hyperparameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.ganstudio.model.Lesson;
import org.ganstudio.model.LessonCatalog;
import org.ganstudio.model.LessonJson;
import org.ganstudio.model.LessonLock;
import org.junit.jupiter.api.Test;

/** The teacher's lock on the form, without a toolkit: lock, wrong and right PIN, and through a lesson file. */
class TeacherLockTest {

    private final HyperparametersViewModel form = new HyperparametersViewModel();
    private final TeacherLock teacher = new TeacherLock(form);

    private boolean locked(String id) {
        return form.setting(id).lockedProperty().get();
    }

    private boolean hidden(String id) {
        return form.setting(id).hiddenProperty().get();
    }

    @Test
    void aLockLocksAndHidesOnlyWhatItNames() {
        List<String> unknown = teacher.apply(TeacherLock.create(Set.of("dLearningRate", "loss"), Set.of("seed"),
                "2468"));
        assertEquals(List.of(), unknown);
        assertTrue(teacher.activeProperty().get());
        assertTrue(locked("dLearningRate") && locked("loss"));
        assertTrue(hidden("seed") && !locked("seed"));
        assertFalse(locked("gLearningRate") || hidden("gLearningRate"), "the rest stay open");
    }

    @Test
    void aWrongPinKeepsItLockedTheRightOneUnlocks() {
        teacher.apply(TeacherLock.create(Set.of("dLearningRate"), Set.of("seed"), "2468"));
        assertEquals(TeacherLock.Unlock.WRONG_PIN, teacher.unlock("1357"));
        assertEquals(TeacherLock.Unlock.WRONG_PIN, teacher.unlock(""));
        assertTrue(locked("dLearningRate") && hidden("seed") && teacher.activeProperty().get());
        assertEquals(TeacherLock.Unlock.UNLOCKED, teacher.unlock(" 2468 "));
        assertFalse(locked("dLearningRate") || hidden("seed") || teacher.activeProperty().get());
        assertEquals(TeacherLock.Unlock.NOTHING_LOCKED, teacher.unlock("2468"));
    }

    @Test
    void theLockTravelsThroughTheLessonFileWithoutThePin() throws Exception {
        Lesson shipped = LessonCatalog.load(LessonCatalog.names().get(0), LessonJson.SHIPPED_DATASETS);
        LessonLock lock = TeacherLock.create(Set.of("loss"), Set.of("dOptimizer"), "8642");
        String file = LessonJson.toJson(shipped.withLock(lock));
        assertFalse(file.contains("8642"), "the PIN itself is never written");
        Lesson read = LessonJson.parse(file, Path.of("."), LessonJson.SHIPPED_DATASETS, Long.MAX_VALUE);
        teacher.apply(read.lock());
        assertTrue(locked("loss") && hidden("dOptimizer"));
        assertEquals(TeacherLock.Unlock.WRONG_PIN, teacher.unlock("2468"));
        assertEquals(TeacherLock.Unlock.UNLOCKED, teacher.unlock("8642"));
        assertFalse(locked("loss"));
    }

    @Test
    void aChoicePerSettingBecomesTheLockAndReadsBackFromTheForm() {
        LessonLock lock = TeacherLock.create(java.util.Map.of("loss", TeacherLock.Access.LOCKED,
                "seed", TeacherLock.Access.HIDDEN, "batchSize", TeacherLock.Access.OPEN), "1357");
        assertEquals(Set.of("loss"), lock.locked());
        assertEquals(Set.of("seed"), lock.hidden());
        teacher.apply(lock);
        assertEquals(TeacherLock.Access.LOCKED, TeacherLock.accessOf(form.setting("loss")));
        assertEquals(TeacherLock.Access.HIDDEN, TeacherLock.accessOf(form.setting("seed")));
        assertEquals(TeacherLock.Access.OPEN, TeacherLock.accessOf(form.setting("batchSize")));
        assertEquals(LessonLock.NONE, TeacherLock.create(java.util.Map.of("loss", TeacherLock.Access.OPEN), "1357"),
                "all open: no lock, and no PIN needed");
    }

    @Test
    void idsTheFormDoesNotHaveAreReported() {
        assertEquals(List.of("noSuchSetting"), teacher.apply(TeacherLock.create(Set.of("loss", "noSuchSetting"),
                Set.of(), "2468")));
        assertTrue(locked("loss"));
    }
}
