package org.umbra.charts;

import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.function.UnaryOperator;

/**
 * Where the time axis puts its ticks: on round LOCAL times in the user's zone (midnight, the hour, the first of the
 * month), not on round UTC times, which in New York would put "9 Mar" at 20:00 and in Kolkata the hours at :30.
 * Across a DST change the ticks stay on the local grid (00:00, 03:00, 06:00 the day the clocks go forward, two
 * real hours apart then three); the data stay in UTC. Steps are the axis' tick units in seconds
 * ({@link ZoneTimeFormatter#TICK_UNITS}).
 */
final class ZoneTicks {
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    /** More than any axis draws; guards against a degenerate range. */
    private static final int MAX_TICKS = 2_000;

    private ZoneTicks() {
    }

    /** Tick positions in epoch seconds within [min, max], ascending, for a tick unit of {@code stepSeconds}. */
    static void between(double min, double max, double stepSeconds, ZoneId zone, DoubleArrayList out) {
        out.clear();
        if (!(max >= min) || !Double.isFinite(min) || !Double.isFinite(max) || stepSeconds <= 0) {
            return;
        }
        long step = Math.round(stepSeconds);
        ZonedDateTime first = ZonedDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(min)), zone);
        if (step < DAY) {
            subDaily(first, step, max, zone, out);
        } else if (step < 30 * DAY) {
            daily(first.toLocalDate(), step / DAY, max, zone, out);
        } else {
            monthly(first.toLocalDate(), Math.max(1, Math.round(step / (30.44 * DAY))), max, zone, out);
        }
        // The first candidate may fall before min (it is the round time at or before it).
        while (!out.isEmpty() && out.getDouble(0) < min) {
            out.removeDouble(0);
        }
    }

    /** How close to an end of the axis a tick may be: a label centred on a tick nearer than this is cut by the edge. */
    static final double EDGE_FRACTION = 0.025;

    /** Drops a first or last tick too close to the ends for its label to show whole, keeping at least two. */
    static void dropAtEdges(DoubleArrayList ticks, double min, double max) {
        double margin = (max - min) * EDGE_FRACTION;
        if (ticks.size() > 2 && ticks.getDouble(0) - min < margin) {
            ticks.removeDouble(0);
        }
        if (ticks.size() > 2 && max - ticks.getDouble(ticks.size() - 1) < margin) {
            ticks.removeDouble(ticks.size() - 1);
        }
    }

    /** Every step of local clock time, aligned within the local day (hours 0, 3, 6… for 3 h). */
    private static void subDaily(ZonedDateTime first, long step, double max, ZoneId zone, DoubleArrayList out) {
        LocalDateTime local = first.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        long secondOfDay = local.toLocalTime().toSecondOfDay();
        local = local.toLocalDate().atStartOfDay().plusSeconds(secondOfDay / step * step);
        double last = Double.NEGATIVE_INFINITY;
        while (out.size() < MAX_TICKS) {
            double t = local.atZone(zone).toEpochSecond(); // a time in the spring gap moves forward, one in the autumn fold takes the earlier offset
            if (t > max) {
                return;
            }
            if (t > last) {
                out.add(t);
                last = t;
            }
            LocalDateTime next = local.plusSeconds(step);
            // Re-align at each local midnight, so a step that does not divide a day never drifts off the grid.
            local = next.toLocalDate().equals(local.toLocalDate()) ? next : next.toLocalDate().atStartOfDay();
        }
    }

    /** Local midnights: every day, every second day, weeks from Monday, fortnights from an even Monday. */
    private static void daily(LocalDate firstDay, long days, double max, ZoneId zone, DoubleArrayList out) {
        LocalDate day = firstDay;
        if (days >= 7) {
            day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long weeks = days / 7;
            long weekIndex = Math.floorDiv(day.toEpochDay() - 4, 7); // 1970-01-05 was a Monday
            day = day.minusWeeks(Math.floorMod(weekIndex, weeks));
        } else {
            day = day.minusDays(Math.floorMod(day.toEpochDay(), days));
        }
        midnights(day, d -> d.plusDays(days), max, zone, out);
    }

    /** Local first days of months: every month, 2, 3 (quarters), 6 months, years, 2 and 5 years. */
    private static void monthly(LocalDate firstDay, long months, double max, ZoneId zone, DoubleArrayList out) {
        LocalDate day = firstDay.withDayOfMonth(1);
        if (months >= 12) {
            long years = Math.max(1, Math.round(months / 12.0));
            day = LocalDate.of((int) (Math.floorDiv(day.getYear(), years) * years), 1, 1);
            months = years * 12;
        } else {
            int index = day.getMonthValue() - 1;
            day = day.minusMonths(index % months);
        }
        long step = months;
        midnights(day, d -> d.plusMonths(step), max, zone, out);
    }

    /** The local midnights of {@code first} and every day {@code next} leads to, up to {@code max}. */
    private static void midnights(LocalDate first, UnaryOperator<LocalDate> next, double max, ZoneId zone, DoubleArrayList out) {
        for (LocalDate day = first; out.size() < MAX_TICKS; day = next.apply(day)) {
            double t = day.atStartOfDay(zone).toEpochSecond();
            if (t > max) {
                return;
            }
            out.add(t);
        }
    }
}
