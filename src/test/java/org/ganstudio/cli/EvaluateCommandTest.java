package org.ganstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.ganstudio.model.QualityFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} writes quality.csv from the loop's measurements; {@code evaluate} prints the figures or says why not. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path images(String name, int count) throws Exception {
        Path data = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean bar = i % 2 == 0 ? Math.abs(x - 4 - i % 20) < 3 : Math.abs(y - 4 - i % 20) < 3;
                    img.getRaster().setSample(x, y, 0, bar ? 230 : (x * 3 + y * (i % 7)) % 60);
                }
            }
            ImageIO.write(img, "png", data.resolve("img" + i + ".png").toFile());
        }
        return data;
    }

    @Test
    void trainWritesQualityCsvAndEvaluatePrintsNamedFigures() throws Exception {
        Path data = images("data", 60);
        Path run = dir.resolve("run");
        int exit = cli("train", "--dataset", data.toString(), "--out", run.toString(), "--steps", "10", "--batch",
                "8", "--size", "28", "--sample-every", "5");
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        List<String> csv = Files.readAllLines(run.resolve("quality.csv"));
        assertEquals(QualityFigures.CSV_HEADER, csv.get(0));
        assertTrue(csv.size() >= 2, "the first grid step is measured: " + csv);
        assertTrue(csv.get(1).startsWith("5,"), csv.get(1));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("quality at step 5: fid "), printed);
        assertTrue(printed.contains("% of the loop's time"), printed);

        Path experiment = run.resolve("experiment.ganstudio");
        assertEquals(0, cli("evaluate", "--checkpoint", experiment.toString(), "--samples", "64"),
                err.toString(StandardCharsets.UTF_8));
        Map<String, String> lines = out.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains(": "))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(": ")), l -> l.substring(l.indexOf(": ") + 2)));
        for (String name : List.of("fid", "kid", "precision", "recall", "density", "coverage", "grid_diversity",
                "nearest_train_distance")) {
            assertTrue(lines.containsKey(name), name + " in " + lines.keySet());
            assertTrue(Double.isFinite(Double.parseDouble(lines.get(name))), name + ": " + lines.get(name));
        }
        assertEquals("10", lines.get("checkpoint_step"));
        assertEquals("60", lines.get("dataset_images"));
        assertEquals("64", lines.get("samples"));
        System.out.println(out.toString(StandardCharsets.UTF_8));

        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--checkpoint", experiment.toString(), "--samples", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 50 generated samples"),
                err.toString(StandardCharsets.UTF_8));

        Path few = images("few", 12);
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--checkpoint", experiment.toString(), "--dataset", few.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("at least 50 real images") && message.contains("has 12"), message);
        assertFalse(message.contains("Exception"), "a sentence, not a stack trace: " + message);
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, cli("evaluate", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--checkpoint=FILE") && help.contains("--dataset=DIR") && help.contains("--samples"), help);
        // evaluate computes, so the launcher applies the device before it runs
        assertEquals(Cli.Kind.COMPUTE, Cli.request(new String[]{"evaluate", "--checkpoint", "pom.xml"}).kind());
    }
}
