package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GanTrainer;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.session.ImageBatch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code sample}: draws images from a saved experiment's generator into a PNG grid. */
final class SampleCommand {

    static final String HELP = """
            gan-studio sample --checkpoint FILE --out grid.png [--count 64] [--seed S] [--device auto|cpu|gpu]

            Draws --count images (1 to 1024) from random latent vectors (seeded by --seed, default 1)
            with the saved generator and writes them as one PNG grid.
            """;

    private final CliArgs args;
    private final PrintStream out;
    private final PrintStream err;

    SampleCommand(List<String> raw, PrintStream out, PrintStream err) throws CliException {
        this.args = new CliArgs("sample", raw, Set.of("checkpoint", "out", "count", "seed", CliDevice.OPTION), Set.of());
        this.out = out;
        this.err = err;
    }

    int run() throws CliException, IOException {
        CliDevice.select(args, err);
        Path file = args.existingFile("checkpoint");
        Path target = Path.of(args.required("out"));
        int count = args.integer("count", 64, 1, 1024);
        long seed = args.longValue("seed", 1);
        ExperimentFile.Contents c;
        try {
            c = ExperimentFile.read(file);
        } catch (IOException e) {
            throw new CliException("--checkpoint: " + e.getMessage());
        }
        ExperimentConfig config = c.config();
        CliDevice.report(err);
        // sampling needs no data: the trainer is only a holder for the restored generator
        GanTrainer t = new GanTrainer(config, (index, batch, px) -> {
            throw new IllegalStateException("sampling does not train");
        });
        c.applyTo(t);
        float[] z = LatentNoise.gaussian(seed, count, config.latentSize());
        float[] img = t.generate(z, count);
        ImageFiles.writeGridPng(target, ImageBatch.fromTanh(t.completedSteps(), 0, config.imageShape(), count, img));
        out.println("wrote " + count + " samples from step " + t.completedSteps() + " to " + target);
        return 0;
    }
}
