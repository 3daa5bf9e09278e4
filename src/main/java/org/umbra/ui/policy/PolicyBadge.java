package org.umbra.ui.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.PolicyCheck;
import org.umbra.ledger.PolicyChecks;

/**
 * The status bar's word on the user's policy: "Policy: all pass", or "Policy: 2 failing" in red with the failing
 * checks in its tooltip. A click opens the policy panel ({@link #setOnOpen}). Follows every committed ledger change.
 */
public final class PolicyBadge {
    private final LedgerBook book;
    private final Executor background;
    private final Clock clock;
    private final ZoneId zone;
    private final Label label = new Label("Policy: …");
    private final Tooltip tooltip = new Tooltip();
    private Runnable onOpen = () -> { };

    public PolicyBadge(LedgerBook book, Executor background, Clock clock, ZoneId zone) {
        this.book = book;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        label.setId("policy-badge");
        label.getStyleClass().add("policy-badge");
        label.getStylesheets().add(LedgerStyles.SHEET);
        label.setTooltip(tooltip);
        label.setOnMouseClicked(e -> onOpen.run());
        book.addListener(this::reload);
        reload();
    }

    public Node node() {
        return label;
    }

    /** What a click does: the shell shows the policy panel. */
    public void setOnOpen(Runnable onOpen) {
        this.onOpen = onOpen;
    }

    /** Re-evaluates the checks off the FX thread (also when the day changes). Any thread. */
    public void reload() {
        OffFx.run(background, () -> PolicyChecks.evaluate(book.state(), LocalDate.now(clock.withZone(zone))), this::show,
                e -> label.setText("Policy: unknown"));
    }

    private void show(List<PolicyCheck> checks) {
        List<PolicyCheck> failing = checks.stream().filter(c -> !c.passed()).toList();
        label.setText(text(checks));
        label.getStyleClass().remove("policy-badge-failing");
        if (!failing.isEmpty()) {
            label.getStyleClass().add("policy-badge-failing");
        }
        tooltip.setText(tooltip(checks));
    }

    /** "Policy: all pass" or "Policy: N failing". */
    public static String text(List<PolicyCheck> checks) {
        long failing = checks.stream().filter(c -> !c.passed()).count();
        return failing == 0 ? "Policy: all pass" : "Policy: " + failing + " failing";
    }

    /** Each failing check with its numbers, one per line; or that all pass. */
    public static String tooltip(List<PolicyCheck> checks) {
        List<PolicyCheck> failing = checks.stream().filter(c -> !c.passed()).toList();
        if (failing.isEmpty()) {
            return "All " + checks.size() + " policy checks pass. Click for the checklist.";
        }
        StringBuilder b = new StringBuilder("Failing:");
        failing.forEach(c -> b.append("\n✘ ").append(c.title()).append(": ").append(c.detail()));
        return b.append("\nClick for the checklist and thresholds.").toString();
    }
}
