package org.umbra.ui.policy;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A two-column form (label, field) in which each field carries its own message line beneath it, shown only
 * when that field is wrong: the user sees which entry to fix and why.
 */
public final class FormRows {
    private final GridPane grid = new GridPane();
    private int row;

    public FormRows(double labelWidth, double fieldWidth) {
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(labelWidth);
        ColumnConstraints fields = new ColumnConstraints(fieldWidth, fieldWidth, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; returns the field's message label (id {@code <id>-message}), empty until {@link #show}n. */
    public Label add(String label, Node field, String id) {
        field.setId(id);
        Label message = new Label();
        message.setId(id + "-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // Wraps onto more lines rather than cutting the reason short.
        message.setManaged(false);
        message.setVisible(false);
        Label name = new Label(label);
        name.setWrapText(true);
        grid.addRow(row++, name, new VBox(2, field, message));
        return message;
    }

    /** Adds a full-width node (a hint, a section title). */
    public void addWide(Node node) {
        if (node instanceof Label l) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        grid.add(node, 0, row++, 2, 1);
    }

    /** Shows {@code text} under its field, or hides the line when {@code text} is null. */
    public static void show(Label message, String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    public GridPane node() {
        return grid;
    }
}
