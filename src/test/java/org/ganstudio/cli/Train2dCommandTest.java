package org.ganstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code train2d}: quality printed, plots and CSVs written; bad datasets refused with the line named. */
class Train2dCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void trainsPrintsQualityAndWritesPlots() throws Exception {
        Path target = dir.resolve("run");
        int code = cli("train2d", "--dataset", "grid25", "--steps", "100", "--plot-every", "50", "--batch", "64",
                "--out", target.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("step 50 ") && text.contains("step 100 "), text);
        assertTrue(text.contains("modes covered ") && text.contains("/25"), text);
        BufferedImage plot = ImageIO.read(target.resolve("plane-final.png").toFile());
        assertEquals(640, plot.getWidth());
        assertTrue(Files.exists(target.resolve("plane-0000050.png")));
        List<String> quality = Files.readAllLines(target.resolve("quality.csv"));
        assertEquals("step,kl,js,modes_covered,mode_count,near_modes", quality.get(0));
        assertEquals(List.of("0", "50", "100"), quality.subList(1, quality.size()).stream()
                .map(l -> l.substring(0, l.indexOf(','))).toList());
        assertEquals(101, Files.readAllLines(target.resolve("metrics.csv")).size());
    }

    @Test
    void trainsOnACsvAndNamesABadLine() throws Exception {
        Path good = dir.resolve("p.csv");
        Files.writeString(good, "x,y\n0,0\n1,1\n2,0\n");
        assertEquals(0, cli("train2d", "--dataset", good.toString(), "--steps", "10", "--batch", "16",
                "--out", dir.resolve("a").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("KL "));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2\n3;4\nfive,6\n");
        assertEquals(Cli.BAD_INPUT, cli("train2d", "--dataset", bad.toString(), "--out", dir.resolve("b").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("bad.csv, line 3"), e);

        assertEquals(Cli.BAD_INPUT, cli("train2d", "--dataset", "rings", "--out", dir.resolve("c").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ring8, grid25"));
    }
}
