package org.umbra.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.umbra.ui.FirstPaint;
import org.umbra.ui.UmbraApp;

/**
 * The floor under Umbra's start-up ({@link StartupBench}): a JVM that starts JavaFX, shows one Stage of the
 * window's size with a label, reports its first rendered frame the way Umbra does, and exits. Run from
 * Umbra's jar, so class loading from the same shaded jar is part of the floor.
 */
public final class FirstPaintFloor {
    private FirstPaintFloor() {
    }

    public static void main(String[] args) {
        // Not an Application itself: on the classpath the JavaFX launcher refuses such a main class.
        Application.launch(OneStage.class, args);
    }

    public static final class OneStage extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Umbra")), 1280, 800);
            stage.setScene(scene);
            FirstPaint.whenPainted(scene, paintedAt -> {
                System.out.println(UmbraApp.FIRST_PAINT_MARKER + paintedAt);
                Platform.exit();
            });
            stage.show();
        }
    }
}
