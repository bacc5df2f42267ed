package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchCommandTest {

    @Test
    void theProcessCommandLineSplitsAtTheProgramsArguments() {
        Optional<LaunchCommand> c = LaunchCommand.fromProcess(Optional.of("/jdk/bin/java"),
                Optional.of(new String[] {"-Xmx1g", "-jar", "gan-studio.jar", "bench", "--device", "gpu"}),
                List.of("bench", "--device", "gpu"));
        assertEquals(Optional.of(new LaunchCommand(List.of("/jdk/bin/java", "-Xmx1g", "-jar", "gan-studio.jar"),
                List.of("bench", "--device", "gpu"))), c);
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-jar", "gan-studio.jar", "--open", "e.ganstudio"),
                c.get().withArguments(List.of("--open", "e.ganstudio")).commandLine());
    }

    @Test
    void aJpackageLauncherIsRunAsItself() {
        // its JVM options live in the launcher's configuration, not on the command line
        Optional<LaunchCommand> c = LaunchCommand.fromProcess(Optional.of("/opt/gan-studio/bin/GAN Studio"),
                Optional.of(new String[] {"--open", "x"}), List.of("--open", "x"));
        assertEquals(List.of("/opt/gan-studio/bin/GAN Studio"), c.get().program());
    }

    @Test
    void anUnknownSplitIsNotGuessed() {
        assertEquals(Optional.empty(), LaunchCommand.fromProcess(Optional.of("java"),
                Optional.of(new String[] {"-jar", "x.jar", "other"}), List.of("bench")));
        assertEquals(Optional.empty(), LaunchCommand.fromProcess(Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void theRebuiltCommandRunsTheLauncherOnThisClassPath() {
        LaunchCommand c = LaunchCommand.rebuilt(new String[] {"bench"});
        List<String> p = c.program();
        assertTrue(p.get(0).endsWith("java"), p.get(0));
        assertEquals(Launcher.class.getName(), p.get(p.size() - 1));
        assertEquals(System.getProperty("java.class.path"), p.get(p.indexOf("-cp") + 1));
        assertEquals(List.of("bench"), c.arguments());
    }
}
