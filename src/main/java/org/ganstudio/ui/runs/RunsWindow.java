package org.ganstudio.ui.runs;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.Texts;

import java.nio.file.Path;

/**
 * The Runs window: the run history with branching, and the comparison; and the window that follows a training
 * folder. One of each, reused; their polling stops when they close.
 */
public final class RunsWindow {

    private final RunsViewModel runs;
    private final CompareViewModel compare;
    private final FollowViewModel follow;
    private final FileDialogs dialogs;
    private final String stylesheet;
    private Stage runsStage;
    private TabPane tabs;
    private Stage followStage;
    private FollowView followView;

    public RunsWindow(RunsViewModel runs, CompareViewModel compare, FollowViewModel follow, FileDialogs dialogs,
                      String stylesheet) {
        this.runs = runs;
        this.compare = compare;
        this.follow = follow;
        this.dialogs = dialogs;
        this.stylesheet = stylesheet;
    }

    /** Shows the run history (tab 0) or the comparison (tab 1). */
    public Stage show(Window owner, int tab) {
        if (runsStage == null) {
            RunHistoryView history = new RunHistoryView(runs);
            CompareView view = new CompareView(compare, dialogs, () -> compare.compareRunsOf(runs.treeProperty().get()));
            Tab h = new Tab(Texts.get("runs.tab.history"), history.getRoot());
            h.setId("runsHistoryTab");
            Tab c = new Tab(Texts.get("runs.tab.compare"), view.getRoot());
            c.setId("runsCompareTab");
            tabs = new TabPane(h, c);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            runsStage = new Stage();
            runsStage.initOwner(owner);
            runsStage.setTitle(Texts.get("runs.window.title"));
            Scene scene = new Scene(tabs, 1240, 720);
            if (stylesheet != null) {
                scene.getStylesheets().add(stylesheet);
            }
            runsStage.setScene(scene);
        }
        runs.refresh();
        if (tab == 1 && compare.runs().isEmpty()) {
            compare.compareRunsOf(runs.treeProperty().get());
        }
        tabs.getSelectionModel().select(tab);
        runsStage.show();
        runsStage.toFront();
        return runsStage;
    }

    /** Follows {@code folder} in the follow window. */
    public Stage follow(Window owner, Path folder) {
        follow.follow(folder);
        if (followStage == null) {
            followView = new FollowView(follow);
            followStage = new Stage();
            followStage.initOwner(owner);
            Scene scene = new Scene(followView.getRoot(), 1100, 680);
            if (stylesheet != null) {
                scene.getStylesheets().add(stylesheet);
            }
            followStage.setScene(scene);
            followStage.setOnHidden(e -> {
                follow.close();
                followView.stop();
                followStage = null;
            });
        }
        followStage.setTitle(Texts.get("runs.follow.title", folder.getFileName()));
        followStage.show();
        followStage.toFront();
        return followStage;
    }

    /** Stops following and closes both windows. */
    public void close() {
        follow.close();
        if (followStage != null) {
            followStage.hide();
        }
        if (runsStage != null) {
            runsStage.hide();
        }
    }
}
