package org.umbra.ui.markets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a funding rate reads in the crosshair: annualised, with the per-8 h figure venues quote. */
public final class FundingText {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private FundingText() {
    }

    /** "+10.95 %/yr (+0.0100 %/8 h)": per 8 h = annualised / (3 x 365). */
    public static String readout(double annualisedPercent) {
        return new DecimalFormat("+#,##0.00;-#,##0.00", SYMBOLS).format(annualisedPercent) + " %/yr ("
                + new DecimalFormat("+0.0000;-0.0000", SYMBOLS).format(annualisedPercent / (3 * 365)) + " %/8 h)";
    }

    /** 1.25 bn, 845.1 M, 12.3 k. */
    public static String compactUsd(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.0#", SYMBOLS);
        return v >= 1e9 ? f.format(v / 1e9) + " bn" : v >= 1e6 ? f.format(v / 1e6) + " M" : v >= 1e3 ? f.format(v / 1e3) + " k" : f.format(v);
    }
}
