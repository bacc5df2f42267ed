package org.ganstudio.session;

import org.ganstudio.model.plane.PlaneView;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.engine.plane.PlaneTrainer;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;

import java.util.ArrayList;
import java.util.List;

/**
 * One 2-D run, single-threaded and headless, the counterpart of {@link TrainingRun}: the trainer, its metric and
 * quality histories, and the {@link PlaneView} it draws. The session drives it on its engine thread.
 */
final class PlaneRun {

    /** Quality is measured on this many points every this many steps: deterministic, and cheap beside training. */
    static final int QUALITY_EVERY = 50;
    static final int QUALITY_POINTS = 1000;
    static final int MAX_QUALITY = 2000;
    static final int VIEW_POINTS = 600;
    static final int HEAT_SIZE = 40;
    static final int MESH_SIZE = 17;
    /** The latent mesh spans [-MESH_EXTENT, MESH_EXTENT] in the first two latent dimensions. */
    static final double MESH_EXTENT = 2.0;

    private final PlaneTrainer trainer;
    private final double[] viewLatents;
    private final double[] meshLatents;
    private final float[] viewReal;
    private final double[] qualityReal;
    private final double[] qualityLatents;
    private final MetricsHistory history = new MetricsHistory();
    private List<PlaneQuality> quality = new ArrayList<>();

    PlaneRun(PlaneConfig config, PlaneDistribution data) {
        trainer = new PlaneTrainer(config, data);
        long seed = config.seed();
        viewLatents = trainer.latents(seed ^ 0x51L, VIEW_POINTS);
        viewReal = toFloat(trainer.realPoints(seed ^ 0x52L, VIEW_POINTS));
        qualityReal = trainer.realPoints(seed ^ 0x53L, QUALITY_POINTS);
        qualityLatents = trainer.latents(seed ^ 0x54L, QUALITY_POINTS);
        int k = config.latentSize();
        meshLatents = new double[MESH_SIZE * MESH_SIZE * k];
        for (int r = 0; r < MESH_SIZE; r++) {
            for (int c = 0; c < MESH_SIZE; c++) {
                int node = r * MESH_SIZE + c;
                meshLatents[node * k] = -MESH_EXTENT + 2 * MESH_EXTENT * c / (MESH_SIZE - 1);
                meshLatents[node * k + 1] = -MESH_EXTENT + 2 * MESH_EXTENT * r / (MESH_SIZE - 1);
            }
        }
        measure();
    }

    TrainingRun.StepResult step(TrainingControl.StepKind kind) {
        StepMetrics m = switch (kind) {
            case BOTH -> trainer.trainStep();
            case DISCRIMINATOR -> trainer.trainDiscriminatorOnly();
            case GENERATOR -> trainer.trainGeneratorOnly();
        };
        if (trainer.lastStepDiverged()) {
            return new TrainingRun.StepResult.Diverged(m, TrainingRun.divergenceMessage(m));
        }
        history.add(m);
        if (trainer.completedSteps() % QUALITY_EVERY == 0) {
            measure();
        }
        return new TrainingRun.StepResult.Kept(m);
    }

    /** The quality now, appended to the (bounded) history. */
    PlaneQuality measure() {
        double[] gen = trainer.generate(qualityLatents, QUALITY_POINTS);
        PlaneQuality q = PlaneQuality.measure(trainer.completedSteps(), qualityReal, gen, trainer.data().modes());
        List<PlaneQuality> next = new ArrayList<>(quality);
        if (!next.isEmpty() && next.get(next.size() - 1).step() == q.step()) {
            next.remove(next.size() - 1);
        }
        next.add(q);
        if (next.size() > MAX_QUALITY) {
            List<PlaneQuality> thinned = new ArrayList<>();
            for (int i = 0; i < next.size() - 1; i += 2) {
                thinned.add(next.get(i));
            }
            thinned.add(next.get(next.size() - 1));
            next = thinned;
        }
        quality = List.copyOf(next);
        return q;
    }

    /** Everything the 2-D lab draws, as it is now (a few ms for the default networks). */
    PlaneView view() {
        double[] gen = trainer.generate(viewLatents, VIEW_POINTS);
        double[] pull = trainer.generatorPull(gen, VIEW_POINTS);
        double[] heat = trainer.discriminatorGrid(HEAT_SIZE);
        double[] mesh = trainer.generate(meshLatents, MESH_SIZE * MESH_SIZE);
        return new PlaneView(trainer.completedSteps(), trainer.config(), trainer.data().id(), viewReal,
                toFloat(gen), toFloat(pull), HEAT_SIZE, toFloat(heat), trainer.config().loss().probabilistic(),
                MESH_SIZE, toFloat(mesh), quality);
    }

    /** Puts a saved run's networks, optimisers, step and quality history into this freshly built one. */
    void restore(org.ganstudio.engine.plane.PlaneFile.Contents c) {
        trainer.restore(c.state());
        // the saved history as it was: quality stays measured every QUALITY_EVERY steps, whatever the opening
        quality = c.quality() == null || c.quality().isEmpty() ? quality : List.copyOf(c.quality());
    }

    void save(java.nio.file.Path target) throws java.io.IOException {
        org.ganstudio.engine.plane.PlaneFile.save(target, trainer, quality);
    }

    PlaneTrainer trainer() {
        return trainer;
    }

    PlaneConfig config() {
        return trainer.config();
    }

    PlaneDistribution data() {
        return trainer.data();
    }

    long completedSteps() {
        return trainer.completedSteps();
    }

    MetricsHistory history() {
        return history;
    }

    List<PlaneQuality> quality() {
        return quality;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
