package org.ganstudio.ui.slowmo;

import java.util.Objects;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.ganstudio.session.TrainingControl.StepKind;
import org.ganstudio.ui.common.RasterImageView;
import org.ganstudio.ui.common.Texts;

/**
 * The slow-motion screen: the step buttons on top, the six stages down the left (the current one marked, each
 * clickable), the stage's title, explanation, numbers and picture in the middle, Back and Forward at the bottom.
 */
public final class SlowMotionView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final SlowMotionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final VBox picture = new VBox(10);
    private final RasterImageView strip = new RasterImageView();
    private final RasterImageView real = new RasterImageView();
    private final RasterImageView fakes = new RasterImageView();
    private final RasterImageView fakesLarge = new RasterImageView();
    private final ScoreStripCanvas scores = new ScoreStripCanvas(640, 110);
    private final LayerBarsCanvas layerBars = new LayerBarsCanvas(640);
    private final Label bigNumbers = new Label();

    public SlowMotionView(SlowMotionViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("slowMotion");
        root.setTop(toolbar());
        root.setLeft(stageList());
        root.setCenter(centre());
        root.setBottom(navigation());
        vm.stageProperty().subscribe(s -> redraw());
        vm.traceProperty().subscribe(t -> redraw());
        vm.barsProperty().subscribe(b -> redraw());
    }

    private Node toolbar() {
        Button slow = button("traceStep", "slowmo.stepSlow", () -> vm.trace(StepKind.BOTH));
        slow.getStyleClass().add("accent");
        Button traceD = button("traceD", "slowmo.traceD", () -> vm.trace(StepKind.DISCRIMINATOR));
        Button traceG = button("traceG", "slowmo.traceG", () -> vm.trace(StepKind.GENERATOR));
        Button stepD = button("slowStepD", "slowmo.stepD", () -> vm.step(StepKind.DISCRIMINATOR));
        Button stepG = button("slowStepG", "slowmo.stepG", () -> vm.step(StepKind.GENERATOR));
        Button step = button("slowStep", "slowmo.step", () -> vm.step(StepKind.BOTH));
        for (Button b : new Button[]{slow, traceD, traceG, stepD, stepG, step}) {
            b.disableProperty().bind(vm.canStepProperty().not());
        }
        Label ordinary = new Label(Texts.get("slowmo.ordinary"));
        ordinary.getStyleClass().add("muted");
        ordinary.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("slowProgress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(vm.progressProperty());
        ToolBar bar = new ToolBar(slow, traceD, traceG, new Separator(), ordinary, stepD, stepG, step, spring, progress);
        bar.setId("slowToolbar");
        return bar;
    }

    private Node stageList() {
        VBox list = new VBox(4);
        list.setId("stageList");
        list.setPadding(new Insets(12, 8, 12, 12));
        list.setMinWidth(Region.USE_PREF_SIZE);   // as wide as the longest title: none is cut short
        for (SlowMotionStage s : SlowMotionStage.values()) {
            Button b = new Button(Texts.get(StageTexts.titleKey(s)));
            b.setId("stage-" + s.key());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("stage-button");
            b.setTooltip(new Tooltip(Texts.get("slowmo.stageRow.help")));
            b.disableProperty().bind(vm.traceProperty().isNull());
            b.setOnAction(e -> vm.show(s));
            vm.stageProperty().subscribe(now -> {
                b.pseudoClassStateChanged(CURRENT, now == s);   // lab.css marks it by colour, not bold
            });
            list.getChildren().add(b);
        }
        return list;
    }

    private Node centre() {
        Label title = new Label();
        title.setId("stageTitle");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        title.textProperty().bind(vm.titleProperty());
        Label explanation = new Label();
        explanation.setId("stageExplanation");
        explanation.setWrapText(true);
        explanation.setStyle("-fx-font-size: 14px;");
        explanation.textProperty().bind(vm.explanationProperty());
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label detail = new Label();
        detail.setId("stageDetail");
        detail.setWrapText(true);
        detail.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");
        detail.textProperty().bind(vm.detailProperty());
        Label message = new Label();
        message.setId("slowMessage");
        message.setWrapText(true);
        message.setStyle("-fx-font-size: 14px;");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        bigNumbers.setId("bigNumbers");
        bigNumbers.setStyle("-fx-font-size: 26px; -fx-font-family: monospace;");
        strip.setId("latentStrip");
        fakes.setId("fakeImages");
        fakesLarge.setId("fakeImagesLarge");
        real.setId("realImages");
        vm.latentStripProperty().subscribe(strip::show);
        vm.realImagesProperty().subscribe(real::show);
        vm.fakeImagesProperty().subscribe(r -> {
            fakes.show(r);
            fakesLarge.show(r);
        });
        VBox box = new VBox(10, message, title, explanation, detail, picture);
        box.setPadding(new Insets(14, 18, 14, 10));
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("stageScroll");
        explanation.maxWidthProperty().bind(scroll.widthProperty().subtract(40));
        return scroll;
    }

    private Node navigation() {
        Button back = button("stageBack", "slowmo.back", vm::back);
        back.disableProperty().bind(vm.canBackProperty().not());
        Button forward = button("stageForward", "slowmo.forward", vm::forward);
        forward.disableProperty().bind(vm.canForwardProperty().not());
        forward.getStyleClass().add("accent");
        Label busy = new Label(Texts.get("slowmo.busy"));
        busy.visibleProperty().bind(vm.busyProperty());
        HBox nav = new HBox(10, back, forward, busy);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(8, 12, 10, 210));
        return nav;
    }

    private void redraw() {
        var t = vm.traceProperty().get();
        SlowMotionStage s = vm.stageProperty().get();
        picture.getChildren().clear();
        if (t == null || s == null) {
            return;
        }
        switch (s) {
            case LATENT -> {
                strip.setFitWidth(Math.min(640, strip.shownRaster() == null ? 640 : strip.shownRaster().width() * 2.0));
                picture.getChildren().add(strip);
            }
            case FAKES -> picture.getChildren().add(titled("slowmo.fakes", fakesLarge));
            case SCORES -> {
                HBox both = new HBox(24, titled("slowmo.real", real), titled("slowmo.fakes", fakes));
                scores.draw(t);
                Label legend = legend("slowmo.legend.real", ScoreStripCanvas.REAL, "slowmo.legend.fake",
                        ScoreStripCanvas.FAKE);
                picture.getChildren().addAll(both, scores, legend);
            }
            case LOSSES -> {
                bigNumbers.setText("D  " + StageTexts.number(t.metrics().dLoss()) + "\nG  "
                        + StageTexts.number(t.metrics().gLoss()));
                picture.getChildren().add(bigNumbers);
            }
            case GRADIENTS, UPDATES -> {
                var list = vm.barsProperty().get();
                layerBars.draw(list);
                picture.getChildren().addAll(legend("slowmo.legend.d", LayerBarsCanvas.D, "slowmo.legend.g",
                        LayerBarsCanvas.G), layerBars);
                if (s == SlowMotionStage.UPDATES && !(t.discriminatorUpdated() && t.generatorUpdated())) {
                    picture.getChildren().add(new Label(Texts.get("slowmo.noBars")));
                }
            }
        }
    }

    private static Label legend(String first, javafx.scene.paint.Color a, String second, javafx.scene.paint.Color b) {
        // the lab's stylesheet sets -fx-text-fill on labels, which wins over setTextFill: colour them by style
        Label one = new Label(Texts.get(first));
        one.setStyle("-fx-text-fill: " + web(a) + ";");
        Label two = new Label(Texts.get(second));
        two.setStyle("-fx-text-fill: " + web(b) + ";");
        Label box = new Label();
        box.setGraphic(new HBox(16, one, two));
        return box;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static VBox titled(String key, Node content) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("section-title");
        return new VBox(4, l, content);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        Tooltip t = new Tooltip(Texts.get(key + ".help"));
        t.setShowDelay(Duration.millis(400));
        b.setTooltip(t);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
