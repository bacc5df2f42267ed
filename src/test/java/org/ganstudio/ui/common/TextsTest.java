package org.ganstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every bundle is complete in English and 简体中文, and every key the code asks for exists. */
class TextsTest {

    static final Path BUNDLES = Path.of("src/main/resources", Texts.BUNDLE_PACKAGE.replace('.', '/'));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_USE = Pattern.compile("Texts\\.(?:get|has)\\(\\s*\"([^\"]+)\"");

    @AfterEach
    void restore() {
        Texts.useLocale(Locale.getDefault());
    }

    static Map<String, Properties> load(String suffix) throws IOException {
        Map<String, Properties> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".properties")) {
                    continue;
                }
                String base = name.substring(0, name.length() - ".properties".length());
                boolean zh = base.endsWith("_zh");
                if (zh != suffix.equals("_zh")) {
                    continue;
                }
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                out.put(zh ? base.substring(0, base.length() - 3) : base, p);
            }
        }
        return out;
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        Map<String, Properties> en = load("");
        Map<String, Properties> zh = load("_zh");
        assertFalse(en.isEmpty());
        assertEquals(en.keySet(), zh.keySet(), "each English bundle needs a _zh bundle and the other way round");
        List<String> problems = new ArrayList<>();
        for (String bundle : en.keySet()) {
            TreeSet<String> missingInZh = new TreeSet<>(en.get(bundle).stringPropertyNames());
            missingInZh.removeAll(zh.get(bundle).stringPropertyNames());
            TreeSet<String> missingInEn = new TreeSet<>(zh.get(bundle).stringPropertyNames());
            missingInEn.removeAll(en.get(bundle).stringPropertyNames());
            missingInZh.forEach(k -> problems.add(bundle + "_zh lacks " + k));
            missingInEn.forEach(k -> problems.add(bundle + " lacks " + k));
            for (String key : en.get(bundle).stringPropertyNames()) {
                if (!key.startsWith(bundle + ".")) {
                    problems.add(key + " is in bundle " + bundle + " but must start with '" + bundle + ".'");
                }
                String e = en.get(bundle).getProperty(key);
                String z = zh.get(bundle).getProperty(key);
                if (e.isBlank() || (z != null && z.isBlank())) {
                    problems.add(key + " is empty");
                }
                if (z != null && !placeholders(e).equals(placeholders(z))) {
                    problems.add(key + " has placeholders " + placeholders(e) + " in English but "
                            + placeholders(z) + " in Chinese");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Map<String, Properties> en = load("");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    int dot = key.indexOf('.');
                    Properties p = dot > 0 ? en.get(key.substring(0, dot)) : null;
                    if (p == null || p.getProperty(key) == null) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used in code but missing from the bundles:\n" + String.join("\n", missing));
    }

    @Test
    void chineseIsShownWhenChosenAndEnglishIsNotReplacedByTheSystemLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Texts.useLocale(Locale.ENGLISH);
            assertEquals("Cancel", Texts.get("common.cancel"));
            Texts.useLocale(Locale.SIMPLIFIED_CHINESE);
            assertEquals("取消", Texts.get("common.cancel"));
            assertTrue(Texts.isChinese());
            Texts.useLocale(Locale.forLanguageTag("zh-SG"));
            assertEquals("取消", Texts.get("common.cancel"));
            Texts.useLocale(Locale.GERMAN);
            assertEquals("Cancel", Texts.get("common.cancel"), "a language without a bundle falls back to English");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        Texts.useLocale(Locale.ENGLISH);
        assertEquals("\u27e6common.noSuchKey\u27e7", Texts.get("common.noSuchKey"));
        assertFalse(Texts.has("common.noSuchKey"));
        assertTrue(Texts.has("common.ok"));
    }

    private static TreeSet<String> placeholders(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
