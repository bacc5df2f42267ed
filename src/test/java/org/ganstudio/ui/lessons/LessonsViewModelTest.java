package org.ganstudio.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.Lesson;
import org.ganstudio.model.LessonCatalog;
import org.ganstudio.model.LessonJson;
import org.ganstudio.model.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The lessons' model without a toolkit: the shipped list, texts by language, opening and "try this". */
class LessonsViewModelTest {

    private final List<Lesson> shipped = LessonCatalog.shipped(LessonJson.SHIPPED_DATASETS);
    private final List<Lesson> opened = new ArrayList<>();
    private final List<ExperimentConfig> applied = new ArrayList<>();

    @Test
    void listsTheSixShippedLessonsInBothLanguages() {
        LessonsViewModel en = new LessonsViewModel(shipped, false, opened::add, applied::add);
        LessonsViewModel zh = new LessonsViewModel(shipped, true, opened::add, applied::add);
        assertEquals(6, en.lessons().size());
        for (Lesson l : shipped) {
            assertNotEquals(en.title(l), zh.title(l), l.id() + " has a Chinese title");
            assertTrue(zh.title(l).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), zh.title(l));
        }
    }

    @Test
    void openingShowsTheTextsAndTryThisAppliesTheChange() {
        LessonsViewModel vm = new LessonsViewModel(shipped, false, opened::add, applied::add);
        assertEquals("", vm.watchText().get());
        assertThrows(IllegalStateException.class, () -> vm.tryThis("sgd-for-d"));
        Lesson strong = shipped.stream().filter(l -> l.id().equals("strong-discriminator")).findFirst().orElseThrow();
        vm.open(strong);
        assertEquals(List.of(strong), opened);
        assertEquals(strong.watch().in("en"), vm.watchText().get());
        assertEquals(strong.expect().in("en"), vm.expectText().get());
        vm.tryThis("sgd-for-d");
        assertEquals(OptimizerKind.SGD_MOMENTUM, applied.get(0).discriminatorOptimizer().kind());
        vm.close();
        assertNull(vm.currentProperty().get());
        assertEquals("", vm.changeText().get());
    }
}
