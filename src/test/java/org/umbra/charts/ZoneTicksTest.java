package org.umbra.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ticks on round local times and labels in the user's zone, across DST changes: the data stay in UTC (epoch seconds),
 * only where the ticks fall and what they say follow the zone. Expected instants worked out by hand from the zone rules:
 * Europe/London goes to BST at 01:00 UTC on 2026-03-29 and back at 01:00 UTC on 2026-10-25; New York goes to EDT at
 * 07:00 UTC on 2026-03-08.
 */
class ZoneTicksTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static double s(String utc) {
        return Instant.parse(utc).getEpochSecond();
    }

    private static List<String> ticks(String fromUtc, String toUtc, double step, ZoneId zone) {
        DoubleArrayList out = new DoubleArrayList();
        ZoneTicks.between(s(fromUtc), s(toUtc), step, zone, out);
        List<String> labels = new ArrayList<>();
        ZoneTimeFormatter f = new ZoneTimeFormatter(zone, () -> step);
        for (int i = 0; i < out.size(); i++) {
            labels.add(Instant.ofEpochSecond((long) out.getDouble(i)) + " " + f.toString(out.getDouble(i)));
        }
        return labels;
    }

    @Test
    void threeHourTicksStayOnTheLocalGridTheNightLondonsClocksGoForward() {
        assertEquals(List.of(
                "2026-03-28T21:00:00Z 21:00",
                "2026-03-29T00:00:00Z 00:00",
                "2026-03-29T02:00:00Z 03:00", // two real hours after midnight: 01:00-02:00 local did not exist
                "2026-03-29T05:00:00Z 06:00",
                "2026-03-29T08:00:00Z 09:00"),
                ticks("2026-03-28T20:00:00Z", "2026-03-29T09:00:00Z", 3 * 3600, LONDON));
    }

    @Test
    void hourlyTicksTheNightLondonsClocksGoBackNameTheRepeatedHourOnce() {
        // 01:00 local happens twice (00:00 and 01:00 UTC); the tick takes the first, the hour after is 02:00.
        assertEquals(List.of(
                "2026-10-24T23:00:00Z 00:00",
                "2026-10-25T00:00:00Z 01:00",
                "2026-10-25T02:00:00Z 02:00",
                "2026-10-25T03:00:00Z 03:00"),
                ticks("2026-10-24T22:30:00Z", "2026-10-25T03:00:00Z", 3600, LONDON));
    }

    @Test
    void dailyTicksAreLocalMidnightsAcrossNewYorksChange() {
        assertEquals(List.of(
                "2026-03-07T05:00:00Z 7 Mar",
                "2026-03-08T05:00:00Z 8 Mar",
                "2026-03-09T04:00:00Z 9 Mar", // EDT from the 8th: midnight is 04:00 UTC
                "2026-03-10T04:00:00Z 10 Mar"),
                ticks("2026-03-07T00:00:00Z", "2026-03-10T12:00:00Z", 86_400, NEW_YORK));
    }

    @Test
    void halfHourZonesGetRoundHoursNotHalfPast() {
        assertEquals(List.of("2026-06-01T00:30:00Z 1 Jun 06:00", "2026-06-01T06:30:00Z 1 Jun 12:00",
                "2026-06-01T12:30:00Z 1 Jun 18:00"),
                ticks("2026-06-01T00:00:00Z", "2026-06-01T13:00:00Z", 6 * 3600, KOLKATA));
    }

    @Test
    void weeksStartOnMondayMonthsOnTheFirstYearsOnFirstJanuary() {
        assertEquals(List.of("2026-11-02T00:00:00Z 2 Nov", "2026-11-09T00:00:00Z 9 Nov", "2026-11-16T00:00:00Z 16 Nov"),
                ticks("2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z", 7 * 86_400, ZoneId.of("UTC")));
        assertEquals(List.of("2026-04-01T04:00:00Z Apr 2026", "2026-07-01T04:00:00Z Jul 2026", "2026-10-01T04:00:00Z Oct 2026"),
                ticks("2026-02-15T00:00:00Z", "2026-12-15T00:00:00Z", 91 * 86_400, NEW_YORK));
        assertEquals(List.of("2024-01-01T00:00:00Z Jan 2024", "2026-01-01T00:00:00Z Jan 2026"),
                ticks("2023-05-01T00:00:00Z", "2026-11-01T00:00:00Z", 730 * 86_400, LONDON));
    }

    private static DoubleArrayList of(double... values) {
        DoubleArrayList list = new DoubleArrayList();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void aTickTooCloseToAnEndForItsLabelIsDroppedButTwoAlwaysStay() {
        DoubleArrayList ticks = of(1, 30, 60, 99.5);
        ZoneTicks.dropAtEdges(ticks, 0, 100); // margin 2.5
        assertEquals(List.of(30.0, 60.0), List.of(ticks.getDouble(0), ticks.getDouble(1)));
        assertEquals(2, ticks.size());
        DoubleArrayList two = of(1, 99.5);
        ZoneTicks.dropAtEdges(two, 0, 100);
        assertEquals(2, two.size(), "an axis never loses its last two labels");
    }

    /** 5,000 random ranges, steps and zones: ticks ascend, lie within the range, and sit on local round times. */
    @Test
    void ticksAlwaysAscendWithinTheRangeOnRoundLocalTimes() {
        double[] steps = {60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400,
            30 * 86_400, 61 * 86_400, 91 * 86_400, 182 * 86_400, 365 * 86_400, 730 * 86_400, 1826 * 86_400};
        List<ZoneId> zones = List.of(LONDON, NEW_YORK, KOLKATA, ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"),
                ZoneId.of("Pacific/Chatham"), ZoneId.of("UTC"));
        Random r = new Random(29);
        int cases = 5_000;
        long ticksSeen = 0;
        for (int i = 0; i < cases; i++) {
            double step = steps[r.nextInt(steps.length)];
            ZoneId zone = zones.get(r.nextInt(zones.size()));
            double min = 1.2e9 + r.nextDouble() * 8e8;
            double max = min + step * (1 + r.nextInt(12));
            DoubleArrayList out = new DoubleArrayList();
            ZoneTicks.between(min, max, step, zone, out);
            for (int k = 0; k < out.size(); k++) {
                double t = out.getDouble(k);
                assertTrue(t >= min && t <= max, "tick inside the range");
                assertTrue(k == 0 || t > out.getDouble(k - 1), "ascending");
                var local = Instant.ofEpochSecond((long) t).atZone(zone).toLocalDateTime();
                assertEquals(0, local.getSecond());
                if (step >= 86_400) {
                    // Midnight, or the first instant after it where a zone skips midnight (none of these zones does).
                    assertEquals(0, local.toLocalTime().toSecondOfDay(), zone + " " + local);
                } else {
                    long ofDay = local.toLocalTime().toSecondOfDay();
                    // On the local grid, or moved forward out of a DST gap (Lord Howe's is 30 minutes).
                    assertTrue(ofDay % (long) step == 0 || ofDay % 1800 == 0, zone + " step " + step + ": " + local);
                }
            }
            ticksSeen += out.size();
        }
        assertTrue(ticksSeen > cases, "ranges hold ticks: " + ticksSeen);
    }
}
