package org.ganstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the lab window lands (replaced by the UI branch). */
public class GanStudioApp extends Application {

    public static void main(String[] args) {
        launch(GanStudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("GAN Studio"), 400, 200));
        stage.setTitle("GAN Studio");
        stage.show();
    }
}
