package org.umbra.ledger;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts of BTC as integer satoshis: parsing what a user types (BTC with up to 8 decimals, or sats) and
 * formatting for display. Parsing never guesses: anything ambiguous is refused with the reason.
 */
public final class Amounts {
    public static final long SATS_PER_BTC = 100_000_000L;
    /** No amount of BTC can exceed the supply cap (21 million BTC). */
    public static final long MAX_SATS = 21_000_000L * SATS_PER_BTC;

    /** The unit assumed when the text names none. */
    public enum Unit {
        BTC, SATS
    }

    /** The parsed amount, or the reason it was refused (the caller names the field). */
    public record Parsed(Long sats, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final Pattern BTC = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern SATS_GROUPED = Pattern.compile("\\d{1,3}([,_ \u00a0\u202f]\\d{3})+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private Amounts() {
    }

    /** Parses {@code text}; a suffix ({@code BTC}, {@code sat}, {@code sats}) overrides {@code defaultUnit}. */
    public static Parsed parse(String text, Unit defaultUnit) {
        if (text == null || text.isBlank()) {
            return refused("enter an amount");
        }
        String s = text.strip();
        Unit unit = defaultUnit;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("sats") || lower.endsWith("sat")) {
            unit = Unit.SATS;
            s = s.substring(0, lower.lastIndexOf("sat")).strip();
        } else if (lower.endsWith("btc")) {
            unit = Unit.BTC;
            s = s.substring(0, s.length() - 3).strip();
        }
        if (s.isEmpty()) {
            return refused("enter a number before the unit");
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            return refused("must not be negative");
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return refused("write the amount out in full (no exponent like 1e-3)");
        }
        return unit == Unit.SATS ? parseSats(s) : parseBtc(s);
    }

    private static Parsed parseBtc(String s) {
        if (THOUSANDS.matcher(s).matches()) {
            return refused("remove the thousands separators (write 1000.5, not 1,000.5)");
        }
        if (s.matches("\\d*,\\d+")) {
            return refused("use a dot as the decimal point (0.5, not 0,5)");
        }
        if (!BTC.matcher(s).matches()) {
            return refused("'" + s + "' is not a number of BTC (digits and one dot, e.g. 0.25)");
        }
        BigDecimal btc = new BigDecimal(s.startsWith(".") ? "0" + s : s);
        if (btc.stripTrailingZeros().scale() > 8) {
            return refused("BTC has at most 8 decimals (1 sat = 0.00000001 BTC)");
        }
        return checked(btc.movePointRight(8));
    }

    private static Parsed parseSats(String s) {
        String digits = s;
        if (SATS_GROUPED.matcher(s).matches()) {
            digits = s.replaceAll("[,_ \u00a0\u202f]", "");
        } else if (s.contains(".")) {
            return refused("a satoshi is the smallest unit: sats are whole numbers");
        } else if (!s.matches("\\d+")) {
            return refused("'" + s + "' is not a whole number of sats");
        }
        return checked(new BigDecimal(digits));
    }

    private static Parsed checked(BigDecimal sats) {
        if (sats.signum() == 0) {
            return refused("must be more than 0");
        }
        if (sats.compareTo(BigDecimal.valueOf(MAX_SATS)) > 0) {
            return refused("more than 21 million BTC, the most there can ever be");
        }
        return new Parsed(sats.longValueExact(), null);
    }

    private static Parsed refused(String problem) {
        return new Parsed(null, problem);
    }

    /** {@code 1,234.56789012} style: the BTC amount with all 8 decimals, grouped integer part. */
    public static String btc(long sats) {
        DecimalFormat f = new DecimalFormat("#,##0.00000000", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(BigDecimal.valueOf(sats).movePointLeft(8));
    }

    /** Exact plain decimal for files and round trips: {@code 0.5}, {@code 1.00000001}. */
    public static String btcPlain(long sats) {
        return BigDecimal.valueOf(sats).movePointLeft(8).stripTrailingZeros().toPlainString();
    }

    /** BTC as a double, for charts and shares only (never stored, never summed). */
    public static double toBtc(long sats) {
        return sats / (double) SATS_PER_BTC;
    }
}
