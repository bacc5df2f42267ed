package org.ganstudio.ui.hyperparameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.ganstudio.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The form's labels, tooltips and error nouns are looked up by field id, so TextsTest cannot see them: this does. */
class FieldTextsTest {

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    @Test
    void everyFieldAndGroupHasItsWordsInBothLanguages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Texts.useLocale(l);
            HyperparameterFields fields = new HyperparameterFields();
            for (FieldSpec s : fields.specs()) {
                for (String text : new String[] {s.setting().label(), s.setting().help(), s.noun()}) {
                    assertFalse(text.contains("\u27e6"), l + " " + s.setting().id() + ": " + text);
                }
            }
            fields.groups().forEach(g -> assertFalse(g.title().contains("\u27e6"), l + " group " + g.id()));
        }
    }

    @Test
    void configProblemsAreSaidInTheFormsLanguageWithTheirNumbers() {
        Texts.useLocale(Locale.ENGLISH);
        assertEquals("batch size must be between 2 and 1024, was 1",
                ProblemTexts.localize("batch size must be between 2 and 1024, was 1"));
        Texts.useLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("批大小必须在 2 到 1024 之间，当前为 1",
                ProblemTexts.localize("batch size must be between 2 and 1024, was 1"));
        assertEquals("学习率必须在 (0, 1] 范围内", ProblemTexts.localize("learning rate must be in (0, 1]"));
        String unknown = "a sentence nobody wrote a pattern for";
        assertEquals(unknown, ProblemTexts.localize(unknown), "shown as it is rather than lost");
    }
}
