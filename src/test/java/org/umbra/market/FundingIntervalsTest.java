package org.umbra.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.market.FundingIntervals.NEWEST;
import static org.umbra.market.FundingIntervals.NOT_FETCHED;
import static org.umbra.market.FundingIntervals.NO_PREVIOUS;
import static org.umbra.market.FundingIntervals.UNDECIDED;
import static org.umbra.market.FundingIntervals.UNKNOWN;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;

import org.junit.jupiter.api.Test;

class FundingIntervalsTest {
    private static final long H1 = HOUR;
    private static final long H4 = 4 * HOUR;
    private static final long H8 = 8 * HOUR;
    /** 2024-01-01T00:00Z. */
    private static final long T0 = 1_704_067_200_000L;

    /** Settlement times at T0 + the given hours. */
    private static long[] at(double... hours) {
        long[] t = new long[hours.length];
        for (int i = 0; i < hours.length; i++) {
            t[i] = T0 + Math.round(hours[i] * HOUR);
        }
        return t;
    }

    @Test
    void changeFrom8To4HoursMidPageSwitchesAtTheFirst4HourSpacing() {
        // Spacings before each row: (none) 8 8 4 4 4; the venue says 4 h now. The first 4 h spacing (row 3, at 20 h)
        // is followed by another, so the switch is at row 3; rows 0..2 are 8 h (row 0 from the spacing after it).
        long[] labels = FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0, 8, 16, 20, 24, 28), NEWEST, H4);
        assertArrayEquals(new long[] {H8, H8, H8, H4, H4, H4}, labels);
    }

    @Test
    void changeAtTheEndOfAFullPageIsHeldThenDecidedByTheNextPage() {
        // Page 1 ends on the first 4 h spacing (20 h) and more rows exist: that row cannot be told from a missed
        // settlement yet, so it is undecided and the feed stores rows 0..2 only.
        long[] page1 = FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0, 8, 16, 20), NOT_FETCHED, H4);
        assertArrayEquals(new long[] {H8, H8, H8, UNDECIDED}, page1);
        // Page 2 starts again at 20 h after the stored 16 h row (8 h): spacings 4 4 4 -> 4 h from 20 h on.
        long[] page2 = FundingIntervals.intervals(T0 + 16 * HOUR, H8, at(20, 24, 28), NEWEST, H4);
        assertArrayEquals(new long[] {H4, H4, H4}, page2);
    }

    @Test
    void changeAcrossAPageBoundaryWithTheNextSettlementKnownNeedsNoHold() {
        long[] labels = FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0, 8, 16, 20), T0 + 24 * HOUR, H4);
        assertArrayEquals(new long[] {H8, H8, H8, H4}, labels);
    }

    @Test
    void changeWhosePreviousPageEndedOnTheOldIntervalSwitchesOnTheFirstRow() {
        // Stored row at 16 h was 8 h; this page: 20 24 -> spacings 4 4: the first row already switches.
        long[] labels = FundingIntervals.intervals(T0 + 16 * HOUR, H8, at(20, 24), NEWEST, H4);
        assertArrayEquals(new long[] {H4, H4}, labels);
    }

    @Test
    void aMissedSettlementIsNotReadAsALongerInterval() {
        // 8 h regime, the 16 h settlement missing: spacing 16 h is no valid interval.
        assertArrayEquals(new long[] {H8, H8, H8, H8},
                FundingIntervals.intervals(T0 - 8 * HOUR, H8, at(0, 8, 24, 32), NEWEST, H8));
        // 4 h regime, the 8 h settlement missing: one 8 h spacing (then 4 h again) does not switch.
        assertArrayEquals(new long[] {H4, H4, H4, H4},
                FundingIntervals.intervals(T0 - 4 * HOUR, H4, at(0, 4, 12, 16), NEWEST, H4));
        // ... nor when it is the newest row and the venue still says 4 h.
        assertArrayEquals(new long[] {H4, H4},
                FundingIntervals.intervals(T0 - 4 * HOUR, H4, at(0, 8), NEWEST, H4));
    }

    @Test
    void jitterOfMillisecondsAndSecondsIsTheSameInterval() {
        // Binance-like stamps: +4 ms, +2 s, -30 s, +20 s, +3 ms: spacings 8 h +1.996 s, 8 h -32 s, 4 h +50 s, 4 h -19.997 s.
        long[] times = {T0 + 4, T0 + 8 * HOUR + 2_000, T0 + 16 * HOUR - 30_000, T0 + 20 * HOUR + 20_000, T0 + 24 * HOUR + 3};
        assertArrayEquals(new long[] {H8, H8, H8, H4, H4}, FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, times, NEWEST, H4));
        // Two minutes off is no longer "8 h".
        assertEquals(0, FundingIntervals.snap(H8 + 2 * MINUTE, H4));
        assertEquals(H8, FundingIntervals.snap(H8 - MINUTE, H4));
    }

    @Test
    void anOffScheduleSettlementKeepsTheInterval() {
        // 8 h regime; an extra settlement at 11:17 between 08:00 and 16:00 (spacings 3h17, 4h43: no valid interval).
        long[] labels = FundingIntervals.intervals(T0 - 8 * HOUR, H8, at(0, 8, 11 + 17.0 / 60, 16, 24), NEWEST, H8);
        assertArrayEquals(new long[] {H8, H8, H8, H8, H8}, labels);
    }

    @Test
    void aSingleRow() {
        // The first row ever, alone: the venue's current interval.
        assertArrayEquals(new long[] {H8}, FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0), NEWEST, H8));
        // The first row ever with a later one known 1 h on: the spacing after it.
        assertArrayEquals(new long[] {H1}, FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0), T0 + HOUR, H8));
        // After a stored 8 h row, a new row 4 h on that the venue confirms as its current interval.
        assertArrayEquals(new long[] {H4}, FundingIntervals.intervals(T0 - 4 * HOUR, H8, at(0), NEWEST, H4));
        // ... and the same row while the venue still says 8 h: one 4 h spacing alone does not switch.
        assertArrayEquals(new long[] {H8}, FundingIntervals.intervals(T0 - 4 * HOUR, H8, at(0), NEWEST, H8));
        // After a restart (previous interval unknown) the spacing to the stored row stands.
        assertArrayEquals(new long[] {H4}, FundingIntervals.intervals(T0 - 4 * HOUR, UNKNOWN, at(0), NEWEST, H8));
    }

    @Test
    void theFirstRowsEverTakeTheSpacingAfterThem() {
        // Hourly history while the venue now says 8 h: 1 h from the first row on.
        assertArrayEquals(new long[] {H1, H1, H1}, FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0, 1, 2), NEWEST, H8));
    }

    @Test
    void badInputIsRefusedNamingWhatWasWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0, 8, 8), NEWEST, H8));
        assertTrue(e.getMessage().contains("not strictly ascending at index 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FundingIntervals.intervals(T0, H8, at(0), NEWEST, H8));
        assertTrue(e.getMessage().contains("previous settlement"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, at(0), NEWEST, 0));
        assertTrue(e.getMessage().contains("current funding interval"), e.getMessage());
        assertEquals(0, FundingIntervals.intervals(NO_PREVIOUS, UNKNOWN, new long[0], NEWEST, H8).length);
    }
}
