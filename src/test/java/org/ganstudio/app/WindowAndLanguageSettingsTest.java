package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.lab.WindowPlacement;
import org.junit.jupiter.api.Test;

/** The window placement and the language are kept beside the device choice, and --lang wins over the saved one. */
class WindowAndLanguageSettingsTest {

    @Test
    void thePlacementComesBackAsSavedAndNothingSavedMeansNone() {
        var prefs = new DeviceSettingsTest.MemoryPreferences();
        WindowSettings settings = new WindowSettings(prefs);
        assertTrue(settings.load().isEmpty());
        WindowPlacement p = new WindowPlacement(12.5, 40, 1100, 700, true);
        settings.save(p);
        assertEquals(p, new WindowSettings(prefs).load().orElseThrow());
        prefs.values.put(WindowSettings.PREFIX + "width", "-3");
        assertTrue(new WindowSettings(prefs).load().isEmpty(), "a broken size is no placement");
    }

    @Test
    void theLanguageIsSavedByIdAndAnUnknownOneMeansTheSystems() throws Exception {
        var prefs = new DeviceSettingsTest.MemoryPreferences();
        LanguageSettings settings = new LanguageSettings(prefs);
        assertEquals(Language.SYSTEM, settings.load());
        settings.save(Language.CHINESE);
        assertEquals("zh", prefs.values.get(LanguageSettings.KEY));
        assertEquals(Language.CHINESE, new LanguageSettings(prefs).load());
        prefs.values.put(LanguageSettings.KEY, "klingon");
        assertEquals(Language.SYSTEM, new LanguageSettings(prefs).load());
        assertEquals(Language.ENGLISH, LanguageSettings.effective(Language.ENGLISH, Language.CHINESE));
        assertEquals(Language.CHINESE, LanguageSettings.effective(null, Language.CHINESE));
    }

    @Test
    void langOnTheCommandLineIsReadAndABadOneIsReportedNotFatal() {
        assertEquals(Language.CHINESE, LaunchOptions.parse(List.of("--lang", "zh")).language());
        assertEquals(Language.ENGLISH, LaunchOptions.parse(List.of("--lang=en")).language());
        LaunchOptions bad = LaunchOptions.parse(List.of("--lang", "fr"));
        assertEquals(null, bad.language());
        assertEquals(List.of("--lang must be en, zh or system, got 'fr'"), bad.problems());
        assertEquals(null, LaunchOptions.parse(List.of()).language());
    }
}
