package org.ganstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No view or ViewModel of the app sets a word a person reads from a string literal: every such text comes from
 * {@link Texts}. The scan looks at the literal first argument of the calls that put text on screen (controls'
 * constructors, setText/setTitle/..., tooltips, notifications and confirmations, string properties' initial values
 * and {@code set("...")}). Literals without letters pass ("", " · ", "…"), and so do the few formulas and symbols of
 * {@link #ALLOWED}, which read the same in every language.
 */
class NoLiteralTextsTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java/org/ganstudio/ui"),
            Path.of("src/main/java/org/ganstudio/app"));

    /** Formulas and letters that are the same in English and Chinese. */
    static final Set<String> ALLOWED = Set.of("D(x)", "D(G(z))", "D", "G", "A", "B", "JS", "KL", "z0–z7", "CSV");

    private static final String LIT = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final List<Pattern> SINKS = List.of(
            Pattern.compile("new (?:Label|Button|MenuItem|Menu|Tab|Tooltip|CheckBox|RadioButton|ToggleButton|TitledPane"
                    + "|Hyperlink|CheckMenuItem|RadioMenuItem|Text|ButtonType)\\(\\s*" + LIT),
            Pattern.compile("\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setName|setLabel"
                    + "|setAccessibleText|fillText|title)\\(\\s*" + LIT),
            Pattern.compile("\\b(?:info|error|outcome|confirm|showError|chooseOpen|chooseSave)\\(\\s*" + LIT),
            Pattern.compile("\\b(?:item|tooltip)\\(\\s*" + LIT),           // item(text, id, action)
            Pattern.compile("\\bbutton\\(\\s*" + LIT + "\\s*,\\s*" + LIT),   // button(id, text, help)
            Pattern.compile("(?:status|message|caption|text|note|errorMessage|problems|qualityText|statusText"
                    + "|neighbourText|divergedMessage|formError)\\.set\\(\\s*" + LIT),
            Pattern.compile("new ReadOnlyStringWrapper\\(this,\\s*" + LIT + ",\\s*" + LIT),
            Pattern.compile("new SimpleStringProperty\\(this,\\s*" + LIT + ",\\s*" + LIT),
            Pattern.compile("new ExtensionFilter\\(\\s*" + LIT));

    @Test
    void viewsAndViewModelsTakeTheirWordsFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    scan(f, found);
                }
            }
        }
        assertTrue(found.isEmpty(), "user-visible literals (put them in a bundle and use Texts.get):\n"
                + String.join("\n", found));
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        List<String> found = new ArrayList<>();
        scanText(Path.of("Example.java"), String.join("\n",
                "Label a = new Label(\"Hello\");",
                "b.setTooltip(new Tooltip(\"Explains\"));",
                "notifier.error(\"Bad\", msg);",
                "status.set(\"Loading…\");",
                "MenuItem m = item(\"Quit\", \"menuQuit\", this::quit);",
                "Button s = button(\"start\", \"Start\", help);",
                "new ReadOnlyStringWrapper(this, \"caption\", \"No samples\");",
                "Label ok = new Label(Texts.get(\"x.y\"));",
                "Label f = new Label(\"D(G(z))\");",
                "status.set(\"\");",
                "// new Label(\"in a comment\")"), found);
        assertTrue(found.size() == 7, String.join("\n", found));
    }

    private static void scan(Path f, List<String> found) throws IOException {
        scanText(f, Files.readString(f), found);
    }

    private static void scanText(Path f, String source, List<String> found) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            for (Pattern sink : SINKS) {
                Matcher m = sink.matcher(lines[i]);
                while (m.find()) {
                    String literal = m.group(m.groupCount());
                    if (words(literal)) {
                        found.add(f.getFileName() + ":" + (i + 1) + ": \"" + literal + "\"");
                    }
                }
            }
        }
    }

    private static boolean words(String literal) {
        String text = literal.strip();
        return text.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(text) && !isKey(text);
    }

    /** A bundle key handed to a small helper that looks it up (e.g. {@code button(id, "slowmo.back", ...)}). */
    private static boolean isKey(String literal) {
        return literal.matches("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+") && Texts.has(literal);
    }
}
