package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.model.Activation;
import org.ganstudio.model.BlockSpec;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.DiscriminatorSpec;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.FollowedRun;
import org.ganstudio.model.GeneratorSpec;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.Upsampling;
import org.ganstudio.model.MetricsView;
import org.ganstudio.session.FolderFollower;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following a folder while the real {@code train} writes it: what the follower shows only ever grows and is never
 * broken (no cut line, no half PNG, no torn checkpoint), and at the end it shows everything that was written.
 */
class FollowLiveTrainingTest {

    @TempDir
    Path dir;

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

    /** A 28x28 GAN far smaller than the reference one, so the test trains a few seconds on a quiet machine. */
    private static ExperimentConfig smallConfig() {
        GeneratorSpec g = new GeneratorSpec(7, 16, true, Activation.LEAKY_RELU, 0.2, Upsampling.TRANSPOSED_CONV,
                List.of(new BlockSpec(8, 3, 2, true, Activation.LEAKY_RELU, 0.2, 0)), 3, 2);
        DiscriminatorSpec d = new DiscriminatorSpec(List.of(
                new BlockSpec(8, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0),
                new BlockSpec(16, 3, 2, false, Activation.LEAKY_RELU, 0.2, 0)));
        OptimizerSpec adam = OptimizerSpec.adam(2e-3, 0.5);
        return new ExperimentConfig(new ImageShape(1, 28, 28), 8, g, d, LossKind.NON_SATURATING, adam, adam, 1, 0, 8,
                5, UpdateOrder.SEQUENTIAL);
    }

    @Test
    void followsALiveTrainAndSkipsWhatIsPartlyWritten() throws Exception {
        Path data = images();
        Path run = dir.resolve("run");
        Path config = dir.resolve("small.json");
        Files.writeString(config, ConfigJson.toJson(smallConfig()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread train = new Thread(() -> exit.set(Cli.run(new String[]{"train", "--dataset", data.toString(), "--out",
                run.toString(), "--steps", "16", "--config", config.toString(), "--size", "28", "--sample-every", "4",
                "--checkpoint-every", "8"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))), "test-train");
        FolderFollower follower = new FolderFollower(run);
        train.start();
        int seenRows = 0;
        int polls = 0;
        long lastCheckpoint = -1;
        while (train.isAlive()) {
            FollowedRun r = follower.poll();
            polls++;
            MetricsView m = r.metrics();
            assertTrue(m.size() >= seenRows, "what was shown stays");
            for (int i = 0; i < m.size(); i++) {
                assertEquals(i, m.step(i), "one line per step, in order");
                assertTrue(Double.isFinite(m.value(MetricsView.D_LOSS, i)) && Double.isFinite(m.value(MetricsView.STEP_MS, i)),
                        "no cut line is shown");
            }
            seenRows = m.size();
            for (FollowedRun.Grid g : r.grids()) {
                assertNotNull(ImageIO.read(g.file().toFile()), "a listed grid decodes: " + g.file());
            }
            assertTrue(r.checkpointStep() >= lastCheckpoint);
            lastCheckpoint = r.checkpointStep();
            Thread.sleep(50);
        }
        train.join();
        assertEquals(0, exit.get(), err.toString(StandardCharsets.UTF_8));
        assertTrue(polls > 3, "the follower looked while training ran (" + polls + " polls)");

        follower.poll();
        FollowedRun done = follower.poll();   // a second look: the checkpoint's size and time held still
        assertEquals(16, done.metrics().size());
        assertEquals(16, done.step());
        assertNotNull(done.config());
        assertEquals(8, done.config().batchSize());
        assertEquals(List.of(0L, 4L, 8L, 12L, 16L), done.grids().stream().map(FollowedRun.Grid::step).toList());
        assertEquals(16, done.checkpointStep());
        assertNull(done.checkpointProblem());
        List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int dLoss = header.indexOf("d_loss");
        assertEquals(Double.parseDouble(lines.get(16).split(",")[dLoss]), done.metrics().value(MetricsView.D_LOSS, 15));

        // a line cut mid-way waits for its end
        Path csv = run.resolve("metrics.csv");
        Files.writeString(csv, "16,0.5,0.25", StandardOpenOption.APPEND);
        assertEquals(16, follower.poll().metrics().size());
        Files.writeString(csv, ",0.6,0.4,1.5,2.5,12.00\n", StandardOpenOption.APPEND);
        FollowedRun grown = follower.poll();
        assertEquals(17, grown.metrics().size());
        assertEquals(0.5, grown.metrics().value(MetricsView.D_LOSS, 16));
        assertEquals(2.5, grown.metrics().value(MetricsView.G_GRAD_NORM, 16));

        // a checkpoint being written (its first half) is skipped; the one read before stays
        Path checkpoint = run.resolve("experiment.ganstudio");
        byte[] whole = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, Arrays.copyOf(whole, whole.length / 2));
        Files.setLastModifiedTime(checkpoint, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        follower.poll();
        FollowedRun torn = follower.poll();
        assertEquals(16, torn.checkpointStep(), "the complete checkpoint stays");
        assertNotNull(torn.checkpointProblem(), "the torn one is skipped, with the reason");
        Files.write(checkpoint, whole);
        Files.setLastModifiedTime(checkpoint, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertNotNull(follower.poll().checkpointProblem(), "read only once its size and time hold still");
        FollowedRun mended = follower.poll();
        assertNull(mended.checkpointProblem());
        assertEquals(16, ExperimentFile.read(mended.checkpoint()).step());

        // a PNG being written is not listed until its end chunk arrives
        byte[] png = Files.readAllBytes(run.resolve("samples/step-0000016.png"));
        Path next = run.resolve("samples/step-0000028.png");
        Files.write(next, Arrays.copyOf(png, png.length - 20));
        assertFalse(follower.poll().grids().stream().anyMatch(g -> g.step() == 28));
        Files.write(next, png);
        assertEquals(28, follower.poll().latestGrid().step());

        // alarm lines, when the run's output is kept beside it
        Files.writeString(run.resolve("train.log"), "step 12/24 ...\nalarm: step 12 d-too-strong: D wins every "
                + "round, so G learns nothing.\n");
        FollowedRun alarmed = follower.poll();
        assertEquals(1, alarmed.alarms().size());
        assertEquals(12, alarmed.alarms().get(0).step());
        assertEquals("d-too-strong", alarmed.alarms().get(0).id());
    }

    @Test
    void columnsAreFoundByNameUnknownOnesKeptAsideAndARewrittenFileStartsOver() throws Exception {
        Path run = Files.createDirectories(dir.resolve("other"));
        Path csv = run.resolve("metrics.csv");
        Files.writeString(csv, "step,g_loss,d_accuracy_real,d_loss,d_real,d_fake,d_grad_norm,g_grad_norm,step_ms\n"
                + "0,2.0,0.9,1.0,0.6,0.4,3.0,4.0,10.5\n1,2.1,0.8,1.1,0.6,0.4,3.0,4.0,10.5\n");
        FolderFollower follower = new FolderFollower(run);
        FollowedRun r = follower.poll();
        assertEquals(2, r.metrics().size());
        assertEquals(1.1, r.metrics().value(MetricsView.D_LOSS, 1));
        assertEquals(2.1, r.metrics().value(MetricsView.G_LOSS, 1));
        assertEquals(List.of("d_accuracy_real"), r.extraColumns());
        assertFalse(r.folderExists() && r.config() != null, "no config.json here");
        // a resumed run rewrites the file from its start: the follower starts over instead of appending
        Files.writeString(csv, "step,d_loss,g_loss,d_real,d_fake,d_grad_norm,g_grad_norm,step_ms\n"
                + "0,7.0,2.0,0.6,0.4,3.0,4.0,10.5\n1,7.1,2.0,0.6,0.4,3.0,4.0,10.5\n2,7.2,2.0,0.6,0.4,3.0,4.0,10.5\n");
        FollowedRun again = follower.poll();
        assertEquals(3, again.metrics().size());
        assertEquals(7.0, again.metrics().value(MetricsView.D_LOSS, 0));
        // a vanished folder (an unmounted share) is said, and what was shown stays
        FolderFollower missing = new FolderFollower(dir.resolve("not-there"));
        assertFalse(missing.poll().folderExists());
    }
}
