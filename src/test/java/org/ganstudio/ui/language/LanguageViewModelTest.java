package org.ganstudio.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageViewModelTest {

    private final List<Language> saves = new ArrayList<>();
    private Language stored = Language.SYSTEM;
    private boolean failing;

    private final LanguageStore store = new LanguageStore() {
        @Override
        public Language load() {
            return stored;
        }

        @Override
        public void save(Language choice) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            saves.add(choice);
            stored = choice;
        }
    };

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    @Test
    void choosingSavesAtOnceAndSaysARestartIsNeededOnlyForOtherWords() {
        Texts.useLocale(Locale.ENGLISH);
        LanguageViewModel vm = new LanguageViewModel(store, Language.ENGLISH);
        assertEquals(Language.SYSTEM, vm.choiceProperty().get());
        assertEquals("", vm.noteProperty().get(), "nothing changed yet");
        vm.choiceProperty().set(Language.CHINESE);
        assertEquals(List.of(Language.CHINESE), saves);
        assertTrue(vm.restartNeededProperty().get());
        assertEquals(Texts.get("common.restartNeeded"), vm.noteProperty().get());
        vm.choiceProperty().set(Language.ENGLISH);
        assertEquals(List.of(Language.CHINESE, Language.ENGLISH), saves);
        assertFalse(vm.restartNeededProperty().get(), "English is what this window shows");
        assertEquals("", vm.noteProperty().get());
    }

    @Test
    void aFailedSaveIsSaidAndNotTakenAsSaved() {
        Texts.useLocale(Locale.ENGLISH);
        LanguageViewModel vm = new LanguageViewModel(store, Language.ENGLISH);
        failing = true;
        vm.choiceProperty().set(Language.CHINESE);
        assertTrue(saves.isEmpty());
        assertEquals("The language could not be saved: disk full", vm.noteProperty().get());
    }

    @Test
    void languagesParseFromWhatPeopleTypeAndNameThemselvesInTheirOwnWords() {
        assertEquals(Language.CHINESE, Language.parse("zh-CN").orElseThrow());
        assertEquals(Language.CHINESE, Language.parse(" ZH ").orElseThrow());
        assertEquals(Language.ENGLISH, Language.parse("en").orElseThrow());
        assertEquals(Language.SYSTEM, Language.parse("system").orElseThrow());
        assertTrue(Language.parse("de").isEmpty());
        Texts.useLocale(Locale.ENGLISH);
        assertEquals("简体中文", Language.CHINESE.displayName());
        Texts.useLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("English", Language.ENGLISH.displayName());
        assertEquals("系统默认", Language.SYSTEM.displayName());
    }
}
