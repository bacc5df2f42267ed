package org.ganstudio.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --follow DIR} on the app's command line. */
class FollowLaunchOptionTest {

    @Test
    void followTakesAFolderBesideTheOtherOptions() {
        LaunchOptions o = LaunchOptions.parse(List.of("--follow", "some/run", "--dataset", "datasets/shapes"));
        assertEquals(Path.of("some/run").toAbsolutePath().normalize(), o.follow());
        assertEquals(Path.of("datasets/shapes").toAbsolutePath().normalize(), o.dataset());
        assertTrue(o.problems().isEmpty(), o.problems().toString());
        assertNull(LaunchOptions.parse(List.of("--dataset", "x")).follow());
        assertEquals(Path.of("/tmp/r"), LaunchOptions.parse(List.of("--follow=/tmp/r")).follow());
    }
}
