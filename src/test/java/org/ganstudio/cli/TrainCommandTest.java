package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train} runs the session's loop: same steps, grids, checkpoints; its folder is checked before training. */
class TrainCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path images() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (int i = 0; i < 12; i++) {
            BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    img.getRaster().setSample(x, y, 0, (x * 9 + y * i) % 256);
                }
            }
            ImageIO.write(img, "png", data.resolve("img" + i + ".png").toFile());
        }
        return data;
    }

    @Test
    void trainsWritesEveryStepGridAndCheckpointThenResumes() throws Exception {
        Path data = images();
        Path run = dir.resolve("run");
        int exit = cli("train", "--dataset", data.toString(), "--out", run.toString(), "--steps", "5", "--batch", "8",
                "--size", "28", "--sample-every", "2", "--checkpoint-every", "3");
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(6, csv.size(), "header and one line per step");
        assertTrue(csv.get(5).startsWith("4,"), csv.get(5));
        try (Stream<Path> s = Files.list(run.resolve("samples"))) {
            assertEquals(List.of("latest.png", "step-0000000.png", "step-0000002.png", "step-0000004.png",
                    "step-0000005.png"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(5, ExperimentFile.read(run.resolve("experiment.ganstudio")).step());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("step 5/5"), out.toString(StandardCharsets.UTF_8));

        int again = cli("train", "--dataset", data.toString(), "--out", run.toString(), "--steps", "2", "--resume",
                run.resolve("experiment.ganstudio").toString());
        assertEquals(0, again, err.toString(StandardCharsets.UTF_8));
        assertEquals(7, ExperimentFile.read(run.resolve("experiment.ganstudio")).step());
        assertEquals(8, Files.readAllLines(run.resolve("metrics.csv")).size(), "the resumed history, then 2 more");
    }

    @Test
    void aPresetIsChosenByNameAndAnUnknownOneIsRefusedWithTheNames() throws Exception {
        Path data = images();
        assertEquals(2, cli("train", "--dataset", data.toString(), "--out", dir.resolve("bad").toString(),
                "--preset", "keras", "--steps", "1"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("keras") && message.contains("tensorflow") && message.contains("pytorch"), message);
        err.reset();
        Path run = dir.resolve("fast");
        assertEquals(0, cli("train", "--dataset", data.toString(), "--out", run.toString(), "--preset", "fast",
                "--steps", "2", "--batch", "8", "--size", "28"), err.toString(StandardCharsets.UTF_8));
        String config = Files.readString(run.resolve("config.json"));
        assertTrue(config.contains("\"kernel\" : 4") || config.contains("\"kernel\":4"), config);
    }

    @Test
    void secondsOfTrainingSaveACheckpointAtEachAndBadListsAreRefused() throws Exception {
        Path data = images();
        Path run = dir.resolve("timed");
        assertEquals(0, cli("train", "--dataset", data.toString(), "--out", run.toString(), "--seconds", "0.2,0.5",
                "--batch", "8", "--size", "28", "--sample-every", "50"), err.toString(StandardCharsets.UTF_8));
        long early = ExperimentFile.read(run.resolve("experiment-0.2s.ganstudio")).step();
        long late = ExperimentFile.read(run.resolve("experiment-0.5s.ganstudio")).step();
        assertTrue(early >= 1 && late > early, early + " then " + late + " steps");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("train_s: 0.2 steps: " + early), printed);
        for (String bad : List.of("30,15", "0", "ten", "5,,9")) {
            err.reset();
            assertEquals(2, cli("train", "--dataset", data.toString(), "--out", dir.resolve("bad").toString(),
                    "--seconds", bad), bad);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("--seconds") && message.contains(bad), message);
        }
    }

    @Test
    void anUnusableOutFolderIsRefusedBeforeAnythingRuns() throws Exception {
        Path data = images();
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(2, cli("train", "--dataset", data.toString(), "--out", file.resolve("run").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--out"), message);
        assertEquals(1, message.strip().lines().count(), message);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("training"), "nothing was trained");

        Path run = Files.createDirectories(dir.resolve("run").resolve("experiment.ganstudio"));
        err.reset();
        assertEquals(2, cli("train", "--dataset", data.toString(), "--out", run.getParent().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is a folder"), err.toString(StandardCharsets.UTF_8));
    }
}
