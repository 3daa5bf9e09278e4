package org.umbra.ui.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.umbra.alerts.AlertKind;
import org.umbra.alerts.AlertRule;
import org.umbra.alerts.AlertRuleForm;
import org.umbra.marketdata.Venue;

/**
 * The form beside the rules: a rule's kind and the parameters that kind uses (the others are hidden), each field with
 * its own error line under it. Checked with {@link AlertRuleForm}; a rule that passes goes to {@code onSave}.
 */
final class RuleFormPane {
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final ChoiceBox<AlertKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(AlertKind.values()));
    private final ChoiceBox<String> asset = new ChoiceBox<>(FXCollections.observableArrayList("BTC", "ETH"));
    private final ComboBox<String> venue = new ComboBox<>();
    private final TextField threshold = new TextField();
    private final TextField window = new TextField();
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField cooldown = new TextField();
    private final CheckBox enabled = new CheckBox("Enabled");
    private final Label thresholdLabel = new Label();
    private final Label windowLabel = new Label();
    private final Label formError = new Label();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, List<Node>> rows = new LinkedHashMap<>();
    private final Set<String> sourceIds;
    private long editing;

    RuleFormPane(Set<String> sourceIds, Consumer<AlertRule> onSave, Runnable onCancel) {
        this.sourceIds = sourceIds;
        root.setId("alert-form");
        root.getStyleClass().add("alert-form");
        root.setPadding(new Insets(12));
        root.setPrefWidth(420);
        root.setMinWidth(400);
        title.getStyleClass().add("alert-form-title");
        kind.setId("alert-kind");
        asset.setId("alert-asset");
        venue.setId("alert-venue");
        venue.setEditable(true);
        venue.getItems().add(AlertRule.AGGREGATE);
        for (Venue v : Venue.values()) {
            if (v.perpetual()) {
                venue.getItems().add(v.id());
            }
        }
        threshold.setId("alert-threshold");
        window.setId("alert-window");
        window.setPromptText("e.g. 30m, 24h, 7d");
        source.setId("alert-source");
        source.setEditable(true);
        source.getItems().add(AlertRule.ANY_SOURCE);
        source.getItems().addAll(sourceIds.stream().sorted().toList());
        cooldown.setId("alert-cooldown");
        cooldown.setPromptText("1h (default)");
        enabled.setId("alert-enabled");
        formError.getStyleClass().add("field-error");
        formError.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        int[] row = {0};
        addRow(grid, row, "kind", new Label("Kind"), kind);
        addRow(grid, row, "asset", new Label("Asset"), asset);
        addRow(grid, row, "venue", new Label("Venue"), venue);
        addRow(grid, row, "threshold", thresholdLabel, threshold);
        addRow(grid, row, "window", windowLabel, window);
        addRow(grid, row, "source", new Label("Source"), source);
        addRow(grid, row, "cooldown", new Label("Cooldown"), cooldown);
        Button save = new Button("Save");
        save.setId("alert-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> check().ifPresent(onSave));
        Button cancel = new Button("Cancel");
        cancel.setId("alert-cancel");
        cancel.setOnAction(e -> onCancel.run());
        Label cooldownHint = new Label("After firing, a rule stays quiet for its cooldown; it still records when it clears.");
        cooldownHint.getStyleClass().add("muted");
        cooldownHint.setWrapText(true);
        root.getChildren().addAll(title, grid, enabled, cooldownHint, formError, new HBox(8, save, cancel));
        kind.valueProperty().addListener((o, a, b) -> showFieldsOf(b));
        edit(null);
    }

    private void addRow(GridPane grid, int[] row, String field, Label label, Control input) {
        Label error = new Label();
        error.setId("alert-" + field + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(300);
        input.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Threshold (%/yr)" whole, never "Thre…"
        grid.add(label, 0, row[0]);
        grid.add(input, 1, row[0]++);
        grid.add(error, 1, row[0]++);
        errors.put(field, error);
        rows.put(field, List.of(label, input, error));
    }

    Node node() {
        return root;
    }

    /** Shows {@code rule} for editing, or an empty form for a new rule when null. */
    void edit(AlertRule rule) {
        AlertRuleForm f = rule == null
                ? new AlertRuleForm(AlertKind.FUNDING_ABOVE, "BTC", AlertRule.AGGREGATE, "", "", AlertRule.ANY_SOURCE, "", true)
                : AlertRuleForm.of(rule);
        editing = rule == null ? 0 : rule.id();
        title.setText(rule == null ? "New alert rule" : "Edit rule " + rule.id());
        kind.setValue(f.kind());
        asset.setValue(f.asset().isEmpty() ? "BTC" : f.asset());
        venue.setValue(f.venue().isEmpty() ? AlertRule.AGGREGATE : f.venue());
        threshold.setText(f.threshold());
        window.setText(f.window().isEmpty() ? defaultWindow(f.kind()) : f.window());
        source.setValue(f.source().isEmpty() ? AlertRule.ANY_SOURCE : f.source());
        cooldown.setText(rule == null ? "" : f.cooldown());
        enabled.setSelected(f.enabled());
        clearErrors();
        showFieldsOf(f.kind());
    }

    private static String defaultWindow(AlertKind k) {
        return switch (k) {
            case OI_CHANGE -> "24h";
            case FUNDING_FLIP -> "8h";
            case DISCOUNT -> "12h";
            case SOURCE_FAILING -> "30m";
            default -> "";
        };
    }

    private void showFieldsOf(AlertKind k) {
        if (k == null) {
            return;
        }
        show("asset", k.usesAsset());
        show("venue", k.usesVenue());
        show("threshold", k.usesThreshold());
        show("window", k.usesWindow());
        show("source", k.usesSource());
        thresholdLabel.setText("Threshold (" + k.thresholdUnit() + ")");
        windowLabel.setText("Window (" + k.windowMeaning() + ")");
        if (window.getText().isBlank()) {
            window.setText(defaultWindow(k));
        }
    }

    private void show(String field, boolean on) {
        rows.get(field).forEach(n -> {
            n.setVisible(on);
            n.setManaged(on);
        });
    }

    private void clearErrors() {
        errors.values().forEach(l -> l.setText(""));
        formError.setText("");
    }

    /** The rule typed, or empty with each wrong field's message under it. */
    java.util.Optional<AlertRule> check() {
        clearErrors();
        AlertRuleForm.Checked c = new AlertRuleForm(kind.getValue(), asset.getValue(), editorText(venue), threshold.getText(), window.getText(),
                editorText(source), cooldown.getText(), enabled.isSelected()).check(editing, sourceIds);
        c.errors().forEach((field, message) -> errors.getOrDefault(field, formError).setText(message));
        return c.ok() ? java.util.Optional.of(c.rule()) : java.util.Optional.empty();
    }

    /** A save the store refused (or that failed), shown under the form. */
    void showError(String message) {
        formError.setText(message);
    }

    private static String editorText(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        return typed == null || typed.isBlank() ? box.getValue() : typed;
    }
}
