package org.ganstudio.ui.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.ganstudio.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help has a section for each area of the window, with a title and a body in both languages. */
class HelpTextsTest {

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    @Test
    void everySectionIsWrittenInEnglishAndChinese() {
        assertTrue(HelpTexts.SECTIONS.containsAll(java.util.List.of("dataset", "settings", "training", "charts",
                "samples", "latent", "quality", "plane")));
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Texts.useLocale(l);
            for (String s : HelpTexts.SECTIONS) {
                assertTrue(Texts.has(HelpTexts.titleKey(s)), l + " " + s);
                String body = Texts.get(HelpTexts.bodyKey(s));
                assertFalse(body.contains("\u27e6"), l + " " + s);
                assertTrue(body.length() > 80, l + " " + s + " explains too little: " + body);
            }
        }
    }
}
