package org.umbra.ui.exits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Calendar days as the exit forms take and show them: typed as 2026-11-20, shown as 20 Nov 2026. */
final class Days {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

    /** A parsed day, or the reason it was refused. */
    record Parsed(LocalDate day, String problem) {
    }

    private Days() {
    }

    /** Parses a day that cannot lie after {@code today} (a halt or a drill that happened). */
    static Parsed parsePast(String text, LocalDate today) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return new Parsed(null, "enter the date as YYYY-MM-DD");
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.isAfter(today)) {
                return new Parsed(null, d + " is in the future (today is " + today + ")");
            }
            return new Parsed(d, null);
        } catch (DateTimeParseException e) {
            return new Parsed(null, "'" + s + "' is not a date: write it as YYYY-MM-DD, e.g. " + today);
        }
    }

    static String show(LocalDate day) {
        return SHOWN.format(day);
    }
}
