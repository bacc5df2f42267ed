package org.ganstudio.cli;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GeneratorReplica;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.LatentNoise;
import org.ganstudio.model.ImageBatch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code sample}: draws images from a saved experiment's generator into a PNG grid. */
final class SampleCommand {

    private final SampleOptions options;
    private final PrintStream out;
    private final PrintStream err;

    SampleCommand(SampleOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws CliException, IOException {
        CliDevice.select(options.device(), err);
        Path file = options.checkpoint();
        Path target = options.out();
        int count = options.count();
        long seed = options.seed();
        ExperimentFile.Contents c;
        try {
            c = ExperimentFile.read(file);
        } catch (IOException e) {
            throw new CliException("--checkpoint: " + e.getMessage());
        }
        ExperimentConfig config = c.config();
        CliDevice.report(err);
        // sampling needs no data and no trainer: only the saved generator, drawn in inference mode like the grid
        GeneratorReplica generator = new GeneratorReplica(config);
        generator.load(GeneratorReplica.weightsOf(c));
        float[] z = LatentNoise.gaussian(seed, count, config.latentSize());
        float[] img = generator.generate(z, count);
        ImageBatch batch = ImageBatch.fromTanh(c.step(), 0, config.imageShape(), count, img);
        if (options.plain()) {
            ArgbRaster raster = ArgbRaster.tile(batch, 0, count, SampleOptions.GRID_COLUMNS, 1, 0);
            ImageFiles.writePng(target, ImageFiles.toImage(raster));
        } else {
            ImageFiles.writeGridPng(target, batch);
        }
        out.println("wrote " + count + " samples from step " + c.step() + " to " + target);
        return 0;
    }
}
