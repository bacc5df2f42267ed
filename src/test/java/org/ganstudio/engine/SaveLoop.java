package org.ganstudio.engine;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.Presets;
import org.ganstudio.model.UpdateOrder;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Run in a child JVM by {@link KillDuringSaveTest}: trains a small network (or the reference one) one step, then
 * saves it to the target over and over, printing {@code SAVED n} after each save, until killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        ExperimentConfig config = args.length > 1 && args[1].equals("reference")
                ? Presets.reference(new ImageShape(1, 28, 28))
                : TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);
        GanTrainer t = new GanTrainer(config, (index, batch, out) -> {
            SplittableRandom r = new SplittableRandom(index);
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (r.nextDouble() * 2 - 1);
            }
        });
        MetricsHistory h = new MetricsHistory();
        h.add(t.trainStep());
        for (int n = 1; ; n++) {
            ExperimentFile.save(target, t, h, null);
            System.out.println("SAVED " + n);
            System.out.flush();
        }
    }
}
