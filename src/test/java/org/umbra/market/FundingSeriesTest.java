package org.umbra.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.market.Times.HOUR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.FundingSeries.Settlement;
import org.umbra.market.FundingSeries.Split;

class FundingSeriesTest {
    /** 2024-01-01T00:00Z. */
    private static final long T0 = 1_704_067_200_000L;

    private final FundingSeries series = new FundingSeries(iv -> SeriesSpec.of("v", "X", Asset.BTC, Metric.FUNDING_RATE, iv));

    private static List<Settlement> rows(long... hoursAndJitterMs) {
        List<Settlement> out = new ArrayList<>();
        for (int i = 0; i < hoursAndJitterMs.length; i += 2) {
            out.add(new Settlement(T0 + hoursAndJitterMs[i] * HOUR + hoursAndJitterMs[i + 1], i / 2 * 0.0001));
        }
        return out;
    }

    private static long[] times(SeriesBatch b) {
        long[] t = new long[b.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = b.timestamp(i);
        }
        return t;
    }

    @Test
    void rowsInAnyOrderAreSplitByIntervalAndStampedAtTheMinute() {
        // Newest first as OKX and Bybit send them; 8 8 then 4 4 spacings; +4 ms jitter on one row.
        List<Settlement> in = new ArrayList<>(rows(0, 0, 8, 4, 16, 0, 20, 0, 24, 0));
        java.util.Collections.reverse(in);
        Split s = series.split(in, FundingIntervals.NO_PREVIOUS, FundingIntervals.NEWEST, 4 * HOUR);
        assertEquals(2, s.batches().size());
        assertEquals(8 * 3600, s.batches().get(0).spec().intervalSeconds());
        assertArrayEquals(new long[] {T0, T0 + 8 * HOUR, T0 + 16 * HOUR}, times(s.batches().get(0)), "8 h: 0, 8 (jitter rounded off), 16");
        assertEquals(4 * 3600, s.batches().get(1).spec().intervalSeconds());
        assertArrayEquals(new long[] {T0 + 20 * HOUR, T0 + 24 * HOUR}, times(s.batches().get(1)));
        assertEquals(0.0003, s.batches().get(1).value(0), 1e-15, "the row at 20 h keeps its own rate");
        assertEquals(T0 + 24 * HOUR, s.newestTime());
        assertFalse(s.held());
    }

    @Test
    void anUndecidedLastRowIsHeldAndTheNextPageContinuesTheRegime() {
        Split first = series.split(rows(0, 0, 8, 0, 16, 0, 20, 0), FundingIntervals.NO_PREVIOUS, FundingIntervals.NOT_FETCHED, 4 * HOUR);
        assertTrue(first.held());
        assertEquals(T0 + 16 * HOUR, first.newestTime(), "the cursor stays on the last stored row");
        assertEquals(1, first.batches().size());
        assertEquals(3, first.batches().get(0).size());
        // The next page: 20 h again, then 24 h (4 h, 4 h) after the remembered 16 h row labelled 8 h.
        Split second = series.split(rows(20, 0, 24, 0), T0 + 16 * HOUR, FundingIntervals.NEWEST, 4 * HOUR);
        assertEquals(1, second.batches().size());
        assertEquals(4 * 3600, second.batches().get(0).spec().intervalSeconds());
        assertArrayEquals(new long[] {T0 + 20 * HOUR, T0 + 24 * HOUR}, times(second.batches().get(0)));
    }

    @Test
    void theRememberedIntervalKeepsAMissedSettlementInTheRegime() throws Exception {
        series.split(rows(0, 0, 4, 0), FundingIntervals.NO_PREVIOUS, FundingIntervals.NEWEST, 4 * HOUR);
        assertEquals(T0 + 4 * HOUR, series.lastSettlementUpTo(T0 + 5 * HOUR));
        assertEquals(FundingIntervals.NO_PREVIOUS, series.lastSettlementUpTo(T0 + 3 * HOUR), "a row after the cursor was never stored");
        // 12 h (8 h spacing: the 8 h settlement missed) then 16 h: the remembered 4 h regime holds.
        Split s = series.split(rows(12, 0, 16, 0), T0 + 4 * HOUR, t -> { throw new AssertionError("no lookahead needed"); }, 4 * HOUR);
        assertEquals(1, s.batches().size());
        assertEquals(4 * 3600, s.batches().get(0).spec().intervalSeconds());
    }

    @Test
    void theLookaheadIsAskedOnlyForALastRowThatWouldSwitch() throws Exception {
        series.split(rows(0, 0, 8, 0), FundingIntervals.NO_PREVIOUS, FundingIntervals.NEWEST, 8 * HOUR);
        List<Long> asked = new ArrayList<>();
        Split s = series.split(rows(16, 0, 20, 0), T0 + 8 * HOUR, t -> {
            asked.add(t);
            return T0 + 24 * HOUR;
        }, 8 * HOUR);
        assertEquals(List.of(T0 + 20 * HOUR), asked);
        assertEquals(2, s.batches().size(), "16 h stays 8 h; 20 h then 24 h are 4 h spacings");
        assertArrayEquals(new long[] {T0 + 20 * HOUR}, times(s.batches().get(1)));
        assertEquals(4 * 3600, s.batches().get(1).spec().intervalSeconds());
    }

    @Test
    void rowsAtOrBeforeThePreviousSettlementAreStoredAlreadyAndLeftOut() {
        // A venue that ignores startTime sends 0 and 8 again after the stored 8 h row; only 16 is new.
        Split s = series.split(rows(0, 0, 8, 0, 16, 0), T0 + 8 * HOUR, FundingIntervals.NEWEST, 8 * HOUR);
        assertEquals(1, s.batches().size());
        assertArrayEquals(new long[] {T0 + 16 * HOUR}, times(s.batches().get(0)));
        Split none = series.split(rows(0, 0, 8, 0), T0 + 8 * HOUR, FundingIntervals.NEWEST, 8 * HOUR);
        assertTrue(none.batches().isEmpty());
        assertEquals(FundingIntervals.NO_PREVIOUS, none.newestTime());
    }
}
