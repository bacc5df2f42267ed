package org.ganstudio.ui.testing;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.ganstudio.engine.TestConfigs;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.RealAndFake;
import org.ganstudio.model.StepMetrics;
import org.ganstudio.model.StepTrace;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;

/** Small fakes for the classroom features: snapshots, traces, game rounds, and a session that answers with them. */
public final class ClassroomFakes {

    public static final ExperimentConfig CONFIG = TestConfigs.small(UpdateOrder.SEQUENTIAL, LossKind.NON_SATURATING);

    private ClassroomFakes() {
    }

    public static SessionSnapshot snapshot(long version, SessionState state, long step) {
        return new SessionSnapshot(version, state, state == SessionState.EMPTY ? null : CONFIG, step, null,
                MetricsView.EMPTY, 0, List.of(), null, null, null, null, null, 1e-3, 1e-3, 1, 50, 0, -1);
    }

    /** A full step's trace with made-up but consistent numbers. */
    public static StepTrace trace(long step, boolean discriminator, boolean generator) {
        ImageShape shape = CONFIG.imageShape();
        int shown = 4;
        float[] latent = new float[shown * CONFIG.latentSize()];
        for (int i = 0; i < latent.length; i++) {
            latent[i] = (float) Math.sin(i);
        }
        float[] outputs = {0.9f, 0.7f, 0.8f, 0.6f};
        StepMetrics m = new StepMetrics(step, discriminator ? 1.25 : Double.NaN, generator ? 0.75 : Double.NaN,
                0.75, 0.25, discriminator ? 0.5 : Double.NaN, generator ? 0.3 : Double.NaN, 4);
        List<StepTrace.LayerChange> d = List.of(new StepTrace.LayerChange("1 Conv", 80, discriminator ? 0.4 : Double.NaN,
                discriminator ? 0.01 : 0), new StepTrace.LayerChange("5 Dense", 257, discriminator ? 0.3 : Double.NaN,
                discriminator ? 0.02 : 0));
        List<StepTrace.LayerChange> g = List.of(new StepTrace.LayerChange("1 Dense", 300, generator ? 0.3 : Double.NaN,
                generator ? 0.03 : 0));
        return new StepTrace(step, LossKind.NON_SATURATING, UpdateOrder.SEQUENTIAL, 1, 16, CONFIG.latentSize(), shown,
                latent, images(step, shape, shown, 40), images(step, shape, shown, 200),
                discriminator ? outputs : new float[0], discriminator ? new float[]{0.1f, 0.3f, 0.2f, 0.4f} : new float[0],
                generator ? new float[]{0.2f, 0.3f, 0.1f, 0.2f} : new float[0], m, true, d, g);
    }

    /** {@code count} images, image i filled with grey level {@code base + i}. */
    public static ImageBatch images(long step, ImageShape shape, int count, int base) {
        byte[] px = new byte[count * shape.size()];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(px, i * shape.size(), (i + 1) * shape.size(), (byte) (base + i));
        }
        return new ImageBatch(step, 0, shape, count, px);
    }

    /** A round: real image i has grey level 10 + i, fake image i has 100 + i. */
    public static RealAndFake round(long step, int count) {
        ImageShape shape = CONFIG.imageShape();
        return new RealAndFake(step, images(step, shape, count, 10), images(step, shape, count, 100),
                new float[count * CONFIG.latentSize()]);
    }

    /**
     * A session that records the calls it gets and answers the ones in {@code answers} (by method name, given the
     * arguments); anything else throws.
     */
    public static TrainingControl session(List<String> calls, Map<String, Function<Object[], Object>> answers) {
        return (TrainingControl) Proxy.newProxyInstance(TrainingControl.class.getClassLoader(),
                new Class<?>[]{TrainingControl.class}, (proxy, method, args) -> {
                    Object[] a = args == null ? new Object[0] : args;
                    calls.add(method.getName() + (a.length > 0 ? " " + a[0] : ""));
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer != null) {
                        return answer.apply(a);
                    }
                    if (method.getName().equals("step")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public static List<String> calls() {
        return new CopyOnWriteArrayList<>();
    }

    public static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
