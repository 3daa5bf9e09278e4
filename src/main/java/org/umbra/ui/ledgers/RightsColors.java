package org.umbra.ui.ledgers;

import javafx.scene.control.Label;
import org.umbra.ledger.Rights;

/**
 * One colour per kind of rights wherever holdings are shown (chips, composition charts, exports), from the
 * Okabe–Ito palette so they stay apart with colour-vision deficiencies; dark text reads on all three on
 * both themes.
 */
public final class RightsColors {
    private RightsColors() {
    }

    public static String of(Rights r) {
        return switch (r) {
            case FINALITY -> "#009e73";
            case CLAIM -> "#e69f00";
            case EXPOSURE -> "#cc79a7";
        };
    }

    /** A small coloured label naming the rights, its meaning as tooltip. */
    public static Label chip(Rights r) {
        Label chip = new Label(r.title());
        chip.getStyleClass().addAll("rights-chip", "rights-" + r.id());
        chip.setStyle("-fx-background-color: " + of(r) + "; -fx-text-fill: #111111; -fx-background-radius: 8;"
                + " -fx-padding: 0 7 0 7; -fx-font-size: 0.85em;");
        chip.setTooltip(new javafx.scene.control.Tooltip(r.title() + ": " + r.meaning()));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }
}
