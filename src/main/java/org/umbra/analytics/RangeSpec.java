package org.umbra.analytics;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart range ending at the newest data: a length ({@code 30d}, {@code 1W}, {@code 3M},
 * {@code 1Y}, {@code 12h}) or everything ({@code all}). Months are 30 days, years 365.
 */
public record RangeSpec(Duration length) {
    public static final RangeSpec ALL = new RangeSpec(null);
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})([hdwmy])");

    public boolean isAll() {
        return length == null;
    }

    public static RangeSpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
            return ALL;
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("range '" + text + "' is not like 12h, 30d, 1w, 3m, 1y or all");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            case "m" -> Duration.ofDays(30 * n);
            default -> Duration.ofDays(365 * n);
        };
        return new RangeSpec(d);
    }

    /** [from, to] in epoch ms for data spanning [first, last]; an empty database shows the last day before now. */
    public long[] resolve(long first, long last) {
        long to = last;
        long from = isAll() ? first : to - length.toMillis();
        if (to <= from) {
            from = to - Duration.ofDays(1).toMillis();
        }
        return new long[] {from, to};
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "All";
        }
        long days = length.toDays();
        if (days == 0) {
            return length.toHours() + "h";
        }
        return days % 365 == 0 ? days / 365 + "Y" : days % 30 == 0 ? days / 30 + "M" : days % 7 == 0 ? days / 7 + "W" : days + "D";
    }
}
