package org.umbra.alerts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a rule watches, and which of a rule's parameters that kind uses. */
public enum AlertKind {
    FUNDING_ABOVE("funding-above", "Funding above", true, true, true, false, false),
    FUNDING_BELOW("funding-below", "Funding below", true, true, true, false, false),
    OI_CHANGE("oi-change", "Open interest change", true, false, true, true, false),
    DISCOUNT("discount", "Premium below zero (discount)", true, false, false, true, false),
    RISK_ABOVE("risk-above", "Risk score above", true, false, true, false, false),
    FUNDING_FLIP("funding-flip", "Funding sign flip", true, true, false, true, false),
    POLICY_FAILING("policy-failing", "Ledger policy failing", false, false, false, false, false),
    SOURCE_FAILING("source-failing", "Source failing", false, false, false, true, true);

    private final String id;
    private final String label;
    private final boolean usesAsset;
    private final boolean usesVenue;
    private final boolean usesThreshold;
    private final boolean usesWindow;
    private final boolean usesSource;

    AlertKind(String id, String label, boolean usesAsset, boolean usesVenue, boolean usesThreshold, boolean usesWindow, boolean usesSource) {
        this.id = id;
        this.label = label;
        this.usesAsset = usesAsset;
        this.usesVenue = usesVenue;
        this.usesThreshold = usesThreshold;
        this.usesWindow = usesWindow;
        this.usesSource = usesSource;
    }

    /** As stored and typed on the command line. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean usesAsset() {
        return usesAsset;
    }

    public boolean usesVenue() {
        return usesVenue;
    }

    public boolean usesThreshold() {
        return usesThreshold;
    }

    /** A time span: the OI change window, how long a discount or a failing source must last, how recent a flip. */
    public boolean usesWindow() {
        return usesWindow;
    }

    public boolean usesSource() {
        return usesSource;
    }

    /** Whether it reads market data (evaluated after new data is stored). */
    public boolean market() {
        return usesAsset;
    }

    /** What the threshold is in, for forms and messages. */
    public String thresholdUnit() {
        return switch (this) {
            case FUNDING_ABOVE, FUNDING_BELOW -> "%/yr";
            case OI_CHANGE -> "%";
            case RISK_ABOVE -> "points (0-100)";
            default -> "";
        };
    }

    /** What the window means for this kind, for forms. */
    public String windowMeaning() {
        return switch (this) {
            case OI_CHANGE -> "over";
            case DISCOUNT, SOURCE_FAILING -> "for at least";
            case FUNDING_FLIP -> "within the last";
            default -> "";
        };
    }

    public static AlertKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (AlertKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a kind of alert; one of "
                + Arrays.stream(values()).map(AlertKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
