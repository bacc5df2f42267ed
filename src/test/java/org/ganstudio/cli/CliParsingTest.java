package org.ganstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.ganstudio.dataset.ChannelMode;
import org.ganstudio.model.AppVersion;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.engine.Benchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as picocli parses it: typed values, defaults, generated help, bad input as exit 2. */
class CliParsingTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Object parsed(String... args) {
        return Cli.commandLine(null, null).parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void trainOptionsAreTypedWithTheOldDefaults() {
        TrainOptions t = (TrainOptions) parsed("train", "--dataset", "d", "--out", "o");
        assertEquals(Path.of("d"), t.dataset());
        assertEquals(Path.of("o"), t.out());
        assertEquals(1000, t.steps());
        assertEquals(100, t.sampleEvery());
        assertEquals(500, t.checkpointEvery());
        assertEquals(OptionalLong.empty(), t.seed());
        assertEquals(OptionalInt.empty(), t.batch());
        assertEquals(OptionalInt.empty(), t.size());
        assertEquals(Optional.empty(), t.channels());
        assertEquals(Optional.empty(), t.loss());
        assertEquals(Optional.empty(), t.order());
        assertEquals(Optional.empty(), t.config());
        assertEquals(Optional.empty(), t.resume());
    }

    @Test
    void trainOptionsInBothSpellingsLastOneWins() throws IOException {
        Path config = Files.writeString(tmp.resolve("c.json"), "{}");
        TrainOptions t = (TrainOptions) parsed("train", "--dataset=d", "--out", "o", "--steps", "5", "--steps=7",
                "--seed", "-3", "--batch", "16", "--size", "28", "--channels", "RGB", "--loss", "non-saturating",
                "--order", "simultaneous", "--sample-every", "2", "--checkpoint-every", "3", "--config", config.toString());
        assertEquals(7, t.steps());
        assertEquals(OptionalLong.of(-3), t.seed());
        assertEquals(OptionalInt.of(16), t.batch());
        assertEquals(OptionalInt.of(28), t.size());
        assertEquals(Optional.of(ChannelMode.RGB), t.channels());
        assertEquals(Optional.of(LossKind.NON_SATURATING), t.loss());
        assertEquals(Optional.of(UpdateOrder.SIMULTANEOUS), t.order());
        assertEquals(2, t.sampleEvery());
        assertEquals(3, t.checkpointEvery());
        assertEquals(Optional.of(config), t.config());
    }

    @Test
    void sampleAndBenchDefaults() throws IOException {
        Path file = Files.writeString(tmp.resolve("e.ganstudio"), "x");
        SampleOptions s = (SampleOptions) parsed("sample", "--checkpoint", file.toString(), "--out", "g.png");
        assertEquals(file, s.checkpoint());
        assertEquals(64, s.count());
        assertEquals(1, s.seed());
        BenchOptions b = (BenchOptions) parsed("bench");
        assertEquals(64, b.benchmark().batch());
        assertEquals(30, b.benchmark().steps());
        assertEquals(5, b.benchmark().warmup());
        assertEquals(UpdateOrder.SEQUENTIAL, b.benchmark().order());
        assertFalse(b.benchmark().profile());
        assertTrue(((BenchOptions) parsed("bench", "--profile")).benchmark().profile());
        assertEquals(null, b.benchmark().preset(), "the reference network, as the peer builds it");
        assertEquals(32, b.benchmark().size());
        Benchmark.Options fast = ((BenchOptions) parsed("bench", "--preset", "fast", "--size", "28")).benchmark();
        assertEquals(org.ganstudio.model.Preset.FAST, fast.preset());
        assertEquals(28, fast.size());
        assertEquals(0, fast.batch(), "the preset's own batch");
        assertEquals(16, ((BenchOptions) parsed("bench", "--preset", "fast", "--batch", "16")).benchmark().batch());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train --out o | train needs --dataset",
        "train --out o --dataset | --dataset needs a value",
        "train --dataset d --out o --steps abc | --steps must be a whole number, got 'abc'",
        "train --dataset d --out o --steps 0 | --steps must be between 1 and 100000000, got 0",
        "train --dataset d --out o --batch 1 | --batch must be between 2 and 1024, got 1",
        "train --dataset d --out o --size 30 | --size must be one of [28, 32, 64], got 30",
        "train --dataset d --out o --loss nice | --loss must be one of minimax, non-saturating, least-squares, hinge, got 'nice'",
        "train --dataset d --out o --channels cmyk | --channels must be one of auto, grayscale, rgb, got 'cmyk'",
        "train --dataset d --out o --stepz=3 | unknown option --stepz for train (see 'gan-studio train --help')",
        "train --dataset d --out o extra | unexpected argument 'extra' for train",
        "train --dataset d --out o --config nowhere.json | --config must name an existing file, got 'nowhere.json'",
        "sample --out g.png | sample needs --checkpoint",
        "sample --checkpoint . --out g.png | --checkpoint must name a file, got the folder '.'",
        "bench --count 3 | unknown option --count for bench (see 'gan-studio bench --help')",
        "bench --warmup -1 | --warmup must be between 0 and 10000, got -1",
        "bench --order random | --order must be one of simultaneous, sequential, got 'random'",
        "bench --device | --device needs a value",
        "--fast | unknown option --fast for gan-studio (see 'gan-studio --help')",
        "--fast bench | unknown option --fast for gan-studio (see 'gan-studio --help')",
        "run.ganstudio bench | unexpected argument 'run.ganstudio' for gan-studio",
    })
    void badInputIsExitTwoAndOneLineOnStderr(String args, String message) {
        assertEquals(2, run(args.split(" ")));
        assertEquals("gan-studio: " + message + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aResumedExperimentKeepsItsConfig() throws IOException {
        Path file = Files.writeString(tmp.resolve("e.ganstudio"), "x");
        assertEquals(2, run("train", "--dataset", "d", "--out", "o", "--resume", file.toString(), "--loss", "hinge"));
        assertEquals("gan-studio: --loss cannot change a resumed experiment (it keeps its config)",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void everyCommandHasGeneratedHelpListingEachOption() {
        for (String command : List.of("train", "sample", "bench")) {
            out.reset();
            assertEquals(0, run(command, "--help"));
            String help = out.toString(StandardCharsets.UTF_8);
            assertTrue(help.contains("Usage: gan-studio " + command), help);
            Cli.commandLine(null, null).getSubcommands().get(command).getCommandSpec().options()
                    .forEach(o -> assertTrue(help.contains(o.longestName()), command + " help lacks " + o.longestName()));
            assertTrue(help.contains("--device=auto|cpu|gpu"), help);
        }
        out.reset();
        assertEquals(0, run("help", "bench"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--warmup=N"));
        out.reset();
        assertEquals(0, run("--help"));
        String top = out.toString(StandardCharsets.UTF_8);
        for (String s : List.of("train", "sample", "bench", "--dataset=DIR", "--open=FILE", "[FILE...]")) {
            assertTrue(top.contains(s), top);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionInAllSpellingsIsThePomsVersion() {
        String expected = "GAN Studio " + AppVersion.current().orElseThrow() + System.lineSeparator();
        for (String[] args : new String[][] {{"--version"}, {"version"}, {"-V"}, {"bench", "--version"}}) {
            out.reset();
            assertEquals(0, run(args));
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), String.join(" ", args));
        }
    }
}
