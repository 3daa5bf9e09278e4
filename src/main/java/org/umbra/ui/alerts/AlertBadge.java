package org.umbra.ui.alerts;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.umbra.store.AlertLog;

/**
 * The status bar's count of alerts fired since the user last opened the Alerts view: "Alerts: 2 new" (highlighted),
 * or "Alerts" when there are none. A click opens the view ({@link #setOnOpen}). FX thread only.
 */
public final class AlertBadge {
    private final Label label = new Label("Alerts");
    private final Tooltip tooltip = new Tooltip("No new alerts");
    private int unseen;
    private Runnable onOpen = () -> { };

    public AlertBadge() {
        label.setId("alert-badge");
        label.getStyleClass().add("alert-badge");
        label.getStylesheets().add(AlertBadge.class.getResource("/org/umbra/ui/alerts/alerts.css").toExternalForm());
        label.setTooltip(tooltip);
        label.setOnMouseClicked(e -> onOpen.run());
    }

    public Node node() {
        return label;
    }

    public void setOnOpen(Runnable open) {
        this.onOpen = open;
    }

    /** New events: the firing ones count as unseen; the newest message is the tooltip. */
    public void arrived(List<AlertLog.Event> events) {
        long fired = events.stream().filter(AlertLog.Event::firing).count();
        if (fired == 0) {
            return;
        }
        unseen += (int) fired;
        tooltip.setText(events.stream().filter(AlertLog.Event::firing).reduce((a, b) -> b).orElseThrow().message());
        show();
    }

    /** The user opened the Alerts view. */
    public void seen() {
        unseen = 0;
        tooltip.setText("No new alerts");
        show();
    }

    public int unseen() {
        return unseen;
    }

    private void show() {
        label.setText(unseen == 0 ? "Alerts" : "Alerts: " + unseen + " new");
        label.getStyleClass().remove("alert-badge-new");
        if (unseen > 0) {
            label.getStyleClass().add("alert-badge-new");
        }
    }
}
