package org.umbra.alerts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spans typed and shown as a whole number and a unit: {@code 90m}, {@code 24h}, {@code 7d}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*(m|min|h|d)");
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the text when it is not a whole number of minutes, hours or days */
    public static long parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + (text == null ? "" : text.strip()) + "' is not a span like 30m, 24h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> n * DAY;
            case "h" -> n * HOUR;
            default -> n * MINUTE;
        };
    }

    /** The largest whole unit: 86400000 → "1d", 5400000 → "90m"; under a minute, seconds. */
    public static String format(long ms) {
        if (ms > 0 && ms % DAY == 0) {
            return ms / DAY + "d";
        }
        if (ms > 0 && ms % HOUR == 0) {
            return ms / HOUR + "h";
        }
        if (ms % MINUTE == 0) {
            return ms / MINUTE + "m";
        }
        return ms / 1000 + "s";
    }

    /** For messages: "13 h", "45 min", "2 d 3 h". */
    public static String words(long ms) {
        long minutes = ms / MINUTE;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            long rest = minutes % 60;
            return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
        }
        long rest = hours % 24;
        return hours / 24 + " d" + (rest == 0 ? "" : " " + rest + " h");
    }
}
