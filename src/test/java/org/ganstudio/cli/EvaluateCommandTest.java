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

    /** A gap-free grid of 28-pixel grey tiles, {@code columns} a row: tile i from {@code tile}. */
    private Path grid(String name, int count, int columns, java.util.function.IntFunction<BufferedImage> tile)
            throws Exception {
        int rows = count / columns;
        BufferedImage img = new BufferedImage(columns * 28, rows * 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < count; i++) {
            // the grey levels as they are (drawing through Graphics would convert them)
            BufferedImage t = tile.apply(i);
            img.getRaster().setRect((i % columns) * 28, (i / columns) * 28, t.getRaster());
        }
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private Map<String, String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains(": "))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(": ")), l -> l.substring(l.indexOf(": ") + 2)));
    }

    @Test
    void evaluateScoresTheTilesOfAPictureAgainstTheDataset() throws Exception {
        Path data = images("data", 128);
        List<Path> files;
        try (var list = Files.list(data)) {
            files = list.sorted().toList();
        }
        // the real images themselves, tiled: the same distribution, so a small distance
        Path real = grid("real.png", 128, 64, i -> {
            try {
                return ImageIO.read(files.get(i).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.util.Random rng = new java.util.Random(3);
        Path noise = grid("noise.png", 128, 64, i -> {
            BufferedImage t = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    t.getRaster().setSample(x, y, 0, rng.nextInt(256));
                }
            }
            return t;
        });
        assertEquals(0, cli("evaluate", "--images", real.toString(), "--dataset", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        Map<String, String> realLines = printed();
        assertEquals("128", realLines.get("images"));
        assertFalse(realLines.containsKey("checkpoint_step"), realLines.keySet().toString());
        double realFid = Double.parseDouble(realLines.get("fid"));
        assertEquals(0, cli("evaluate", "--images", noise.toString(), "--dataset", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        double noiseFid = Double.parseDouble(printed().get("fid"));
        assertTrue(realFid >= 0 && noiseFid > 20 * Math.max(realFid, 1e-3),
                "real tiles " + realFid + " vs noise tiles " + noiseFid);

        // a trained generator's samples in the plain layout are read back tile for tile
        Path run = dir.resolve("run");
        assertEquals(0, cli("train", "--dataset", data.toString(), "--out", run.toString(), "--steps", "4",
                "--batch", "8", "--size", "28", "--sample-every", "50"), err.toString(StandardCharsets.UTF_8));
        Path plain = dir.resolve("plain.png");
        assertEquals(0, cli("sample", "--checkpoint", run.resolve("experiment.ganstudio").toString(), "--out",
                plain.toString(), "--count", "128", "--plain"), err.toString(StandardCharsets.UTF_8));
        BufferedImage written = ImageIO.read(plain.toFile());
        assertEquals(64 * 28, written.getWidth());
        assertEquals(2 * 28, written.getHeight());
        assertEquals(0, cli("evaluate", "--images", plain.toString(), "--dataset", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Double.isFinite(Double.parseDouble(printed().get("fid"))));

        // bad input: sentences, not stack traces
        assertEquals(Cli.BAD_INPUT, cli("sample", "--checkpoint", run.resolve("experiment.ganstudio").toString(),
                "--out", plain.toString(), "--count", "100", "--plain"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("multiple of 64"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--images", real.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs --dataset"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--images", real.toString(), "--dataset", data.toString(),
                "--columns", "50"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not 50 equal tiles"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--images", real.toString(), "--dataset", data.toString(),
                "--columns", "32"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tiles are 56 pixels"),
                err.toString(StandardCharsets.UTF_8));
        Path few = grid("few.png", 64, 64, i -> new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY));
        assertEquals(0, cli("evaluate", "--images", few.toString(), "--dataset", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        Path tooFew = grid("toofew.png", 32, 32, i -> new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY));
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--images", tooFew.toString(), "--dataset", data.toString(),
                "--columns", "32"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("at least 50 generated images") && message.contains("holds 32"), message);
        assertEquals(Cli.BAD_INPUT, cli("evaluate", "--checkpoint", run.resolve("experiment.ganstudio").toString(),
                "--images", real.toString(), "--dataset", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("one of them"), err.toString(StandardCharsets.UTF_8));
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
