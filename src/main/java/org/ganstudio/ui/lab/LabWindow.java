package org.ganstudio.ui.lab;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
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
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.charts.ChartsView;
import org.ganstudio.ui.common.DocumentOpener;
import org.ganstudio.ui.common.FxCjkFont;
import org.ganstudio.ui.dataset.DatasetView;
import org.ganstudio.ui.device.DeviceView;
import org.ganstudio.ui.device.DeviceViewModel;
import org.ganstudio.ui.hyperparameters.HyperparametersView;
import org.ganstudio.ui.language.LanguageView;
import org.ganstudio.ui.language.LanguageViewModel;
import org.ganstudio.ui.latent.LatentView;
import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.health.HealthView;
import org.ganstudio.ui.quality.QualityView;
import org.ganstudio.ui.samples.SamplesView;
import org.ganstudio.ui.training.TrainingToolbar;
import org.ganstudio.ui.training.TrainingViewModel;
import org.ganstudio.ui.common.Texts;

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
    private final LanguageViewModel languages;
    private WindowPlacement normal;
    private Stage placementStage;

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
        this(vm, devices, null, dialogs, opener, version, device, logFolder);
    }

    /** @param languages the language setting, or null to leave it out */
    public LabWindow(LabViewModel vm, DeviceViewModel devices, LanguageViewModel languages, LabDialogs dialogs,
                     DocumentOpener opener, String version, Supplier<String> device, Path logFolder) {
        this.languages = languages;
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

    /** Puts the window on {@code stage} at its first-start place: the preferred size, or the whole screen if smaller. */
    public Scene install(Stage stage) {
        return install(stage, null);
    }

    /**
     * Puts the window on {@code stage}: scene, stylesheet, keys, title, sizes; at {@code saved} (fitted into today's
     * screens) or, when null, centred at the preferred size or the whole visible screen if that is smaller.
     */
    public Scene install(Stage stage, WindowPlacement saved) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = new ArrayList<>(List.of(primary));
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(primary)).forEach(screens::add);
        WindowPlacement p = saved == null ? WindowPlacement.initial(primary) : saved.fittedTo(screens);
        Scene scene = new Scene(root, p.width(), p.height());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::trainingKeys);
        FxCjkFont.apply(root);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.files().titleProperty());
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, primary.getHeight()));
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setMaximized(p.maximized());
        normal = p.withMaximized(false);
        stage.xProperty().addListener((o, a, b) -> remember(stage));
        stage.yProperty().addListener((o, a, b) -> remember(stage));
        stage.widthProperty().addListener((o, a, b) -> remember(stage));
        stage.heightProperty().addListener((o, a, b) -> remember(stage));
        placementStage = stage;
        return scene;
    }

    /** The bounds to open at next time: the last ones while not maximised, and whether it is maximised now. */
    public WindowPlacement placement() {
        return normal == null ? null : normal.withMaximized(placementStage != null && placementStage.isMaximized());
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private void build(DocumentOpener opener) {
        root.setId("labWindow");
        TrainingToolbar toolbar = new TrainingToolbar(vm.training());
        lessons = lessons();
        root.setTop(new VBox(menuBar(opener), toolbar.getRoot(), divergedBanner()));

        DatasetView datasetView = new DatasetView(vm.dataset(), dialogs, opener);
        Label dataText = new Label();
        dataText.setId("experimentData");
        dataText.setWrapText(true);
        dataText.getStyleClass().add("data-line");
        dataText.textProperty().bind(vm.dataTextProperty());
        VBox datasetTab = new VBox(dataText, datasetView.getRoot());
        VBox.setVgrow(datasetView.getRoot(), Priority.ALWAYS);
        Tab data = new Tab(Texts.get("lab.tab.dataset"), scrollWhenSmall(datasetTab, "datasetScroll"));
        data.setId("datasetTab");
        Parent form = new HyperparametersView(vm.settings(), vm.formActions()).getRoot();
        VBox settingsTab = new VBox(form);
        VBox.setVgrow(form, Priority.ALWAYS);
        if (devices != null) {
            settingsTab.getChildren().add(new DeviceView(devices).getRoot());
        }
        if (languages != null) {
            settingsTab.getChildren().add(new LanguageView(languages).getRoot());
        }
        Tab settings = new Tab(Texts.get("lab.tab.settings"), scrollWhenSmall(settingsTab, "settingsScroll"));
        settings.setId("settingsTab");
        Tab health = new Tab(Texts.get("health.title"), new HealthView(vm.health()).getRoot());   // issue 14
        health.setId("healthTab");
        leftTabs.getTabs().addAll(data, settings, health);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        leftTabs.setId("leftTabs");
        leftTabs.setMinWidth(250);
        leftTabs.setPrefWidth(390);

        Parent latent = new LatentView(vm.latent()).getRoot();
        Parent samples = new SamplesView(vm.samples()).getRoot();
        SplitPane right = new SplitPane(samples, latent);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        right.setId("rightSplit");
        right.setPrefWidth(420);
        SplitPane.setResizableWithParent(latent, false);
        ScrollPane rightScroll = scrollWhenSmall(right, "rightScroll");
        rightScroll.setMinWidth(230);
        rightScroll.setPrefWidth(420);

        // quality chart below the loss charts (issue 13)
        SplitPane middle = new SplitPane(charts.getRoot(), new QualityView(vm.quality()).getRoot());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.62);
        middle.setId("middleSplit");
        ScrollPane middleScroll = scrollWhenSmall(middle, "middleScroll");
        middleScroll.setMinWidth(220);

        SplitPane main = new SplitPane(leftTabs, middleScroll, rightScroll);
        main.setId("mainSplit");
        main.setDividerPositions(DIVIDERS);
        SplitPane.setResizableWithParent(leftTabs, false);
        SplitPane.setResizableWithParent(rightScroll, false);
        root.setCenter(main);
        root.setBottom(statusBar());
        root.setLeft(new org.ganstudio.ui.lessons.LessonView(lessons).getRoot());
        // the docked lesson takes its width from the charts (the other columns keep theirs): give some back
        // once the split has its new width (a resized split keeps its side columns' widths)
        boolean[] pending = {false};
        lessons.currentProperty().subscribe((before, now) -> {
            if ((before == null) != (now == null)) {
                pending[0] = true;
            }
        });
        main.widthProperty().subscribe(w -> {
            if (pending[0]) {
                pending[0] = false;
                // after this layout pass, which would spread the change by the old widths
                javafx.application.Platform.runLater(() -> main.setDividerPositions(
                        lessons.currentProperty().get() == null ? DIVIDERS : DIVIDERS_WITH_LESSON));
            }
        });
    }

    /** Followed by open, locked or hidden: what students may do with a setting, in the teacher's lock dialog. */
    private static final String ACCESS_KEYS = "lessons.save.access.";

    /** The main columns' dividers: settings | charts | samples; narrower side columns while a lesson is docked. */
    private static final double[] DIVIDERS = {0.3, 0.67};
    private static final double[] DIVIDERS_WITH_LESSON = {0.25, 0.66};

    // ---- lessons (issue 15) ----
    private org.ganstudio.ui.lessons.LessonsViewModel lessons;

    private org.ganstudio.ui.hyperparameters.TeacherLock teacherLock;

    /**
     * Opening a lesson loads its dataset (shipped or a folder), puts its config into the form and applies its
     * teacher's lock.
     */
    private org.ganstudio.ui.lessons.LessonsViewModel lessons() {
        teacherLock = new org.ganstudio.ui.hyperparameters.TeacherLock(vm.settings());
        return new org.ganstudio.ui.lessons.LessonsViewModel(
                org.ganstudio.model.LessonCatalog.shipped(org.ganstudio.model.LessonJson.SHIPPED_DATASETS),
                Texts.isChinese(), l -> {
                    vm.settings().load(l.config());
                    teacherLock.apply(l.lock());   // a lesson without one has LessonLock.NONE
                    org.ganstudio.model.ImageShape shape = l.config().imageShape();
                    org.ganstudio.dataset.PrepareOptions options = org.ganstudio.dataset.PrepareOptions.defaults()
                            .withImageSize(shape.height()).withChannelMode(shape.channels() == 1
                                    ? org.ganstudio.dataset.ChannelMode.GRAYSCALE
                                    : org.ganstudio.dataset.ChannelMode.RGB);
                    // the form again once the data is in: a new shape resets the form to its preset (and says so
                    // in the status line, which then names the lesson instead)
                    Runnable settled = () -> {
                        vm.settings().load(l.config());
                        vm.notifier().info(Texts.get("lessons.opened", lessons.title(l)));
                    };
                    if (l.dataset().isShipped()) {
                        vm.dataset().shippedDatasets().stream().filter(d -> d.name().equals(l.dataset().shipped()))
                                .findFirst().ifPresent(d -> {
                                    vm.dataset().selectedShippedProperty().set(d);
                                    vm.dataset().load(d.path(), options).thenRun(settled);
                                });
                    } else {
                        vm.dataset().load(l.dataset().folder(), options).thenRun(settled);
                    }
                }, c -> {
                    vm.settings().load(c);
                    vm.notifier().info(Texts.get("lessons.applied"));
                });
    }

    private Menu lessonsMenu() {
        Menu menu = new Menu(Texts.get("lessons.menu"));
        menu.setId("menuLessons");
        for (org.ganstudio.model.Lesson l : lessons.lessons()) {
            MenuItem m = item(lessons.title(l), "menuLesson-" + l.id(), () -> lessons.open(l));
            m.setMnemonicParsing(false);
            menu.getItems().add(m);
        }
        MenuItem open = item(Texts.get("lessons.menu.openFile"), "menuOpenLesson", this::openLessonFile);
        MenuItem save = item(Texts.get("lessons.menu.save"), "menuSaveLesson", this::saveLessonWithLock);
        save.disableProperty().bind(lessons.currentProperty().isNull());
        MenuItem unlock = item(Texts.get("lessons.menu.unlock"), "menuUnlockLesson", this::unlockLesson);
        unlock.disableProperty().bind(teacherLock.activeProperty().not());
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), open, save, unlock);
        return menu;
    }

    /** A lesson file a teacher wrote or shared; a bad one is explained, and nothing in the lab changes. */
    private void openLessonFile() {
        dialogs.chooseOpen(Texts.get("lessons.open.title"), Texts.get("lessons.open.filter"), ".lesson.json", null)
                .ifPresent(file -> {
                    try {
                        lessons.open(org.ganstudio.model.LessonJson.read(file,
                                org.ganstudio.model.LessonJson.SHIPPED_DATASETS));
                    } catch (org.ganstudio.model.LessonFileException e) {
                        dialogs.showError(Texts.get("lessons.open.error"), e.getMessage());
                    }
                });
    }

    /**
     * The teacher's side: the open lesson with the form's settings, the settings ticked here locked for students,
     * and the PIN that unlocks them (only its salted hash is written), saved as a lesson file to share.
     */
    private void saveLessonWithLock() {
        org.ganstudio.model.Lesson current = lessons.currentProperty().get();
        org.ganstudio.model.ExperimentConfig config = vm.settings().config();
        if (current == null || config == null) {
            dialogs.showError(Texts.get("lessons.save.title"), Texts.get("lessons.save.invalid"));
            return;
        }
        javafx.scene.layout.GridPane list = new javafx.scene.layout.GridPane();
        list.setHgap(8);
        list.setVgap(4);
        java.util.Map<String, javafx.scene.control.ChoiceBox<org.ganstudio.ui.hyperparameters.TeacherLock.Access>>
                choices = new java.util.LinkedHashMap<>();
        int row = 0;
        for (org.ganstudio.ui.hyperparameters.Setting.Group g : vm.settings().groups()) {
            Label title = new Label(g.title());
            title.getStyleClass().add("section-title");
            list.add(title, 0, row++, 2, 1);
            for (org.ganstudio.ui.hyperparameters.Setting st : g.settings()) {
                javafx.scene.control.ChoiceBox<org.ganstudio.ui.hyperparameters.TeacherLock.Access> choice =
                        new javafx.scene.control.ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                                org.ganstudio.ui.hyperparameters.TeacherLock.Access.values()));
                choice.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(org.ganstudio.ui.hyperparameters.TeacherLock.Access a) {
                        return a == null ? "" : Texts.get(ACCESS_KEYS + a.name().toLowerCase(Locale.ROOT));
                    }

                    @Override
                    public org.ganstudio.ui.hyperparameters.TeacherLock.Access fromString(String text) {
                        return null;
                    }
                });
                choice.setValue(org.ganstudio.ui.hyperparameters.TeacherLock.accessOf(st));
                choice.setPrefWidth(240);   // one width for all three choices
                choice.setId("lockAccess-" + st.id());
                choice.setTooltip(new Tooltip(Texts.get("lessons.save.box.tip")));
                choices.put(st.id(), choice);
                list.addRow(row++, new Label(st.label()), choice);
            }
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setPrefSize(520, 360);
        javafx.scene.control.PasswordField pin = new javafx.scene.control.PasswordField();
        pin.setId("lockPin");
        pin.setPromptText(Texts.get("lessons.save.pin"));
        pin.setTooltip(new Tooltip(Texts.get("lessons.unlock.tip")));
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        d.setTitle(Texts.get("lessons.save.title"));
        d.setHeaderText(Texts.get("lessons.save.header"));
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(8, scroll, pin));
        d.getDialogPane().setPrefWidth(560);   // the header wraps instead of stretching the dialog across the screen
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        if (d.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) != javafx.scene.control.ButtonType.OK) {
            return;
        }
        java.util.Map<String, org.ganstudio.ui.hyperparameters.TeacherLock.Access> access = new java.util.HashMap<>();
        choices.forEach((id, choice) -> access.put(id, choice.getValue()));
        org.ganstudio.model.LessonLock lock;
        try {
            lock = org.ganstudio.ui.hyperparameters.TeacherLock.create(access, pin.getText());
        } catch (IllegalArgumentException e) {
            dialogs.showError(Texts.get("lessons.save.title"), Texts.get("lessons.save.badPin", e.getMessage()));
            return;
        }
        org.ganstudio.model.Lesson out = current.withConfig(config).withLock(lock);
        dialogs.chooseSave(Texts.get("lessons.save.title"), Texts.get("lessons.open.filter"), ".lesson.json",
                        java.nio.file.Path.of(current.id() + "-locked.lesson.json"))   // a name to start from
                .ifPresent(file -> {
                    try {
                        org.ganstudio.model.LessonJson.write(out, file);
                        teacherLock.apply(lock);
                    } catch (java.io.IOException e) {
                        dialogs.showError(Texts.get("lessons.save.title"), Texts.get("lessons.save.failed",
                                file.getFileName(), e.getMessage()));
                    }
                });
    }

    /** The teacher's PIN lifts the lesson's lock; a wrong one keeps it and says so. */
    private void unlockLesson() {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        d.setTitle(Texts.get("lessons.unlock.title"));
        d.setHeaderText(Texts.get("lessons.unlock.header"));
        javafx.scene.control.PasswordField pin = new javafx.scene.control.PasswordField();
        pin.setId("unlockPin");
        pin.setTooltip(new Tooltip(Texts.get("lessons.unlock.tip")));
        d.getDialogPane().setContent(pin);
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? pin.getText() : null);
        javafx.application.Platform.runLater(pin::requestFocus);
        d.showAndWait().ifPresent(entered -> {
            if (teacherLock.unlock(entered) == org.ganstudio.ui.hyperparameters.TeacherLock.Unlock.WRONG_PIN) {
                dialogs.showError(Texts.get("lessons.unlock.title"), Texts.get("lessons.unlock.wrong"));
            }
        });
    }
    // ---- end lessons ----

    /**
     * {@code content} filling the pane while there is room, scrolling once the pane is smaller than the content's
     * minimum size (small screens, 150 % scaling): nothing is cut off or out of reach.
     */
    private static ScrollPane scrollWhenSmall(Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("pane-scroll");
        return scroll;
    }

    private Node divergedBanner() {
        Label title = new Label(Texts.get("lab.diverged.title"));
        title.getStyleClass().add("banner-title");
        Label message = new Label();
        message.setId("divergedMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.training().divergedMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button halve = new Button(Texts.get("lab.diverged.halve"));
        halve.setId("halveLearningRates");
        halve.setOnAction(e -> vm.training().halveLearningRates());
        halve.setTooltip(new Tooltip(Texts.get("lab.diverged.halve.tip")));
        halve.setMinWidth(Region.USE_PREF_SIZE);
        Button reset = new Button(Texts.get("lab.diverged.reset"));
        reset.setOnAction(e -> vm.training().reset());
        reset.setTooltip(new Tooltip(Texts.get("lab.diverged.reset.tip")));
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
        bar.textProperty().bind(vm.statusProperty().map(s -> s.isEmpty() ? Texts.get("lab.status.ready") : s));
        bar.progressProperty().bind(vm.progressProperty()); // dataset loads (also for an opened file), saves, opens
        Label speed = new Label();
        speed.setId("speedLabel");
        speed.textProperty().bind(vm.training().speedTextProperty());
        Label time = new Label();
        time.setId("timeLabel");
        time.textProperty().bind(vm.training().timeTextProperty());
        Label file = new Label();
        file.setId("fileLabel");
        file.textProperty().bind(vm.files().currentFileProperty().map(p -> p.getFileName().toString()).orElse(Texts.get("lab.status.notSaved")));
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
        Menu file = new Menu(Texts.get("lab.menu.file"));
        MenuItem newItem = item(Texts.get("lab.menu.new"), "menuNew", files::newExperiment);
        newItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = item(Texts.get("lab.menu.open"), "menuOpen", files::open);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = new Menu(Texts.get("lab.menu.recent"));
        recent.setId("menuRecent");
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem autosave = item(Texts.get("lab.menu.openAutosave"), "menuOpenAutosave", files::openAutosave);
        autosave.disableProperty().bind(files.hasAutosaveProperty().not());
        MenuItem save = item(Texts.get("lab.menu.save"), "menuSave", files::save);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(files.canSaveProperty().not());
        MenuItem saveAs = item(Texts.get("lab.menu.saveAs"), "menuSaveAs", files::saveAs);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.disableProperty().bind(files.canSaveProperty().not());
        Menu export = new Menu(Texts.get("lab.menu.export"));
        export.getItems().addAll(
                item(Texts.get("lab.menu.exportGrid"), "exportGrid", () -> vm.exports().exportGrid(vm.samples().rasterProperty().get())),
                item(Texts.get("lab.menu.exportCharts"), "exportCharts", () -> vm.exports().exportChartImage(chartImage())),
                item(Texts.get("lab.menu.exportCsv"), "exportCsv", () -> vm.exports().exportMetrics(vm.charts().metrics())),
                item(Texts.get("lab.menu.exportGif"), "exportGif", () -> vm.exports().exportTimelapse(vm.samples().grids())));
        MenuItem quit = item(Texts.get("lab.menu.quit"), "menuQuit", () -> {
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                s.fireEvent(new javafx.stage.WindowEvent(s, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(newItem, open, recent, autosave, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu train = new Menu(Texts.get("lab.menu.training"));
        MenuItem start = item(Texts.get("lab.menu.start"), "menuStart", training::start);
        start.setAccelerator(START);
        start.disableProperty().bind(training.canStartProperty().not());
        MenuItem pause = item(Texts.get("lab.menu.pause"), "menuPause", training::togglePause);
        pause.disableProperty().bind(training.canPauseOrResumeProperty().not());
        MenuItem stepD = item(Texts.get("lab.menu.stepD"), "menuStepD", () -> training.step(StepKind.DISCRIMINATOR));
        MenuItem stepG = item(Texts.get("lab.menu.stepG"), "menuStepG", () -> training.step(StepKind.GENERATOR));
        MenuItem step = item(Texts.get("lab.menu.step"), "menuStep", () -> training.step(StepKind.BOTH));
        for (MenuItem m : new MenuItem[] {stepD, stepG, step}) {
            m.disableProperty().bind(training.canStepProperty().not());
        }
        MenuItem stop = item(Texts.get("lab.menu.stop"), "menuStop", training::stop);
        stop.disableProperty().bind(training.canStopProperty().not());
        MenuItem reset = item(Texts.get("lab.menu.reset"), "menuReset", training::reset);
        reset.disableProperty().bind(training.canResetProperty().not());
        train.getItems().addAll(start, pause, new SeparatorMenuItem(), stepD, stepG, step, new SeparatorMenuItem(),
                stop, reset);

        Menu help = new Menu(Texts.get("lab.menu.help"));
        MenuItem how = item(Texts.get("lab.menu.howTo"), "menuHowTo", this::showHowTo);
        how.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.getItems().add(how);
        if (logFolder != null) {
            // the folder, not the file: a teacher attaches gan-studio.log (and .old.log) from there
            help.getItems().add(item(Texts.get("lab.menu.logFolder"), "menuLogFolder", () -> opener.open(logFolder)));
        }
        help.getItems().add(item(Texts.get("lab.menu.about"), "menuAbout", this::showAbout));

        // ---- 2-D lab ----
        Menu labs = new Menu(Texts.get("lab.menu.labs"));
        labs.getItems().add(item(Texts.get("lab.menu.planeLab"), "menuPlaneLab",
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
        // real or fake? (issue 15)
        org.ganstudio.ui.game.GameWindow game = new org.ganstudio.ui.game.GameWindow(
                new org.ganstudio.ui.game.GameViewModel(vm.session(), vm.poller().snapshotProperty(),
                        vm.runner()::runOnUiThread, new java.util.SplittableRandom()::nextLong),
                getClass().getResource(STYLESHEET).toExternalForm());
        MenuItem realOrFake = item(org.ganstudio.ui.common.Texts.get("game.menu"), "menuRealOrFake",
                () -> game.show(root.getScene() == null ? null : root.getScene().getWindow()));
        realOrFake.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        labs.getItems().add(realOrFake);

        // ---- runs (issue 17) ----
        Menu runsMenu = new Menu(org.ganstudio.ui.common.Texts.get("runs.menu"));
        runsMenu.setId("menuRuns");
        runsMenu.getItems().addAll(
                item(org.ganstudio.ui.common.Texts.get("runs.menu.history"), "menuRunHistory",
                        () -> runsWindow().show(root.getScene().getWindow(), 0)),
                item(org.ganstudio.ui.common.Texts.get("runs.menu.compare"), "menuCompare",
                        () -> runsWindow().show(root.getScene().getWindow(), 1)),
                item(org.ganstudio.ui.common.Texts.get("runs.menu.follow"), "menuFollow", () -> dialogs
                        .chooseFolder(root.getScene().getWindow(), null).ifPresent(this::follow)));
        // ---- end runs ----

        MenuBar bar = new MenuBar(file, train, labs, lessonsMenu(), runsMenu, help);
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
        Accordion sections = new Accordion();
        sections.setId("helpSections");
        for (String id : HelpTexts.SECTIONS) {
            Label body = new Label(Texts.get(HelpTexts.bodyKey(id)));
            body.setWrapText(true);
            body.setMaxWidth(540);
            TitledPane pane = new TitledPane(Texts.get(HelpTexts.titleKey(id)), body);
            pane.setId("help-" + id);
            sections.getPanes().add(pane);
        }
        sections.setExpandedPane(sections.getPanes().get(0));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(600, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle(Texts.get("lab.help.title"));
        alert.setHeaderText(Texts.get("lab.help.header"));
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        StringBuilder text = new StringBuilder();
        text.append(Texts.get("lab.about.text")).append("\n\n");
        text.append(version == null ? Texts.get("lab.about.devBuild") : Texts.get("lab.about.version", version)).append('\n');
        int deviceLine = text.length(); // filled in when the engine answers, off the FX thread
        text.append("Java ").append(System.getProperty("java.version"))
                .append(", JavaFX ").append(System.getProperty("javafx.runtime.version", "?"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.CLOSE);
        var shown = about.deviceTextProperty().subscribe(dev -> alert.setContentText(dev.isEmpty() ? text.toString()
                : new StringBuilder(text).insert(deviceLine, Texts.get("lab.about.device", dev) + "\n").toString()));
        alert.setOnHidden(e -> shown.unsubscribe());
        about.opened();
        alert.setTitle(Texts.get("lab.about.title"));
        alert.setHeaderText(Texts.get("lab.appName"));
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
            Notifications.create().owner(owner).title(Texts.get("lab.appName")).text(message).hideAfter(Duration.seconds(4))
                    .position(Pos.BOTTOM_RIGHT).showInformation();
        } catch (RuntimeException e) {
            // a pop-up is a courtesy: the status bar already shows the message
        }
    }

    // ---- runs (issue 17) ----
    private org.ganstudio.ui.runs.RunsWindow runsWindow;

    private org.ganstudio.ui.runs.RunsWindow runsWindow() {
        if (runsWindow == null) {
            runsWindow = new org.ganstudio.ui.runs.RunsWindow(vm.runs(), vm.compare(), vm.follow(), dialogs,
                    Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        }
        return runsWindow;
    }

    /** Follows a folder that {@code train} writes, in its own window (Runs → Follow, or {@code --follow DIR}). */
    public void follow(Path folder) {
        runsWindow().follow(root.getScene() == null ? null : root.getScene().getWindow(), folder);
    }
    // ---- end runs ----

    /** Shows the settings tab (e.g. after a dataset was loaded). */
    public void showSettings() {
        leftTabs.getSelectionModel().select(1);
    }
}
