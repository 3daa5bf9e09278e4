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
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyCheck;
import org.umbra.ledger.PolicyChecks;

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
    private final Label feedback = new Label();
    private final ScrollPane root;

    /** What one evaluation read. */
    private record Evaluated(List<PolicyCheck> checks, double shadowShare) {
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
        feedback.setWrapText(true);
        VBox box = new VBox(8, title, shadow, checks, feedback, editorTitle, new ThresholdsForm(book, background, "policy").node());
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
            return new Evaluated(PolicyChecks.evaluate(s, LocalDate.now(clock.withZone(zone))), PolicyChecks.shadowSharePercent(s));
        }, this::show, e -> feedback.setText("Could not read the ledger: " + OffFx.reason(e)));
    }

    private void show(Evaluated e) {
        checks.getChildren().setAll(e.checks().stream().map(PolicyPanel::line).toList());
        shadow.setText(String.format(Locale.ROOT, "Shadow share (BTC that is not coins under your key): %.1f %%", e.shadowShare()));
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
}
