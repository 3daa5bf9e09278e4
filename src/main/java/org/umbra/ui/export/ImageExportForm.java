package org.umbra.ui.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The export dialog's fields: what to draw (the whole view or one pane), the size (a preset or custom), the scale,
 * the theme and the title. {@link #options} reads them, naming the field that is wrong.
 */
final class ImageExportForm {
    static final String WHOLE_VIEW = "Whole view";
    static final String CUSTOM = "Custom";

    final ChoiceBox<String> target = new ChoiceBox<>();
    final ChoiceBox<String> size = new ChoiceBox<>();
    final TextField width = new TextField();
    final TextField height = new TextField();
    final ChoiceBox<String> scale = new ChoiceBox<>();
    final ChoiceBox<String> theme = new ChoiceBox<>();
    final TextField title = new TextField();
    final Label problem = new Label();
    private final List<String> paneIds = new ArrayList<>();
    private final GridPane grid = new GridPane();

    /**
     * @param panes the view's panes as {id, title}; empty for a view without panes
     * @param last  the options used last, shown to start with
     * @param defaultTitle the title the image gets when the field is left as it is
     */
    ImageExportForm(List<String[]> panes, ImageOptions last, String defaultTitle) {
        target.getItems().add(WHOLE_VIEW);
        for (String[] p : panes) {
            paneIds.add(p[0]);
            target.getItems().add("Pane: " + p[1]);
        }
        target.setValue(WHOLE_VIEW);
        target.setDisable(panes.isEmpty());
        for (int[] p : ImageOptions.PRESETS) {
            size.getItems().add(p[0] + " × " + p[1]);
        }
        size.getItems().add(CUSTOM);
        String lastSize = last.width() + " × " + last.height();
        size.setValue(size.getItems().contains(lastSize) ? lastSize : CUSTOM);
        width.setText(Integer.toString(last.width()));
        height.setText(Integer.toString(last.height()));
        size.valueProperty().addListener((obs, o, n) -> showSize());
        showSize();
        scale.getItems().addAll("1×", "2×");
        scale.setValue(last.scale() + "×");
        theme.getItems().addAll(ImageOptions.THEMES);
        theme.setValue(last.theme());
        title.setText(last.title().isEmpty() ? defaultTitle : last.title());
        title.setPrefColumnCount(30);
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);
        problem.setId("export-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        target.setId("export-target");
        size.setId("export-size");
        width.setId("export-width");
        height.setId("export-height");
        scale.setId("export-scale");
        theme.setId("export-theme");
        title.setId("export-title");

        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Target"), target);
        grid.addRow(1, new Label("Size"), size);
        grid.addRow(2, new Label("Width × height"), new javafx.scene.layout.HBox(6, width, new Label("×"), height, new Label("px")));
        grid.addRow(3, new Label("Scale"), scale);
        grid.addRow(4, new Label("Theme"), theme);
        grid.addRow(5, new Label("Title"), title);
        grid.add(problem, 0, 6, 2, 1);
    }

    Node node() {
        return grid;
    }

    /** A preset fills in its size; only Custom lets the user type one. */
    private void showSize() {
        boolean custom = CUSTOM.equals(size.getValue());
        width.setDisable(!custom);
        height.setDisable(!custom);
        if (!custom && size.getValue() != null) {
            String[] wh = size.getValue().split(" × ");
            width.setText(wh[0]);
            height.setText(wh[1]);
        }
    }

    /** The pane chosen, or null for the whole view. */
    String paneId() {
        int i = target.getItems().indexOf(target.getValue());
        return i <= 0 ? null : paneIds.get(i - 1);
    }

    /** @throws IllegalArgumentException naming the field that is wrong ("Width: 'wide' is not a whole number") */
    ImageOptions options() {
        int w = number("Width", width.getText());
        int h = number("Height", height.getText());
        if (w < ImageOptions.MIN_WIDTH || w > ImageOptions.MAX_WIDTH) {
            throw new IllegalArgumentException("Width: " + w + " is outside " + ImageOptions.MIN_WIDTH + " .. " + ImageOptions.MAX_WIDTH);
        }
        if (h < ImageOptions.MIN_HEIGHT || h > ImageOptions.MAX_HEIGHT) {
            throw new IllegalArgumentException("Height: " + h + " is outside " + ImageOptions.MIN_HEIGHT + " .. " + ImageOptions.MAX_HEIGHT);
        }
        return new ImageOptions(w, h, "2×".equals(scale.getValue()) ? 2 : 1, theme.getValue(), title.getText());
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a whole number of pixels");
        }
    }
}
