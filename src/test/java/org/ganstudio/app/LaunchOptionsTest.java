package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void datasetAndOpenInBothSpellings() {
        LaunchOptions o = LaunchOptions.parse(List.of("--dataset", "data/x", "--device", "cpu", "--open=run.ganstudio",
                "--device=gpu"));
        assertEquals(Path.of("data/x").toAbsolutePath().normalize(), o.dataset());
        assertEquals(Path.of("run.ganstudio").toAbsolutePath().normalize(), o.open());
        assertEquals(List.of(), o.problems());
    }

    @Test
    void unknownOrIncompleteArgumentsAreReportedNotFatal() {
        LaunchOptions o = LaunchOptions.parse(List.of("--fast", "--open"));
        assertNull(o.open());
        assertEquals(List.of("unknown argument --fast", "--open needs a file"), o.problems());
    }

    @Test
    void userFoldersFollowXdgOnLinux() {
        AppDirectories d = new AppDirectories(Path.of("c"), Path.of("d"));
        assertEquals(Path.of("c/recent-files.txt"), d.recentFiles());
        assertEquals(Path.of("d/autosave.ganstudio"), d.autosave());
    }
}
