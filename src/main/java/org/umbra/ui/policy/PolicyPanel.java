package org.umbra.ui.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyCheck;
import org.umbra.ledger.PolicyChecks;
import org.umbra.ledger.PolicyThresholds;

/**
 * The policy checklist (pass or fail, each with its numbers) and the editor of the four thresholds it checks
 * against. Saved off the FX thread; follows every committed ledger change.
 */
public final class PolicyPanel {
    private final LedgerBook book;
    private final Executor background;
    private final Clock clock;
    private final ZoneId zone;
    private final VBox checks = new VBox(2);
    private final Label shadow = new Label();
    private final TextField yieldMax = new TextField();
    private final TextField settlementMin = new TextField();
    private final TextField drillAge = new TextField();
    private final TextField drillShare = new TextField();
    private final Label yieldMaxMessage;
    private final Label settlementMinMessage;
    private final Label drillAgeMessage;
    private final Label drillShareMessage;
    private final Label feedback = new Label();
    private final ScrollPane root;
    private PolicyThresholds shown;

    /** What one evaluation read. */
    private record Evaluated(List<PolicyCheck> checks, PolicyThresholds thresholds, double shadowShare) {
    }

    public PolicyPanel(LedgerBook book, Executor background, Clock clock, ZoneId zone) {
        this.book = book;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        Label title = new Label("Policy");
        title.getStyleClass().add("view-title");
        checks.setId("policy-checks");
        shadow.setId("policy-shadow-share");
        Label editorTitle = new Label("Thresholds");
        editorTitle.getStyleClass().add("settings-section");
        FormRows rows = new FormRows(290, 110);
        for (TextField f : List.of(yieldMax, settlementMin, drillAge, drillShare)) {
            f.setMaxWidth(110); // A number, not a sentence: short fields read as such.
        }
        yieldMaxMessage = rows.add("Yield ledger at most (% of BTC)", yieldMax, "policy-yield-max");
        settlementMinMessage = rows.add("Settlement ledger at least (% of BTC)", settlementMin, "policy-settlement-min");
        drillAgeMessage = rows.add("Drill at most this old (days)", drillAge, "policy-drill-age");
        drillShareMessage = rows.add("Drill venues holding over (% of BTC)", drillShare, "policy-drill-share");
        Button save = new Button("Save thresholds");
        save.setId("policy-save");
        save.setOnAction(e -> save());
        Button revert = new Button("Revert");
        revert.setId("policy-revert");
        revert.setOnAction(e -> fill(shown));
        feedback.setId("policy-feedback");
        feedback.setWrapText(true);
        VBox box = new VBox(8, title, shadow, checks, editorTitle, rows.node(), new HBox(8, save, revert), feedback);
        box.setPadding(new Insets(10));
        box.setMaxWidth(760);
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("policy-panel");
        root.getStylesheets().add(LedgerStyles.SHEET);
        book.addListener(this::reload);
        reload();
    }

    public Node node() {
        return root;
    }

    /** Re-evaluates off the FX thread (also when the day changes). Any thread. */
    public void reload() {
        OffFx.run(background, () -> {
            LedgerState s = book.state();
            return new Evaluated(PolicyChecks.evaluate(s, LocalDate.now(clock.withZone(zone))), s.thresholds(), PolicyChecks.shadowSharePercent(s));
        }, this::show, e -> feedback.setText("Could not read the ledger: " + OffFx.reason(e)));
    }

    private void show(Evaluated e) {
        checks.getChildren().setAll(e.checks().stream().map(PolicyPanel::line).toList());
        shadow.setText(String.format(Locale.ROOT, "Shadow share (BTC that is not coins under your key): %.1f %%", e.shadowShare()));
        // The fields follow the stored thresholds unless the user is editing them.
        if (shown == null || isShowing(shown)) {
            fill(e.thresholds());
        }
        shown = e.thresholds();
    }

    private static Node line(PolicyCheck c) {
        Label icon = new Label(c.passed() ? "✔" : "✘");
        icon.getStyleClass().addAll("policy-icon", c.passed() ? "policy-pass" : "policy-fail");
        Label title = new Label(c.title());
        title.getStyleClass().add("policy-title");
        title.setWrapText(true);
        Label detail = new Label(c.detail());
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);
        VBox text = new VBox(1, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(8, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().addAll("policy-check", c.passed() ? "policy-check-pass" : "policy-check-fail");
        row.setId("policy-check-" + c.id());
        return row;
    }

    private void fill(PolicyThresholds t) {
        if (t == null) {
            return;
        }
        yieldMax.setText(number(t.yieldMaxPercent()));
        settlementMin.setText(number(t.settlementMinPercent()));
        drillAge.setText(Integer.toString(t.drillMaxAgeDays()));
        drillShare.setText(number(t.drillVenueMinPercent()));
        List.of(yieldMaxMessage, settlementMinMessage, drillAgeMessage, drillShareMessage).forEach(m -> FormRows.show(m, null));
    }

    private boolean isShowing(PolicyThresholds t) {
        return yieldMax.getText().equals(number(t.yieldMaxPercent())) && settlementMin.getText().equals(number(t.settlementMinPercent()))
                && drillAge.getText().equals(Integer.toString(t.drillMaxAgeDays())) && drillShare.getText().equals(number(t.drillVenueMinPercent()));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private void save() {
        Double y = percent(yieldMax, yieldMaxMessage);
        Double s = percent(settlementMin, settlementMinMessage);
        Integer d = days(drillAge, drillAgeMessage);
        Double v = percent(drillShare, drillShareMessage);
        if (y == null || s == null || d == null || v == null) {
            feedback.setText("Not saved: fix the fields marked above.");
            return;
        }
        PolicyThresholds t = new PolicyThresholds(y, s, d, v);
        List<String> problems = t.problems();
        if (!problems.isEmpty()) {
            feedback.setText("Not saved: " + String.join("; ", problems));
            return;
        }
        feedback.setText("Saving…");
        OffFx.run(background, () -> {
            book.saveThresholds(t, "policy thresholds");
            return t;
        }, saved -> {
            shown = saved;
            feedback.setText("Saved the thresholds.");
        }, e -> feedback.setText("Not saved: " + OffFx.reason(e)));
    }

    private static Double percent(TextField field, Label message) {
        String text = field.getText().strip().replace("%", "").strip();
        if (!text.matches("\\d{1,3}(\\.\\d+)?")) {
            FormRows.show(message, "'" + field.getText().strip() + "' is not a percentage: enter a number from 0 to 100, e.g. 10");
            return null;
        }
        FormRows.show(message, null);
        return Double.parseDouble(text);
    }

    private static Integer days(TextField field, Label message) {
        String text = field.getText().strip();
        if (!text.matches("\\d{1,6}")) {
            FormRows.show(message, "'" + text + "' is not a whole number of days, e.g. 90");
            return null;
        }
        FormRows.show(message, null);
        return Integer.parseInt(text);
    }
}
