package org.umbra.ui.policy;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.PolicyThresholds;

/**
 * The editor of the four policy thresholds, each field checked on its own: shown in the Policy view and in Settings.
 * The thresholds live in the ledger (with their history), so they are read and saved off the FX thread, and the
 * fields follow every committed change unless the user is editing them.
 */
public final class ThresholdsForm {
    private final LedgerBook book;
    private final Executor background;
    private final TextField yieldMax = new TextField();
    private final TextField settlementMin = new TextField();
    private final TextField drillAge = new TextField();
    private final TextField drillShare = new TextField();
    private final Label yieldMaxMessage;
    private final Label settlementMinMessage;
    private final Label drillAgeMessage;
    private final Label drillShareMessage;
    private final Label feedback = new Label();
    private final VBox root;
    private PolicyThresholds shown;

    /** {@code idPrefix} names the fields ({@code <prefix>-yield-max}, {@code <prefix>-save}…) uniquely per view. */
    public ThresholdsForm(LedgerBook book, Executor background, String idPrefix) {
        this.book = book;
        this.background = background;
        FormRows rows = new FormRows(290, 110);
        for (TextField f : List.of(yieldMax, settlementMin, drillAge, drillShare)) {
            f.setMaxWidth(110); // A number, not a sentence: short fields read as such.
        }
        yieldMaxMessage = rows.add("Yield ledger at most (% of BTC)", yieldMax, idPrefix + "-yield-max");
        settlementMinMessage = rows.add("Settlement ledger at least (% of BTC)", settlementMin, idPrefix + "-settlement-min");
        drillAgeMessage = rows.add("Drill at most this old (days)", drillAge, idPrefix + "-drill-age");
        drillShareMessage = rows.add("Drill venues holding over (% of BTC)", drillShare, idPrefix + "-drill-share");
        Button save = new Button("Save thresholds");
        save.setId(idPrefix + "-save");
        save.setOnAction(e -> save());
        Button revert = new Button("Revert");
        revert.setId(idPrefix + "-revert");
        revert.setOnAction(e -> fill(shown));
        feedback.setId(idPrefix + "-feedback");
        feedback.setWrapText(true);
        root = new VBox(8, rows.node(), new HBox(8, save, revert), feedback);
        root.getStylesheets().add(LedgerStyles.SHEET);
        book.addListener(this::reload);
        reload();
    }

    public Node node() {
        return root;
    }

    /** Reads the thresholds in force off the FX thread. Any thread. */
    public void reload() {
        OffFx.run(background, () -> book.state().thresholds(), t -> {
            // The fields follow the stored thresholds unless the user is editing them.
            if (shown == null || isShowing(shown)) {
                fill(t);
            }
            shown = t;
        }, e -> feedback.setText("Could not read the ledger: " + OffFx.reason(e)));
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
