package org.umbra.analytics.risk;

import java.time.Instant;
import java.util.Locale;

/**
 * The text of {@code umbra risk}: the score, its band and each component's value and contribution.
 * Built from the breakdown alone (no wall-clock time, {@link Locale#ROOT}), so the same data always
 * prints the same text.
 */
public final class RiskReport {
    private static final String ROW = "%-38s %12s %-8s %9s %6s %9s %12s%n";

    private RiskReport() {
    }

    public static String format(Breakdown b) {
        StringBuilder out = new StringBuilder();
        out.append("Risk score ").append(b.asset()).append(" at ").append(Instant.ofEpochMilli(b.t())).append('\n');
        if (b.isDefined()) {
            out.append(String.format(Locale.ROOT, "Score: %.1f / 100 (%s)%n", b.score(), b.band().label()));
        } else {
            out.append("Score: undefined (").append(b.undefinedReason()).append(")\n");
        }
        out.append(String.format(Locale.ROOT, "Weight with data: %.0f %%", b.availableWeight() * 100));
        out.append(b.isDefined() ? " (weights rescaled to sum to 1 over the components with data)\n" : "\n");
        out.append('\n');
        out.append(String.format(Locale.ROOT, ROW, "Component", "Value", "Unit", "Sub-score", "Weight", "Eff. wt", "Contribution"));
        for (Breakdown.Part p : b.parts()) {
            if (!p.isMissing()) {
                out.append(String.format(Locale.ROOT, ROW, p.label(), value(p), p.unit(), number(p.subScore(), 1),
                        number(p.weight(), 2), number(p.effectiveWeight(), 3), number(p.contribution(), 2)));
            }
        }
        boolean header = false;
        for (Breakdown.Part p : b.parts()) {
            if (p.isMissing()) {
                if (!header) {
                    out.append(b.isDefined() ? "\nMissing (weight shared among the others):\n" : "\nMissing:\n");
                    header = true;
                }
                out.append(String.format(Locale.ROOT, "  %-38s weight %s: %s", p.label(), number(p.weight(), 2), p.missingReason()));
                if (!Double.isNaN(p.value())) {
                    out.append(" (value ").append(value(p)).append(' ').append(p.unit()).append(')');
                }
                out.append('\n');
            }
        }
        out.append("\nBands: calm < 25 <= neutral < 50 <= elevated < 75 <= overheated (docs/risk-score.md)\n");
        return out.toString();
    }

    /** The raw value at the precision that matters for its unit. */
    static String value(Breakdown.Part p) {
        double v = p.value();
        return switch (p.component()) {
            case OI_LEVEL -> usd(v);
            case VOLATILITY -> number(v, 1);
            case OI_CHANGE, FUNDING, FUNDING_Z -> number(v, 2);
            case LEVERAGE, LONG_SHORT, LIQUIDATIONS -> number(v, 3);
            case PREMIUM -> number(v, 4);
        };
    }

    private static String usd(double v) {
        if (Math.abs(v) >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
