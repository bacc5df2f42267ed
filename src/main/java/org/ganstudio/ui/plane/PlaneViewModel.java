package org.ganstudio.ui.plane;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.model.plane.PointCloud;
import org.ganstudio.model.Activation;
import org.ganstudio.model.LossKind;
import org.ganstudio.model.OptimizerKind;
import org.ganstudio.model.OptimizerSpec;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.model.plane.MlpSpec;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;
import org.ganstudio.model.plane.PlaneView;
import org.ganstudio.session.SessionSnapshot;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingControl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganstudio.ui.common.Texts;

/**
 * The 2-D lab's state: the dataset (a built-in, brushed points or a loaded CSV), the networks' and optimisers'
 * fields, and what the newest snapshot shows. Build sends a 2-D experiment to the session; start, pause, step and
 * reset are the image lab's commands.
 */
public final class PlaneViewModel {

    /** The choices of the dataset box: the built-ins, then the brush and a loaded file. */
    public static final String BRUSH = "brush";

    private final TrainingControl session;
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset", "ring8");
    private final ObjectProperty<PointCloud> loaded = new SimpleObjectProperty<>(this, "loaded");
    private final List<double[]> brush = new ArrayList<>();
    private final IntegerProperty brushCount = new SimpleIntegerProperty(this, "brushCount");
    private final IntegerProperty latentSize = new SimpleIntegerProperty(this, "latentSize");
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers");
    private final IntegerProperty units = new SimpleIntegerProperty(this, "units");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final IntegerProperty dLayers = new SimpleIntegerProperty(this, "dLayers");
    private final IntegerProperty dUnits = new SimpleIntegerProperty(this, "dUnits");
    private final ObjectProperty<Activation> dActivation = new SimpleObjectProperty<>(this, "dActivation");
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");
    private final ObjectProperty<LossKind> loss = new SimpleObjectProperty<>(this, "loss");
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final StringProperty generatorLr = new SimpleStringProperty(this, "generatorLr");
    private final StringProperty discriminatorLr = new SimpleStringProperty(this, "discriminatorLr");
    private final IntegerProperty discriminatorSteps = new SimpleIntegerProperty(this, "discriminatorSteps");
    private final ObjectProperty<UpdateOrder> updateOrder = new SimpleObjectProperty<>(this, "updateOrder");
    private final BooleanProperty showMesh = new SimpleBooleanProperty(this, "showMesh", true);
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", true);
    private final ReadOnlyObjectWrapper<PlaneView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<SessionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", SessionState.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper qualityText = new ReadOnlyStringWrapper(this, "qualityText", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    /** The settings of the run on screen (built here or opened), to notice an opened file's. */
    private PlaneConfig shownConfig;
    private final BooleanBinding canTrain;
    private final BooleanBinding training;

    public PlaneViewModel(TrainingControl session, ObservableValue<SessionSnapshot> snapshots) {
        this.session = session;
        fill(PlaneConfig.defaults());
        shownConfig = null;
        snapshots.subscribe(this::show);
        canTrain = Bindings.createBooleanBinding(() -> state.get().canTrain(), state);
        training = Bindings.createBooleanBinding(() -> state.get() == SessionState.TRAINING, state);
    }

    public static List<String> datasetChoices() {
        List<String> c = new ArrayList<>();
        for (BuiltInDistribution b : BuiltInDistribution.values()) {
            c.add(b.id());
        }
        c.add(BRUSH);
        return c;
    }

    private void show(SessionSnapshot s) {
        if (s == null) {
            return;
        }
        state.set(s.state());
        if (s.plane() != null) {
            if (!s.plane().config().equals(shownConfig)) {
                fill(s.plane().config());   // an opened file: the fields show its settings
                BuiltInDistribution.byId(s.plane().dataset()).ifPresent(b -> dataset.set(b.id()));
            }
            PlaneQuality q = s.plane().latestQuality();
            qualityText.set(q == null ? "" : describe(q));
            view.set(s.plane());
        }
        String rate = s.stepsPerSecond() > 0 ? Texts.get("plane.speed", String.format(Locale.ROOT, "%.0f", s.stepsPerSecond())) : "";
        status.set((s.plane() == null ? Texts.get("plane.status.none") : Texts.get("plane.status.step", Long.toString(s.step())) + rate)
                + (s.message() == null ? "" : " · " + s.message()));
    }

    private void fill(PlaneConfig c) {
        shownConfig = c;
        latentSize.set(c.latentSize());
        layers.set(c.generator().hiddenLayers());
        units.set(c.generator().units());
        activation.set(c.generator().activation());
        dLayers.set(c.discriminator().hiddenLayers());
        dUnits.set(c.discriminator().units());
        dActivation.set(c.discriminator().activation());
        batchSize.set(c.batchSize());
        seed.set((int) c.seed());
        loss.set(c.loss());
        optimizer.set(c.generatorOptimizer().kind());
        generatorLr.set(Double.toString(c.generatorOptimizer().learningRate()));
        discriminatorLr.set(Double.toString(c.discriminatorOptimizer().learningRate()));
        discriminatorSteps.set(c.discriminatorSteps());
        updateOrder.set(c.updateOrder());
    }

    static String describe(PlaneQuality q) {
        String modes = q.modesCovered() < 0 ? "" : Texts.get("plane.quality.modes", Integer.toString(q.modesCovered()),
                Integer.toString(q.modeCount()));
        return Texts.get("plane.quality", String.format(Locale.ROOT, "%.3f", q.kl()), String.format(Locale.ROOT, "%.3f", q.js()),
                modes, Long.toString(q.step()));
    }

    /** The config the fields describe, or null with {@link #problemsProperty()} saying why. */
    PlaneConfig config() {
        List<String> p = new ArrayList<>();
        double lrG = parse(generatorLr.get(), Texts.get("plane.lrG.noun"), p);
        double lrD = parse(discriminatorLr.get(), Texts.get("plane.lrD.noun"), p);
        PlaneConfig d = PlaneConfig.defaults();
        MlpSpec g = new MlpSpec(layers.get(), units.get(), activation.get());
        MlpSpec dis = new MlpSpec(dLayers.get(), dUnits.get(), dActivation.get());
        PlaneConfig c = d.withLatentSize(latentSize.get()).withNetworks(g, dis).withLoss(loss.get())
                .withOptimizers(spec(optimizer.get(), lrG), spec(optimizer.get(), lrD))
                .withTraining(discriminatorSteps.get(), updateOrder.get(), batchSize.get())
                .withSeed(seed.get());
        if (p.isEmpty()) {
            p.addAll(c.validate());
        }
        problems.set(String.join("; ", p));
        return p.isEmpty() ? c : null;
    }

    private static OptimizerSpec spec(OptimizerKind kind, double lr) {
        return new OptimizerSpec(kind, lr, 0.5, 0.999, 0.9, 1e-8);
    }

    private static double parse(String text, String what, List<String> problems) {
        try {
            return Double.parseDouble(text.trim());
        } catch (RuntimeException e) {
            problems.add(Texts.get("plane.notNumber", what));
            return Double.NaN;
        }
    }

    /** The real distribution chosen, or null with the problem said. */
    PlaneDistribution distribution() {
        String id = dataset.get();
        if (BRUSH.equals(id)) {
            if (brush.isEmpty()) {
                problems.set(Texts.get("plane.brushEmpty"));
                return null;
            }
            double[] xy = new double[brush.size() * 2];
            for (int i = 0; i < brush.size(); i++) {
                xy[2 * i] = brush.get(i)[0];
                xy[2 * i + 1] = brush.get(i)[1];
            }
            return new PointCloud(BRUSH, xy);
        }
        if (loaded.get() != null && loaded.get().id().equals(id)) {
            return loaded.get();
        }
        return BuiltInDistribution.byId(id).orElse(BuiltInDistribution.RING8);
    }

    /** Sends a fresh 2-D experiment with these fields to the session; false (and problems said) if invalid. */
    public boolean build() {
        PlaneConfig c = config();
        PlaneDistribution data = c == null ? null : distribution();
        if (c == null || data == null) {
            return false;
        }
        shownConfig = c;
        session.newPlaneExperiment(c, data);
        return true;
    }

    public void start() {
        if (view.get() == null && !build()) {
            return;
        }
        session.start();
    }

    public void pause() {
        session.pause();
    }

    public void step() {
        if (view.get() == null && !build()) {
            return;
        }
        session.step(TrainingControl.StepKind.BOTH);
    }

    public void reset() {
        session.reset();
    }

    /** Saves the 2-D run; the outcome appears in the status line (the session's message). */
    public void save(java.nio.file.Path file) {
        java.nio.file.Path target = file.getFileName().toString().endsWith(".gan2d") ? file
                : file.resolveSibling(file.getFileName() + ".gan2d");
        session.save(target);
    }

    /** Opens a {@code .gan2d} file; the outcome appears in the status line. */
    public void open(java.nio.file.Path file) {
        session.open(file, null);
    }

    /** Adds a brushed point (plane coordinates) and switches the dataset to the brush. */
    public void addBrushPoint(double x, double y) {
        brush.add(new double[]{x, y});
        brushCount.set(brush.size());
        dataset.set(BRUSH);
    }

    public void clearBrush() {
        brush.clear();
        brushCount.set(0);
    }

    /** Uses points read from a CSV file as the dataset. */
    public void useLoaded(PointCloud cloud) {
        loaded.set(cloud);
        dataset.set(cloud.id());
    }

    /** Shows a problem found outside the fields (e.g. a bad CSV file, whose message names the line). */
    public void reportProblem(String message) {
        problems.set(message);
    }

    /** The brushed points so far, x0, y0, x1, y1, ... */
    public double[] brushPoints() {
        double[] xy = new double[brush.size() * 2];
        for (int i = 0; i < brush.size(); i++) {
            xy[2 * i] = brush.get(i)[0];
            xy[2 * i + 1] = brush.get(i)[1];
        }
        return xy;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    public IntegerProperty brushCountProperty() {
        return brushCount;
    }

    public IntegerProperty latentSizeProperty() {
        return latentSize;
    }

    public IntegerProperty layersProperty() {
        return layers;
    }

    public IntegerProperty unitsProperty() {
        return units;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public IntegerProperty discriminatorLayersProperty() {
        return dLayers;
    }

    public IntegerProperty discriminatorUnitsProperty() {
        return dUnits;
    }

    public ObjectProperty<Activation> discriminatorActivationProperty() {
        return dActivation;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<LossKind> lossProperty() {
        return loss;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public StringProperty generatorLrProperty() {
        return generatorLr;
    }

    public StringProperty discriminatorLrProperty() {
        return discriminatorLr;
    }

    public IntegerProperty discriminatorStepsProperty() {
        return discriminatorSteps;
    }

    public ObjectProperty<UpdateOrder> updateOrderProperty() {
        return updateOrder;
    }

    public BooleanProperty showMeshProperty() {
        return showMesh;
    }

    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    public ReadOnlyObjectProperty<PlaneView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty qualityTextProperty() {
        return qualityText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding trainingProperty() {
        return training;
    }
}
