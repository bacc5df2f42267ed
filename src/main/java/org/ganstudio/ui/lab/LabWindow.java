package org.ganstudio.ui.lab;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.charts.ChartsView;
import org.ganstudio.ui.common.DocumentOpener;
import org.ganstudio.ui.dataset.DatasetView;
import org.ganstudio.ui.device.DeviceView;
import org.ganstudio.ui.device.DeviceViewModel;
import org.ganstudio.ui.hyperparameters.HyperparametersView;
import org.ganstudio.ui.latent.LatentView;
import org.ganstudio.ui.quality.QualityView;
import org.ganstudio.ui.samples.SamplesView;
import org.ganstudio.ui.training.TrainingToolbar;
import org.ganstudio.ui.training.TrainingViewModel;

/**
 * The lab window: menus, the training toolbar, the diverged banner, the dataset and settings tabs on the left, the
 * charts over the latent explorer in the middle, the sample grid on the right, and a status bar. Keyboard: Space
 * pauses/resumes (unless typing), Ctrl+Enter starts, Ctrl+N/O/S for the file commands.
 */
public final class LabWindow {


    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    public static final String STYLESHEET = "/org/ganstudio/ui/lab/lab.css";
    private static final KeyCombination START = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final LabViewModel vm;
    private final LabDialogs dialogs;
    private final String version;
    private final Supplier<String> device;
    private final Path logFolder;
    private final BorderPane root = new BorderPane();
    private final ChartsView charts;
    private final TabPane leftTabs = new TabPane();
    private final DeviceViewModel devices;
    private final AboutViewModel about;

    /**
     * @param version e.g. "0.1.0"
     * @param device  what the engine computes on, in words, or null when unknown (asked when About opens)
     */
    /**
     * @param devices   the device setting, or null to leave it out
     * @param logFolder where the log file is (Help → Open log folder), or null to leave the item out
     */
    public LabWindow(LabViewModel vm, DeviceViewModel devices, LabDialogs dialogs, DocumentOpener opener, String version,
                     Supplier<String> device, Path logFolder) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.devices = devices;
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.version = version;
        this.device = device;
        this.logFolder = logFolder;
        this.about = new AboutViewModel(device, vm.runner());
        this.charts = new ChartsView(vm.charts());
        vm.showOutcomesWith(this::notification);
        build(opener);
    }

    public Parent getRoot() {
        return root;
    }

    /** Puts the window on {@code stage}: scene, stylesheet, keys, title, sizes. */
    public Scene install(Stage stage) {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::trainingKeys);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.files().titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        return scene;
    }

    private void build(DocumentOpener opener) {
        root.setId("labWindow");
        TrainingToolbar toolbar = new TrainingToolbar(vm.training());
        root.setTop(new VBox(menuBar(opener), toolbar.getRoot(), divergedBanner()));

        DatasetView datasetView = new DatasetView(vm.dataset(), dialogs, opener);
        Label dataText = new Label();
        dataText.setId("experimentData");
        dataText.setWrapText(true);
        dataText.getStyleClass().add("data-line");
        dataText.textProperty().bind(vm.dataTextProperty());
        VBox datasetTab = new VBox(dataText, datasetView.getRoot());
        VBox.setVgrow(datasetView.getRoot(), Priority.ALWAYS);
        Tab data = new Tab("Dataset", datasetTab);
        data.setId("datasetTab");
        Parent form = new HyperparametersView(vm.settings(), vm.formActions()).getRoot();
        VBox settingsTab = new VBox(form);
        VBox.setVgrow(form, Priority.ALWAYS);
        if (devices != null) {
            settingsTab.getChildren().add(new DeviceView(devices).getRoot());
        }
        Tab settings = new Tab("Settings", settingsTab);
        settings.setId("settingsTab");
        leftTabs.getTabs().addAll(data, settings);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        leftTabs.setId("leftTabs");
        leftTabs.setMinWidth(330);
        leftTabs.setPrefWidth(390);

        Parent latent = new LatentView(vm.latent()).getRoot();
        Parent samples = new SamplesView(vm.samples()).getRoot();
        SplitPane right = new SplitPane(samples, latent);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        right.setId("rightSplit");
        right.setMinWidth(330);
        right.setPrefWidth(420);
        SplitPane.setResizableWithParent(latent, false);

        // quality chart below the loss charts (issue 13)
        SplitPane middle = new SplitPane(charts.getRoot(), new QualityView(vm.quality()).getRoot());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.62);
        middle.setId("middleSplit");
        middle.setMinWidth(260);

        SplitPane main = new SplitPane(leftTabs, middle, right);
        main.setId("mainSplit");
        main.setDividerPositions(0.3, 0.67);
        SplitPane.setResizableWithParent(leftTabs, false);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(main);
        root.setBottom(statusBar());
    }

    private Node divergedBanner() {
        Label title = new Label("Training diverged");
        title.getStyleClass().add("banner-title");
        Label message = new Label();
        message.setId("divergedMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.training().divergedMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button halve = new Button("Halve learning rates");
        halve.setId("halveLearningRates");
        halve.setOnAction(e -> vm.training().halveLearningRates());
        halve.setMinWidth(Region.USE_PREF_SIZE);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> vm.training().reset());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(12, title, message, halve, reset);
        banner.setId("divergedBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.getStyleClass().add("banner-danger");
        banner.visibleProperty().bind(vm.training().divergedMessageProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(vm.statusProperty().map(s -> s.isEmpty() ? "Ready" : s));
        bar.progressProperty().bind(vm.progressProperty()); // dataset loads (also for an opened file), saves, opens
        Label speed = new Label();
        speed.setId("speedLabel");
        speed.textProperty().bind(vm.training().speedTextProperty());
        Label time = new Label();
        time.setId("timeLabel");
        time.textProperty().bind(vm.training().timeTextProperty());
        Label file = new Label();
        file.setId("fileLabel");
        file.textProperty().bind(vm.files().currentFileProperty().map(p -> p.getFileName().toString()).orElse("not saved"));
        file.getStyleClass().add("muted");
        Label quality = new Label();   // quality figure with its explanation (issue 13)
        quality.setId("qualityLabel");
        quality.textProperty().bind(vm.quality().statusTextProperty());
        Tooltip qualityTip = new Tooltip();
        qualityTip.textProperty().bind(vm.quality().explanationProperty());
        qualityTip.setWrapText(true);
        qualityTip.setMaxWidth(480);
        quality.setTooltip(qualityTip);
        for (Label l : new Label[] {quality, speed, time, file}) {
            l.setPadding(new Insets(0, 10, 0, 10));
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.getRightItems().addAll(quality, speed, time, file);
        return bar;
    }

    private MenuBar menuBar(DocumentOpener opener) {
        var files = vm.files();
        var training = vm.training();
        Menu file = new Menu("File");
        MenuItem newItem = item("New experiment", "menuNew", files::newExperiment);
        newItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = item("Open…", "menuOpen", files::open);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = new Menu("Open recent");
        recent.setId("menuRecent");
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem autosave = item("Open autosave", "menuOpenAutosave", files::openAutosave);
        autosave.disableProperty().bind(files.hasAutosaveProperty().not());
        MenuItem save = item("Save", "menuSave", files::save);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(files.canSaveProperty().not());
        MenuItem saveAs = item("Save as…", "menuSaveAs", files::saveAs);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.disableProperty().bind(files.canSaveProperty().not());
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("Sample grid as PNG…", "exportGrid", () -> vm.exports().exportGrid(vm.samples().rasterProperty().get())),
                item("Charts as PNG…", "exportCharts", () -> vm.exports().exportChartImage(chartImage())),
                item("Metrics as CSV…", "exportCsv", () -> vm.exports().exportMetrics(vm.charts().metrics())),
                item("Timelapse as GIF…", "exportGif", () -> vm.exports().exportTimelapse(vm.samples().grids())));
        MenuItem quit = item("Quit", "menuQuit", () -> {
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                s.fireEvent(new javafx.stage.WindowEvent(s, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(newItem, open, recent, autosave, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu train = new Menu("Training");
        MenuItem start = item("Start", "menuStart", training::start);
        start.setAccelerator(START);
        start.disableProperty().bind(training.canStartProperty().not());
        MenuItem pause = item("Pause / Resume\tSpace", "menuPause", training::togglePause);
        pause.disableProperty().bind(training.canPauseOrResumeProperty().not());
        MenuItem stepD = item("Step discriminator", "menuStepD", () -> training.step(StepKind.DISCRIMINATOR));
        MenuItem stepG = item("Step generator", "menuStepG", () -> training.step(StepKind.GENERATOR));
        MenuItem step = item("Step both", "menuStep", () -> training.step(StepKind.BOTH));
        for (MenuItem m : new MenuItem[] {stepD, stepG, step}) {
            m.disableProperty().bind(training.canStepProperty().not());
        }
        MenuItem stop = item("Stop", "menuStop", training::stop);
        stop.disableProperty().bind(training.canStopProperty().not());
        MenuItem reset = item("Reset…", "menuReset", training::reset);
        reset.disableProperty().bind(training.canResetProperty().not());
        train.getItems().addAll(start, pause, new SeparatorMenuItem(), stepD, stepG, step, new SeparatorMenuItem(),
                stop, reset);

        Menu help = new Menu("Help");
        MenuItem how = item("How to use", "menuHowTo", this::showHowTo);
        how.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.getItems().add(how);
        if (logFolder != null) {
            // the folder, not the file: a teacher attaches gan-studio.log (and .old.log) from there
            help.getItems().add(item("Open log folder", "menuLogFolder", () -> opener.open(logFolder)));
        }
        help.getItems().add(item("About GAN Studio", "menuAbout", this::showAbout));

        // ---- 2-D lab ----
        Menu labs = new Menu("Labs");
        labs.getItems().add(item("2-D lab", "menuPlaneLab",
                () -> org.ganstudio.ui.plane.PlaneLabWindow.open(root.getScene().getWindow())));
        // ---- end 2-D lab ----
        // slow motion (issue 15)
        org.ganstudio.ui.slowmo.SlowMotionWindow slowMotion = new org.ganstudio.ui.slowmo.SlowMotionWindow(
                new org.ganstudio.ui.slowmo.SlowMotionViewModel(vm.session(), vm.poller().snapshotProperty(),
                        vm.runner()::runOnUiThread), getClass().getResource(STYLESHEET).toExternalForm());
        MenuItem slow = item(org.ganstudio.ui.common.Texts.get("slowmo.menu"), "menuSlowMotion",
                () -> slowMotion.show(root.getScene() == null ? null : root.getScene().getWindow()));
        slow.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        labs.getItems().add(slow);

        MenuBar bar = new MenuBar(file, train, labs, help);
        bar.setId("menuBar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : vm.files().recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.files().open(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Space and Ctrl+Enter are caught before the focused control sees them: a focused button would otherwise take
     * Space as a click, and a text field takes Enter before the menu's accelerator does.
     */
    private void trainingKeys(KeyEvent e) {
        if (START.match(e)) {
            vm.training().start();
            e.consume();
            return;
        }
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return; // typing a space
        }
        TrainingViewModel t = vm.training();
        if (t.canPauseOrResumeProperty().get()) {
            t.togglePause();
            e.consume();
        }
    }

    private BufferedImage chartImage() {
        return SwingFXUtils.fromFXImage(charts.chartsNode().snapshot(null, null), null);
    }

    private void showHowTo() {
        TextArea text = new TextArea(HelpTexts.HOW_TO_USE);
        text.setWrapText(true);
        text.setEditable(false);
        text.setPrefSize(560, 360);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle("How to use GAN Studio");
        alert.setHeaderText("Watch a GAN learn in six steps");
        alert.getDialogPane().setContent(text);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        StringBuilder text = new StringBuilder();
        text.append("A desktop lab for watching generative adversarial networks learn.\n\n");
        text.append(version == null ? "Development build" : "Version " + version).append('\n');
        int deviceLine = text.length(); // filled in when the engine answers, off the FX thread
        text.append("Java ").append(System.getProperty("java.version"))
                .append(", JavaFX ").append(System.getProperty("javafx.runtime.version", "?"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.CLOSE);
        var shown = about.deviceTextProperty().subscribe(dev -> alert.setContentText(dev.isEmpty() ? text.toString()
                : new StringBuilder(text).insert(deviceLine, "Computes on " + dev + "\n").toString()));
        alert.setOnHidden(e -> shown.unsubscribe());
        about.opened();
        alert.setTitle("About GAN Studio");
        alert.setHeaderText("GAN Studio");
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.show();
    }

    /** A result the user may have stopped watching for (saved, autosaved, exported), shown without blocking. */
    private void notification(String message) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        try {
            Notifications.create().owner(owner).title("GAN Studio").text(message).hideAfter(Duration.seconds(4))
                    .position(Pos.BOTTOM_RIGHT).showInformation();
        } catch (RuntimeException e) {
            // a pop-up is a courtesy: the status bar already shows the message
        }
    }

    /** Shows the settings tab (e.g. after a dataset was loaded). */
    public void showSettings() {
        leftTabs.getSelectionModel().select(1);
    }
}
