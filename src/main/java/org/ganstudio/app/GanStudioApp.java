package org.ganstudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.ganstudio.dataset.DatasetLoader;
import org.ganstudio.engine.DeviceInfo;
import org.ganstudio.model.AppVersion;
import org.ganstudio.session.TrainingControl;
import org.ganstudio.session.TrainingSession;
import org.ganstudio.ui.common.FxBackgroundRunner;
import org.ganstudio.ui.device.DeviceControl;
import org.ganstudio.ui.device.DeviceViewModel;
import org.ganstudio.ui.dataset.DatasetViewModel;
import org.ganstudio.ui.dataset.ShippedDataset;
import org.ganstudio.ui.files.RecentFiles;
import org.ganstudio.ui.lab.FxLabDialogs;
import org.ganstudio.ui.lab.LabDialogs;
import org.ganstudio.ui.lab.LabViewModel;
import org.ganstudio.ui.lab.LabWindow;
import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.language.LanguageStore;
import org.ganstudio.ui.language.LanguageViewModel;

/**
 * The lab window application and its composition root: builds the session (through a factory, so tests can pass a
 * fake), the ViewModels and the window, and takes them down in order on exit after autosaving unsaved progress.
 * Nothing here is static apart from {@link #main}.
 */
public class GanStudioApp extends Application {

    /**
     * How the app gets its parts; tests replace the session and the dialogs.
     *
     * @param devices the device setting, or null to leave it out (tests)
     * @param device  describes the engine's device for About, or null
     */
    public record Services(Supplier<TrainingControl> sessions, AppDirectories directories,
                           Function<Window, LabDialogs> dialogs, Supplier<String> device, DeviceControl devices) {
        public Services {
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(directories, "directories");
            Objects.requireNonNull(dialogs, "dialogs");
        }

        /** The real engine, the user's folders, the platform's dialogs. */
        public static Services standard() {
            return new Services(TrainingSession::new, AppDirectories.standard(), FxLabDialogs::new, DeviceInfo::describe,
                    new AppDeviceControl());
        }
    }

    private static final System.Logger LOG = System.getLogger(GanStudioApp.class.getName());

    private final Services services;
    private TrainingControl session;
    private FxBackgroundRunner runner;
    private LabViewModel lab;
    private LabWindow window;
    private boolean closed;
    private LanguageStore languageStore; // null in tests that start the window without a launch
    private Language languageInUse = Language.SYSTEM;
    private WindowSettings windows; // null in tests: they do not move the user's window

    public GanStudioApp() {
        this(Services.standard());
    }

    public GanStudioApp(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    public static void main(String[] args) {
        NativeRuntime.configure();
        AppLog.start(AppDirectories.standard(), AppLog.Writer.APP); // done already when the Launcher ran
        launch(GanStudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        LaunchOptions options = LaunchOptions.parse(args);
        // the words are chosen once, before any view is built: --lang, else the saved choice, else the system's
        LanguageSettings saved = new LanguageSettings();
        Language language = LanguageSettings.effective(options.language(), saved.load());
        Texts.useLocale(language.locale());
        languageStore = saved;
        windows = new WindowSettings();
        languageInUse = language;
        start(stage, options);
    }

    /** Builds and shows the lab on {@code stage}; public so tests can pass options without a launch. */
    public void start(Stage stage, LaunchOptions options) {
        AppDirectories dirs = services.directories();
        session = services.sessions().get();
        runner = new FxBackgroundRunner(2);
        LabDialogs dialogs = services.dialogs().apply(stage);
        DatasetViewModel datasets = new DatasetViewModel(new DatasetLoader(), runner,
                ShippedDataset.findIn(ShippedDataset.defaultRoots()), reportsFolder(dirs));
        lab = new LabViewModel(session, datasets, runner, dialogs, new RecentFiles(dirs.recentFiles()), dirs.autosave(),
                System::nanoTime, System.nanoTime());
        DeviceViewModel devices = services.devices() == null ? null : new DeviceViewModel(services.devices(),
                lab.files()::saveForRestart, runner, dialogs, lab.notifier(), () -> closeWithoutAutosave(stage));
        LanguageViewModel languages = languageStore == null ? null : new LanguageViewModel(languageStore, languageInUse);
        window = new LabWindow(lab, devices, languages, dialogs, this::showDocument, AppVersion.current().orElse(null),
                services.device(), AppLog.folder(dirs));
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught exception on the FX thread", e); // the user gets one sentence
            lab.notifier().error(Texts.get("app.unexpected.title"), Texts.get("app.unexpected.message",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
        window.install(stage, windows == null ? null : windows.load().orElse(null));
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit(stage);
        });
        stage.show();
        lab.start();
        apply(options);
    }

    private void apply(LaunchOptions options) {
        if (!options.problems().isEmpty()) {
            lab.notifier().info(Texts.get("app.ignored", String.join("; ", options.problems())));
        }
        if (options.follow() != null) {
            window.follow(options.follow());   // the session stays free: the latent explorer shows its checkpoint
        }
        if (options.open() != null) {
            lab.files().open(options.open());
        } else if (options.dataset() != null) {
            lab.dataset().sourcePathProperty().set(options.dataset());
            lab.dataset().load();
        }
    }

    /**
     * Autosaves unsaved progress, then closes the session and the window; the FX thread is never blocked, and a
     * second close request while this runs changes nothing.
     */
    void exit(Stage stage) {
        if (closed || lab.closing()) {
            return;
        }
        if (windows != null && window.placement() != null) {
            windows.save(window.placement());
        }
        lab.close().whenComplete((v, e) -> Platform.runLater(() -> {
            shutDown();
            stage.hide();
            Platform.exit();
        }));
    }

    /** After a restart into a new window: the experiment is already saved, so this one just closes. */
    private void closeWithoutAutosave(Stage stage) {
        shutDown();
        stage.hide();
        Platform.exit();
    }

    @Override
    public void stop() {
        shutDown();
    }

    /**
     * Stops polling and closes the session (without waiting for its engine thread) and the background threads;
     * safe to call twice.
     */
    public void shutDown() {
        if (closed || lab == null) {
            return;
        }
        closed = true;
        lab.stop();
        lab.follow().close();
        session.closeAsync();
        runner.close();
    }

    /** The lab's ViewModels, for tests. */
    public LabViewModel lab() {
        return lab;
    }

    private void showDocument(Path file) {
        try {
            getHostServices().showDocument(file.toUri().toString());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot show " + file, e);
            lab.notifier().info(Texts.get("app.openToRead", file.toString()));
        }
    }

    private static Path reportsFolder(AppDirectories dirs) {
        Path reports = dirs.reports();
        try {
            Files.createDirectories(reports);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot create " + reports + "; reports go to the temp folder", e);
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        return reports;
    }
}
