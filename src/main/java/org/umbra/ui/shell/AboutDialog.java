package org.umbra.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → About: versions, where the files are, the licences, in a scrollable text with a Copy button. Its own window,
 * not modal: the app keeps polling and drawing behind it, and the user can keep it open beside the charts.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static Stage show(Window owner, String text) {
        TextArea body = new TextArea(text);
        body.setId("about-text");
        body.setEditable(false);
        body.setWrapText(false);
        body.getStyleClass().add("about-text");
        body.setStyle("-fx-font-family: monospace;");
        Label copied = new Label();
        copied.getStyleClass().add("muted");
        Button copy = new Button("Copy");
        copy.setId("about-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText("Copied " + text.lines().count() + " lines to the clipboard");
        });
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId("about-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox actions = new HBox(8, copied, spring, copy, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(body);
        root.setBottom(actions);
        root.setPadding(new Insets(12));
        root.setId("about-dialog");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle("About Umbra");
        Scene scene = new Scene(root, 860, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
