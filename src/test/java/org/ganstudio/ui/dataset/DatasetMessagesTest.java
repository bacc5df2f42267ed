package org.ganstudio.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ganstudio.dataset.DatasetException;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's real refusals: said again word for word in English, and in Chinese with their paths and numbers. */
class DatasetMessagesTest {

    @TempDir
    Path dir;

    @AfterEach
    void back() {
        Texts.useLocale(Locale.ENGLISH);
    }

    private String refusal(Path source, PrepareOptions options) {
        try {
            new DatasetLoader(1).load(source, options, null, () -> false);
        } catch (DatasetException e) {
            return e.getMessage();
        }
        throw new AssertionError("loaded " + source);
    }

    /** One refusal of each common kind, made by the loader itself. */
    private List<String> refusals() throws Exception {
        PrepareOptions options = PrepareOptions.defaults().withImageSize(32);
        List<String> out = new ArrayList<>();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        out.add(refusal(empty, options));
        Path text = Files.createDirectories(dir.resolve("text"));
        Files.writeString(text.resolve("notes.txt"), "not an image");
        out.add(refusal(text, options));
        Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
        Files.writeString(corrupt.resolve("a.png"), "not really a png");
        Files.writeString(corrupt.resolve("b.png"), "nor this one");
        out.add(refusal(corrupt, options));
        Path one = dir.resolve("one");
        Fixtures.grayImages(one, 1, 0);
        out.add(refusal(one, options));
        out.add(refusal(one.resolve("img000.png"), options));
        out.add(refusal(dir.resolve("missing"), options));
        out.add(refusal(text.resolve("notes.txt"), options));
        Path many = dir.resolve("many");
        Fixtures.grayImages(many, 3, 0);
        out.add(refusal(many, options.withMemoryBudget(16)));
        return out;
    }

    @Test
    void inEnglishEverySentenceIsSaidAsTheLoaderWroteIt() throws Exception {
        Texts.useLocale(Locale.ENGLISH);
        for (String english : refusals()) {
            assertEquals(english, DatasetMessages.localize(english));
        }
    }

    @Test
    void inChineseEveryCommonRefusalIsChineseAndKeepsItsPathAndNumbers() throws Exception {
        List<String> english = refusals();
        Texts.useLocale(Locale.SIMPLIFIED_CHINESE);
        for (String e : english) {
            String zh = DatasetMessages.localize(e);
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "not said in Chinese: " + e);
            assertFalse(zh.contains("Folder") || zh.contains("image"), zh);
            java.util.regex.Matcher path = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(
                    dir.toString()) + "\\S*").matcher(e);
            if (path.find()) {
                assertTrue(zh.contains(path.group().replaceAll("[;,]$", "")), zh + " lost the path of " + e);
            }
        }
        assertEquals("没有这个形状的句子 stays", DatasetMessages.localize("没有这个形状的句子 stays"));
    }
}
