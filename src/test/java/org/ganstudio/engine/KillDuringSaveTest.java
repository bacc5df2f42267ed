package org.ganstudio.engine;

import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.UpdateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Child JVMs save in a loop (each save forced to disk, so most of a child's time is spent inside a
 * save) and are killed with SIGKILL at random moments: the file must open every time, and no
 * {@code .partial} survives the next save. The children start together so the test costs about
 * one JVM start-up with ND4J, not one per kill.
 */
class KillDuringSaveTest {

    private static final int KILLS = 3;

    private static List<Path> partials(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void fileSurvivesKillsAndLeftoversGoAtTheNextSave(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> targets = new ArrayList<>();
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < KILLS; i++) {
                Path target = Files.createDirectories(dir.resolve("run" + i)).resolve("experiment" + ExperimentFile.EXTENSION);
                targets.add(target);
                children.add(new ProcessBuilder(java, "-Xmx256m", "-Dorg.bytedeco.javacpp.maxphysicalbytes=1G",
                        "-cp", HostileExperimentFileForkedTest.testClassPath(), SaveLoop.class.getName(), target.toString())
                        .redirectErrorStream(true).start());
            }
            Random random = new Random();
            int leftovers = 0;
            for (int i = 0; i < KILLS; i++) {
                Process p = children.get(i);
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line;
                int saves = 2 + random.nextInt(20);   // then a random moment within the next save or two
                while ((line = out.readLine()) != null && !line.equals("SAVED " + saves)) {
                    // ND4J's start-up output, earlier saves
                }
                assertTrue(line != null, "child " + i + " ended before saving " + saves + " times");
                Thread.sleep(random.nextInt(15));
                p.destroyForcibly();   // SIGKILL on Linux and macOS
                assertTrue(p.waitFor(10, TimeUnit.SECONDS));
                Path runDir = targets.get(i).getParent();
                leftovers += partials(runDir).size();
                ExperimentFile.Contents c = ExperimentFile.read(targets.get(i));
                assertEquals(1, c.step(), "kill " + i + ": the file opens after the kill");
                GanTrainer t = new GanTrainer(TestConfigs.small(UpdateOrder.SIMULTANEOUS, LossKind.HINGE),
                        GanTrainerTest.squares());
                ExperimentFile.save(targets.get(i), t, new MetricsHistory(), null);
                assertEquals(List.of(), partials(runDir), "no .partial survives the next save");
                assertEquals(0, ExperimentFile.read(targets.get(i)).step());
            }
            System.out.println("kill-during-save: " + KILLS + " kills, " + leftovers + " of them left a .partial behind");
        } finally {
            children.forEach(Process::destroyForcibly);
        }
    }
}
