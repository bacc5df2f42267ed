package org.ganstudio.ui.runs;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.dataset.PrepareOptions;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.Presets;
import org.ganstudio.session.DatasetReferences;
import org.ganstudio.session.SessionState;
import org.ganstudio.session.TrainingSession;
import org.ganstudio.ui.common.FxBackgroundRunner;
import org.ganstudio.ui.testing.RecordingNotifier;
import org.ganstudio.ui.testing.ScriptedFileDialogs;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For the README screenshot (not a test): trains the reference GAN on datasets/shapes for 300 steps, branches at
 * step 100 with D's learning rate a quarter, trains the branch to 300, then shows the real comparison view of both
 * runs at 1366x768. Run with the test classpath: {@code java ... org.ganstudio.ui.runs.CompareScreenshotDemo$Main}.
 */
public final class CompareScreenshotDemo extends Application {

    /** A plain main: JavaFX on the class path refuses to start an Application subclass as the main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CompareScreenshotDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        TrainingSession session = new TrainingSession();
        LoadedDataset data = new DatasetLoader().load(Path.of("datasets/shapes"), PrepareOptions.defaults()
                .withImageSize(28), null, () -> false);
        ExperimentConfig c = Presets.reference(data.shape()).withBatchSize(32);
        session.setSampleInterval(20);
        session.setKeepEvery(50);
        session.newExperiment(c, data, DatasetReferences.of(data));
        train(session, 300);
        ExperimentConfig slowD = c.withOptimizers(c.generatorOptimizer(),
                c.discriminatorOptimizer().withLearningRate(c.discriminatorOptimizer().learningRate() / 4));
        session.branch(1, 100, slowD).get(60, TimeUnit.SECONDS);
        train(session, 300);
        FxBackgroundRunner runner = new FxBackgroundRunner(1);
        CompareViewModel vm = new CompareViewModel(runner, new RecordingNotifier());
        CompareView view = new CompareView(vm, new ScriptedFileDialogs(), () -> vm.compareRunsOf(session.runs()));
        vm.compareRunsOf(session.runs());
        vm.stepProperty().set(200);
        javafx.scene.Parent shown = view.getRoot();
        if (getParameters().getRaw().contains("history")) {
            RunsViewModel runs = new RunsViewModel(session, new javafx.beans.property.SimpleObjectProperty<>(
                    session.snapshot()), runner, new RecordingNotifier());
            runs.refresh();
            shown = new RunHistoryView(runs).getRoot();
        }
        stage.setScene(new Scene(shown, 1366, 768));
        stage.setTitle("GAN Studio — compare");
        stage.show();
        System.out.println("SHOWN");
        stage.setOnHidden(e -> {
            session.closeAsync();
            runner.close();
            Platform.exit();
        });
    }

    private static void train(TrainingSession s, long to) throws InterruptedException {
        s.setStopAt(to);
        s.start();
        while (!(s.snapshot().state() == SessionState.PAUSED && s.snapshot().step() == to)) {
            Thread.sleep(50);
        }
    }
}
