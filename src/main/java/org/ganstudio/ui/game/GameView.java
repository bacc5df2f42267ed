package org.ganstudio.ui.game;

import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.ganstudio.ui.common.RasterImageView;
import org.ganstudio.ui.common.Texts;

/**
 * "Real or fake?": mode and round buttons on top; in the middle a grid of cards (one player) or one large image
 * with the show-of-hands form (projector); the result and the fool rate over steps on the right.
 */
public final class GameView {

    private static final String REAL_FRAME = "-fx-border-color: #2e9d4f; -fx-border-width: 4;";
    private static final String FAKE_FRAME = "-fx-border-color: #d13b3b; -fx-border-width: 4;";
    private static final String SELECTED_FRAME = "-fx-border-color: #3b6fd8; -fx-border-width: 3;";
    private static final String PLAIN_FRAME = "-fx-border-color: transparent; -fx-border-width: 3;";

    private final GameViewModel vm;
    private final BorderPane root = new BorderPane();
    private final FlowPane grid = new FlowPane(10, 10);
    private final RasterImageView big = new RasterImageView();
    private final Label bigCaption = new Label();
    private final Label bigAnswer = new Label();
    private final FoolRateChart chart = new FoolRateChart(300, 180);

    public GameView(GameViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        build();
    }

    public Parent getRoot() {
        return root;
    }

    private void build() {
        root.setId("game");
        root.setTop(toolbar());
        root.setCenter(centre());
        root.setRight(side());
        vm.cards().addListener((javafx.collections.ListChangeListener<GameCard>) c -> redraw());
        vm.selectedProperty().subscribe(s -> redraw());
        vm.modeProperty().subscribe(m -> redraw());
        vm.history().addListener((javafx.collections.ListChangeListener<RoundScore>) c -> chart.draw(vm.history()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        redraw();
    }

    private void key(KeyEvent e) {
        if (vm.modeProperty().get() != GameMode.SINGLE || e.getTarget() instanceof TextInputControl
                || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case R -> vm.guessSelected(Guess.REAL);
            case F -> vm.guessSelected(Guess.FAKE);
            case LEFT -> vm.moveSelection(-1);
            case RIGHT -> vm.moveSelection(1);
            case UP -> vm.moveSelection(-columns());
            case DOWN -> vm.moveSelection(columns());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private int columns() {
        return 8;
    }

    private Node toolbar() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton single = toggle("gameSingle", "game.single", modes);
        ToggleButton projector = toggle("gameProjector", "game.projector", modes);
        vm.modeProperty().subscribe(m -> modes.selectToggle(m == GameMode.SINGLE ? single : projector));
        modes.selectedToggleProperty().subscribe(t -> {
            if (t == null) {
                modes.selectToggle(vm.modeProperty().get() == GameMode.SINGLE ? single : projector);
            } else {
                vm.modeProperty().set(t == single ? GameMode.SINGLE : GameMode.PROJECTOR);
            }
        });
        Button deal = button("gameDeal", "game.deal", vm::deal);
        deal.getStyleClass().add("accent");
        deal.disableProperty().bind(vm.canDealProperty().not());
        Button reveal = button("gameReveal", "game.reveal", vm::reveal);
        reveal.disableProperty().bind(vm.canRevealProperty().not());
        Label status = new Label();
        status.setId("gameStatus");
        status.textProperty().bind(vm.statusProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(single, projector, deal, reveal, spring, status);
    }

    private Node centre() {
        Label message = new Label();
        message.setId("gameMessage");
        message.setWrapText(true);
        message.setStyle("-fx-font-size: 15px;");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label start = new Label(Texts.get("game.start"));
        start.setWrapText(true);
        start.setStyle("-fx-font-size: 15px;");
        start.visibleProperty().bind(vm.phaseProperty().isEqualTo(GameViewModel.Phase.NONE)
                .and(vm.hasRunProperty()));
        start.managedProperty().bind(start.visibleProperty());
        grid.setId("gameGrid");
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(true);
        gridScroll.visibleProperty().bind(vm.modeProperty().isEqualTo(GameMode.SINGLE));
        Node projector = projector();
        projector.visibleProperty().bind(vm.modeProperty().isEqualTo(GameMode.PROJECTOR));
        StackPane both = new StackPane(gridScroll, projector);
        VBox.setVgrow(both, Priority.ALWAYS);
        VBox box = new VBox(10, message, start, both);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node projector() {
        big.setId("gameBigImage");
        bigCaption.setId("gameBigCaption");
        bigCaption.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        bigAnswer.setId("gameBigAnswer");
        bigAnswer.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        TextField real = field("gameSaidReal", "game.saidReal.help");
        real.textProperty().bindBidirectional(vm.saidRealProperty());
        TextField fake = field("gameSaidFake", "game.saidFake.help");
        fake.textProperty().bindBidirectional(vm.saidFakeProperty());
        TextField size = field("gameClassSize", "game.classSize.help");
        size.textProperty().bindBidirectional(vm.classSizeProperty());
        Button record = button("gameRecord", "game.record", vm::recordCounts);
        record.disableProperty().bind(vm.playingProperty().not());
        record.setDefaultButton(false);
        real.setOnAction(e -> fake.requestFocus());
        fake.setOnAction(e -> {
            if (vm.recordCounts()) {
                real.requestFocus();
            }
        });
        Button previous = button("gamePrevious", "game.previous", () -> vm.moveSelection(-1));
        Button next = button("gameNext", "game.next", () -> vm.moveSelection(1));
        previous.disableProperty().bind(vm.selectedProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(vm.selectedProperty().lessThan(0));
        HBox counts = new HBox(12, label("game.saidReal"), real, label("game.saidFake"), fake, record);
        counts.setAlignment(Pos.CENTER);
        HBox nav = new HBox(12, previous, next, label("game.classSize"), size);
        nav.setAlignment(Pos.CENTER);
        Label problem = new Label();
        problem.setId("gameCountsProblem");
        problem.setStyle("-fx-text-fill: #c0392b; -fx-font-size: 18px;");
        problem.textProperty().bind(vm.countsProblemProperty());
        counts.visibleProperty().bind(vm.playingProperty());
        VBox box = new VBox(14, bigCaption, big, bigAnswer, counts, problem, nav);
        box.setAlignment(Pos.TOP_CENTER);
        box.setStyle("-fx-font-size: 20px;");   // readable from the back of a classroom
        return box;
    }

    private Node side() {
        Label result = new Label();
        result.setId("gameResult");
        result.setWrapText(true);
        result.setStyle("-fx-font-size: 16px;");
        result.textProperty().bind(vm.resultProperty());
        result.setMaxWidth(300);
        Label title = label("game.history");
        title.getStyleClass().add("section-title");
        chart.setId("foolRateChart");
        Tooltip.install(chart, new Tooltip(Texts.get("game.history.help")));
        VBox box = new VBox(12, result, title, chart);
        box.setPadding(new Insets(12));
        box.setPrefWidth(324);
        return box;
    }

    private void redraw() {
        boolean projector = vm.modeProperty().get() == GameMode.PROJECTOR;
        var cards = vm.cards();
        int sel = vm.selectedProperty().get();
        if (projector) {
            grid.getChildren().clear();
            GameCard c = sel >= 0 && sel < cards.size() ? cards.get(sel) : null;
            big.show(c == null ? null : c.image());
            bigCaption.setText(c == null ? "" : Texts.get("game.imageOf", sel + 1, cards.size()));
            bigAnswer.setText(c == null || c.real() == null ? ""
                    : Texts.get(c.real() ? "game.real" : "game.fake") + "  ·  "
                    + Texts.get("game.saidRealShort", c.saidReal()) + "  ·  "
                    + Texts.get("game.saidFakeShort", c.saidFake()));
            bigAnswer.setStyle("-fx-font-size: 28px; -fx-font-weight: bold; -fx-text-fill: "
                    + (c != null && Boolean.TRUE.equals(c.real()) ? "#2e9d4f;" : "#d13b3b;"));
            return;
        }
        grid.getChildren().clear();
        for (GameCard c : cards) {
            grid.getChildren().add(card(c, c.index() == sel));
        }
    }

    private Node card(GameCard c, boolean selected) {
        RasterImageView image = new RasterImageView();
        image.show(c.image());
        Button real = button("gameReal-" + c.index(), "game.real", () -> vm.guess(c.index(), Guess.REAL));
        Button fake = button("gameFake-" + c.index(), "game.fake", () -> vm.guess(c.index(), Guess.FAKE));
        real.setFocusTraversable(false);
        fake.setFocusTraversable(false);
        if (c.guess() != null) {
            // lab.css marks it by colour, not bold: a bold label is wider, and the wider card reflowed the grid
            (c.guess() == Guess.REAL ? real : fake).getStyleClass().add("chosen");
        }
        boolean over = c.real() != null;
        real.setDisable(over);
        fake.setDisable(over);
        HBox buttons = new HBox(6, real, fake);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(4, image, buttons);
        box.setId("gameCard-" + c.index());
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(4));
        box.setStyle(over ? (c.real() ? REAL_FRAME : FAKE_FRAME) : selected ? SELECTED_FRAME : PLAIN_FRAME);
        if (over) {
            Label answer = new Label(Texts.get(c.real() ? "game.real" : "game.fake")
                    + (Boolean.TRUE.equals(c.right()) ? " ✓" : c.right() == null ? "" : " ✗"));
            answer.setId("gameAnswer-" + c.index());
            answer.setStyle("-fx-font-weight: bold;");
            box.getChildren().add(answer);
        }
        Tooltip.install(box, new Tooltip(Texts.get("game.card.help")));
        box.setOnMouseClicked(e -> vm.select(c.index()));
        return box;
    }

    private static Label label(String key) {
        Label l = new Label(Texts.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, String helpKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.setStyle("-fx-font-size: 20px;");
        f.setTooltip(new Tooltip(Texts.get(helpKey)));
        return f;
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton b = new ToggleButton(Texts.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(Texts.get(key + ".help")));
        return b;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Texts.get(key + ".help")));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
