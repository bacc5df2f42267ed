package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.ganstudio.ui.common.Texts;
import org.ganstudio.ui.testing.FakeTrainingControl;
import org.ganstudio.ui.testing.ScriptedLabDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole lab window in 简体中文 (built after the language is chosen, as at a real start): no missing key, most
 * words Chinese, every control explained by a tooltip, and at laptop sizes (1366×768, 1280×720, and 911×512, which
 * is 1366×768 at 150 %) every main control is inside the window or inside a scroll pane that can reach it.
 */
@ExtendWith(ApplicationExtension.class)
class LabWindowLayoutTest {

    @TempDir
    static Path dir;

    private final FakeTrainingControl session = new FakeTrainingControl();
    private GanStudioApp app;
    private Stage stage;

    @BeforeAll
    static void chinese() {
        Texts.useLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterAll
    static void back() {
        Texts.useLocale(Locale.getDefault());
    }

    @Start
    void start(Stage primary) {
        // a stage of its own: the shared primary stage keeps the size and position an earlier test class gave it
        this.stage = new Stage();
        app = new GanStudioApp(new GanStudioApp.Services(() -> session,
                new AppDirectories(dir.resolve("config"), dir.resolve("data")), w -> new ScriptedLabDialogs(),
                () -> "test device", null));
        app.start(stage, LaunchOptions.parse(List.of("--dataset", Path.of("datasets/shapes").toString())));
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(() -> {
            app.shutDown();
            stage.close();
        });
    }

    @Test
    void everyTextIsFoundAndMostAreChinese(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#datasetStats").queryLabeled().getText().isEmpty());
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            for (int tab = 0; tab < 2; tab++) { // both tabs' contents
                tabs(root).getSelectionModel().select(tab);
                root.applyCss();
                root.layout();
                collect(root, texts);
            }
            for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
                texts.add(m.getText());
                items(m, texts);
            }
        });
        List<String> missing = texts.stream().filter(t -> t.contains("\u27e6")).toList();
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
        List<String> words = texts.stream().filter(t -> t.codePoints().anyMatch(Character::isLetter)).distinct().toList();
        List<String> chinese = words.stream().filter(LabWindowLayoutTest::hasCjk).toList();
        List<String> other = words.stream().filter(t -> !hasCjk(t)).toList();
        assertTrue(words.size() > 60, "texts found: " + words.size());
        assertTrue(chinese.size() >= 0.8 * words.size(), chinese.size() + " of " + words.size()
                + " texts are Chinese; the others: " + other);
    }

    @Test
    void everyControlHasATooltip(FxRobot robot) {
        List<String> bare = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            for (int tab = 0; tab < 2; tab++) {
                tabs(root).getSelectionModel().select(tab);
                root.applyCss();
                root.layout();
                untipped(root, bare);
            }
        });
        assertTrue(bare.isEmpty(), "controls without a tooltip: " + bare);
    }

    @Test
    void mainControlsAreReachableOnLaptopScreens(FxRobot robot) {
        for (double[] size : new double[][] {{1366, 768}, {1280, 720}, {911, 512}}) {
            List<String> problems = new ArrayList<>();
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                Parent root = stage.getScene().getRoot();
                tabs(root).getSelectionModel().select(1);
                root.applyCss();
                root.layout();
                for (String id : new String[] {"#start", "#pauseResume", "#stepD", "#stepG", "#stepBoth", "#sampleGrid",
                        "#lossChart", "#outputChart", "#qualityChart", "#latentPosition", "#statusBar",
                        "#batchSize", "#seed", "#gLearningRate", "#dLearningRate", "#dSteps", "#targetSteps"}) {
                    reachable(robot.lookup(id).query(), id, problems);
                }
            });
            assertTrue(problems.isEmpty(), (int) size[0] + "×" + (int) size[1] + ": " + problems);
        }
    }

    @Test
    void aDockedLessonLeavesTheChartsRoomAt1366(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        MenuItem lesson = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuLessons".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> "menuLesson-strong-discriminator".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(lesson::fire);
        Node panel = robot.lookup("#lessonPanel").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, panel::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        double[] widths = new double[3];
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            Node middle = root.lookup("#middleScroll");
            Node chart = root.lookup("#lossChart");
            Bounds view = middle.localToScene(middle.getLayoutBounds());
            Bounds c = chart.localToScene(chart.getLayoutBounds());
            widths[0] = view.getWidth();
            widths[1] = view.getMaxX() - c.getMaxX();   // < 0: the chart's right edge is cut off
            widths[2] = panel.localToScene(panel.getLayoutBounds()).getWidth();
        });
        assertTrue(widths[2] > 100, "the lesson panel is docked: " + widths[2]);
        assertTrue(widths[0] >= 400, "the charts column is " + widths[0] + " px wide with a lesson docked");
        assertTrue(widths[1] >= -1, "the loss chart runs " + -widths[1] + " px past its column");
    }

    /** Inside the scene with a size, or inside the content of a scroll pane that is itself on screen. */
    private void reachable(Node n, String id, List<String> problems) {
        if (n == null) {
            problems.add(id + " not found");
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            problems.add(id + " has size " + b.getWidth() + "×" + b.getHeight());
            return;
        }
        ScrollPane scroll = scrollAncestor(n);
        if (scroll == null) {
            if (!inside(b, 0, 0, stage.getScene().getWidth(), stage.getScene().getHeight())) {
                problems.add(id + " is outside the window at " + b);
            }
            return;
        }
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        if (viewport.getWidth() < 20 || viewport.getHeight() < 20
                || !inside(viewport, 0, 0, stage.getScene().getWidth() + 1, stage.getScene().getHeight() + 1)) {
            problems.add(id + "'s scroll pane is not on screen: " + viewport);
        }
        Node content = scroll.getContent();
        Bounds c = content.localToScene(content.getLayoutBounds());
        if (!inside(b, c.getMinX() - 1, c.getMinY() - 1, c.getWidth() + 2, c.getHeight() + 2)) {
            problems.add(id + " lies outside its scroll pane's content");
        }
    }

    private static boolean inside(Bounds b, double x, double y, double w, double h) {
        return b.getMinX() >= x - 1 && b.getMinY() >= y - 1 && b.getMaxX() <= x + w + 1 && b.getMaxY() <= y + h + 1;
    }

    private static ScrollPane scrollAncestor(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    private static TabPane tabs(Parent root) {
        return (TabPane) root.lookup("#leftTabs");
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (n instanceof Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            out.add(c.getTooltip().getText());
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            out.add(t.getPromptText());
        }
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                out.add(t.getText());
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void items(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i.getText() != null && !i.getText().isBlank()) {
                out.add(i.getText());
            }
            if (i instanceof Menu sub) {
                items(sub, out);
            }
        }
    }

    private static void untipped(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        boolean control = n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof Slider
                || n instanceof Spinner || n instanceof TextInputControl;
        if (control && ((Control) n).getTooltip() == null && !insideSpinnerOrCombo(n)) {
            out.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId())
                    + (n instanceof Labeled l ? " '" + l.getText() + "'" : ""));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                untipped(child, out);
            }
        }
    }

    /** The editor of a spinner or combo box and the arrow buttons of scroll bars are parts, not controls. */
    private static boolean insideSpinnerOrCombo(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner || p instanceof ComboBoxBase || p instanceof javafx.scene.control.ScrollBar
                    || p instanceof MenuBar) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void theCjkCheckWorks() {
        assertTrue(hasCjk("第 0 步"));
        assertFalse(hasCjk("step 0"));
    }
}
