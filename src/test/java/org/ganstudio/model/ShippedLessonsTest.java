package org.ganstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every shipped lesson parses, speaks English and Chinese, and is what assets/lessons holds. */
class ShippedLessonsTest {

    @Test
    void atLeastSixLessonsParseWithBothLanguages() {
        List<Lesson> lessons = LessonCatalog.shipped(LessonJson.SHIPPED_DATASETS);
        assertTrue(lessons.size() >= 6, "lessons: " + lessons.size());
        Set<String> ids = new HashSet<>();
        for (Lesson l : lessons) {
            assertTrue(ids.add(l.id()), "unique id " + l.id());
            for (LocalText t : List.of(l.title(), l.summary(), l.watch(), l.change(), l.expect())) {
                assertTrue(t.has(LocalText.CHINESE), l.id() + " lacks Chinese: " + t.in(LocalText.ENGLISH));
                assertFalse(t.in(LocalText.CHINESE).equals(t.in(LocalText.ENGLISH)), l.id());
            }
            assertFalse(l.tryThis().isEmpty(), l.id() + " suggests something to try");
            for (LessonChange c : l.tryThis()) {
                assertTrue(c.label().has(LocalText.CHINESE), l.id() + "/" + c.id());
                assertFalse(c.config().equals(l.config()), l.id() + "/" + c.id() + " changes something");
            }
            assertTrue(l.dataset().isShipped());
        }
    }

    @Test
    void theIndexListsEveryFileOfTheFolder() throws Exception {
        Set<String> files = new HashSet<>();
        try (var s = Files.list(Path.of("assets", "lessons"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lesson.json")).forEach(files::add);
        }
        assertEquals(files, new HashSet<>(LessonCatalog.names()));
    }
}
