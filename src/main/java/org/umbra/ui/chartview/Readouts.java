package org.umbra.ui.chartview;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How values read in the crosshair readouts of every chart screen. */
public final class Readouts {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Readouts() {
    }

    /** "+10.95 %/yr (+0.0100 %/8 h)": annualised, with the per-8 h figure venues quote (annualised / (3 x 365)). */
    public static String funding(double annualisedPercent) {
        return new DecimalFormat("+#,##0.00;-#,##0.00", SYMBOLS).format(annualisedPercent) + " %/yr ("
                + new DecimalFormat("+0.0000;-0.0000", SYMBOLS).format(annualisedPercent / (3 * 365)) + " %/8 h)";
    }

    /** 61.2 bn, 845.0 M, 12.3 k: what a trader reads at a glance. */
    public static String compact(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.0", SYMBOLS);
        double a = Math.abs(v);
        if (a >= 1e9) {
            return f.format(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return f.format(v / 1e6) + " M";
        }
        if (a >= 1e3) {
            return f.format(v / 1e3) + " k";
        }
        return new DecimalFormat("#,##0.##", SYMBOLS).format(v);
    }
}
