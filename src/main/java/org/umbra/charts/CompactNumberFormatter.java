package org.umbra.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.util.StringConverter;

/** Value-axis labels a trader reads at a glance: 61.5B, 2.5M, 125k, 12.5, 0.012 (never 1.25E5). */
final class CompactNumberFormatter extends StringConverter<Number> {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    @Override
    public String toString(Number number) {
        double v = number.doubleValue();
        double a = Math.abs(v);
        if (a < 1e-9) {
            return "0"; // Never "-0" from a tick that is zero give or take rounding.
        }
        if (a >= 1e9) {
            return new DecimalFormat("0.##", SYMBOLS).format(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return new DecimalFormat("0.##", SYMBOLS).format(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return new DecimalFormat("0.#", SYMBOLS).format(v / 1e3) + "k";
        }
        if (a >= 100) {
            return new DecimalFormat("#,##0", SYMBOLS).format(v);
        }
        if (a >= 1) {
            return new DecimalFormat("0.##", SYMBOLS).format(v);
        }
        return new DecimalFormat("0.####", SYMBOLS).format(v);
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
