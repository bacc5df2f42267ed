package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void datasetAndOpenInBothSpellings() {
        LaunchOptions o = LaunchOptions.parse(List.of("--dataset", "data/x", "--device", "cpu", "--open=run.ganstudio",
                "--device=gpu"));
        assertEquals(Path.of("data/x").toAbsolutePath().normalize(), o.dataset());
        assertEquals(Path.of("run.ganstudio").toAbsolutePath().normalize(), o.open());
        assertEquals(List.of(), o.problems());
    }

    @Test
    void aBarePathOfAnExperimentOpensIt() throws IOException {
        // what the desktop entry passes when a .ganstudio file is double-clicked
        Path file = Files.writeString(tmp.resolve("my run.ganstudio"), "x");
        LaunchOptions o = LaunchOptions.parse(List.of(file.toString()));
        assertEquals(file.toAbsolutePath().normalize(), o.open());
        assertNull(o.dataset());
        assertEquals(List.of(), o.problems());
    }

    @Test
    void aBarePathThatIsNoExperimentIsReported() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "x");
        Path missing = tmp.resolve("gone.ganstudio");
        LaunchOptions o = LaunchOptions.parse(List.of(text.toString(), missing.toString()));
        assertNull(o.open());
        assertEquals(List.of("unknown argument " + text + " (not an existing .ganstudio file)",
                "unknown argument " + missing + " (not an existing .ganstudio file)"), o.problems());
    }

    @Test
    void theOpenOptionWinsOverABarePath() throws IOException {
        Path file = Files.writeString(tmp.resolve("b.ganstudio"), "x");
        LaunchOptions o = LaunchOptions.parse(List.of("--open", "a.ganstudio", file.toString()));
        assertEquals(Path.of("a.ganstudio").toAbsolutePath().normalize(), o.open());
        assertEquals(List.of("one experiment at a time: " + file + " not opened"), o.problems());
    }

    @Test
    void unknownOrIncompleteArgumentsAreReportedNotFatal() {
        LaunchOptions o = LaunchOptions.parse(List.of("--fast", "--dataset", "d"));
        assertEquals(Path.of("d").toAbsolutePath().normalize(), o.dataset());
        assertEquals(List.of("unknown argument --fast"), o.problems());
        LaunchOptions incomplete = LaunchOptions.parse(List.of("--open"));
        assertNull(incomplete.open());
        assertEquals(List.of("--open needs a value"), incomplete.problems());
        LaunchOptions badDevice = LaunchOptions.parse(List.of("--device", "banana"));
        assertEquals(List.of("--device must be one of auto, cpu, gpu, got 'banana'"), badDevice.problems());
    }

    @Test
    void userFoldersFollowXdgOnLinux() {
        AppDirectories d = new AppDirectories(Path.of("c"), Path.of("d"));
        assertEquals(Path.of("c/recent-files.txt"), d.recentFiles());
        assertEquals(Path.of("d/autosave.ganstudio"), d.autosave());
        assertEquals(Path.of("d/logs"), AppLog.folder(d));
    }
}
