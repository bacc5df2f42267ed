package org.ganstudio.session;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.engine.GeneratorReplica;
import org.ganstudio.engine.QualityEntry;
import org.ganstudio.model.ComparedRun;
import org.ganstudio.model.GridNoise;
import org.ganstudio.model.ImageBatch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Experiment files for a comparison: settings, history and quality from the file, and the sample grid its saved
 * generator draws from the fixed grid noise (a file keeps no grids, so this is the one grid it shows, at its step).
 * The generator is a replica built, used and dropped on the calling thread (a background thread of the app, never
 * the engine's or the FX thread), so comparing never touches the training run.
 */
public final class ComparedExperiments {

    private ComparedExperiments() {
    }

    /**
     * @throws SessionException {@link SessionException.Kind#FILE_UNREADABLE} with one sentence when the file cannot
     *                          be read
     */
    public static ComparedRun load(Path file) throws SessionException {
        try {
            ExperimentFile.Contents c = ExperimentFile.read(file);
            GeneratorReplica g = new GeneratorReplica(c.config());
            g.load(GeneratorReplica.weightsOf(c));
            float[] images = g.generate(GridNoise.all(c.config()), GridNoise.CELLS);
            ImageBatch grid = ImageBatch.fromTanh(c.step(), 0, c.config().imageShape(), GridNoise.CELLS, images);
            String name = file.getFileName().toString();
            if (name.endsWith(ExperimentFile.EXTENSION)) {
                name = name.substring(0, name.length() - ExperimentFile.EXTENSION.length());
            }
            var live = c.config().withDiscriminatorSteps(c.discriminatorSteps()).withOptimizers(
                    c.config().generatorOptimizer().withLearningRate(c.generatorLearningRate()),
                    c.config().discriminatorOptimizer().withLearningRate(c.discriminatorLearningRate()));
            return new ComparedRun(name, live, c.history().view(), QualityEntry.read(file), List.of(grid));
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage();
            throw new SessionException(SessionException.Kind.FILE_UNREADABLE, "Could not open " + file.getFileName()
                    + " for the comparison: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m), e);
        }
    }
}
