package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VenueFunding (normalising), FundingAggregate, FundingSpend and Carry. */
class FundingTest {
    static final long H = 3_600_000L;
    static final long DAY = 24 * H;

    private static TimeSeries series(long[] ts, double... vs) {
        return new TimeSeries(ts, vs);
    }

    private static long[] hours(int from, int to, int step) {
        long[] t = new long[(to - from) / step + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (from + (long) i * step) * H;
        }
        return t;
    }

    private static double[] same(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /**
     * hyperliquid: hourly 0.00001 (= 0.00008 per 8 h, 8.76 %/yr) at 0..8 h;
     * bybit: every 4 h 0.0001 (= 0.0002 per 8 h, 21.9 %/yr) at 0, 4, 8 h;
     * binance: 8 h, negative -0.00005 at 0, then 0.0001 at 8 h;
     * deribit: a rate but no OI.
     */
    private static Map<String, VenueFunding> venues() {
        Map<String, List<FundingPart>> parts = new LinkedHashMap<>();
        parts.put("hyperliquid", List.of(new FundingPart(series(hours(0, 8, 1), same(9, 0.00001)), 3600)));
        parts.put("bybit", List.of(new FundingPart(series(hours(0, 8, 4), same(3, 0.0001)), 4 * 3600)));
        parts.put("binance-futures", List.of(new FundingPart(series(hours(0, 8, 8), -0.00005, 0.0001), 8 * 3600)));
        parts.put("deribit", List.of(new FundingPart(series(hours(0, 8, 8), 0.0003, 0.0003), 8 * 3600)));
        return VenueFunding.ofAll(parts);
    }

    @Test
    void ratesAreComparedPer8hAndPerYear() {
        Map<String, VenueFunding> v = venues();
        assertEquals(0.00008, v.get("hyperliquid").per8h().values()[0], 1e-15);
        assertEquals(8.76, v.get("hyperliquid").annualisedPercent().values()[0], 1e-9); // 0.00001 x 8760 x 100
        assertEquals(0.0002, v.get("bybit").per8h().values()[1], 1e-15);
        assertEquals(21.9, v.get("bybit").annualisedPercent().values()[1], 1e-9);
        assertEquals(-0.00005, v.get("binance-futures").per8h().values()[0], 1e-15);
        assertEquals(-5.475, v.get("binance-futures").annualisedPercent().values()[0], 1e-9); // -0.00005 x 1095 x 100
        assertArrayEquals(hours(0, 8, 1), v.get("hyperliquid").per8h().timestamps(), "each point at its settlement");
    }

    @Test
    void anIntervalChangeWithinOneVenueIsMergedInOrder() {
        // okx: 8 h until 8 h, then 4 h from 12 h; parts given newest first
        VenueFunding okx = VenueFunding.of("okx", List.of(
                new FundingPart(series(new long[] {12 * H, 16 * H}, 0.00005, -0.00005), 4 * 3600),
                new FundingPart(series(new long[] {0, 8 * H}, 0.0001, 0.0001), 8 * 3600)));
        assertArrayEquals(new long[] {0, 8 * H, 12 * H, 16 * H}, okx.timestamps());
        assertArrayEquals(new long[] {28800, 28800, 14400, 14400}, okx.intervalSeconds());
        // 0.00005 per 4 h is the same 0.0001 per 8 h as before the change
        assertArrayEquals(new double[] {0.0001, 0.0001, 0.0001, -0.0001}, okx.per8h().values(), 1e-15);
        assertArrayEquals(new double[] {0.0001, 0.0001, 0.00005, -0.00005}, okx.raw().values(), 1e-15);
    }

    @Test
    void overlappingPartsAreRefusedNamingTheVenue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VenueFunding.of("okx", List.of(
                new FundingPart(series(new long[] {0, 8 * H}, 1e-4, 1e-4), 8 * 3600),
                new FundingPart(series(new long[] {8 * H}, 1e-4), 4 * 3600))));
        assertTrue(e.getMessage().contains("okx") && e.getMessage().contains(Long.toString(8 * H)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FundingPart(TimeSeries.EMPTY, 0));
    }

    @Test
    void aggregateWeightsEachVenueByItsOiInUsd() {
        Map<String, TimeSeries> oi = new LinkedHashMap<>();
        oi.put("hyperliquid", series(new long[] {0}, 1000));
        oi.put("bybit", series(new long[] {0}, 3000));
        oi.put("binance-futures", series(new long[] {0}, 4000));
        FundingAggregate a = FundingAggregate.oiWeighted(venues(), oi, new Grid(0, 8 * H, 4 * H), DAY);
        // 0 and 4 h: (1000 x 0.00008 + 3000 x 0.0002 + 4000 x -0.00005) / 8000 = 0.48 / 8000 = 0.00006
        //   (at 4 h binance's rate settled at 0 is still in force)
        // 8 h: binance now 0.0001: (0.08 + 0.6 + 0.4) / 8000 = 0.000135
        assertArrayEquals(new double[] {0.00006, 0.00006, 0.000135}, a.per8h().values(), 1e-15);
        // 0.00006 x 3 x 365 x 100 = 6.57; 0.000135 x 1095 x 100 = 14.7825
        assertArrayEquals(new double[] {6.57, 6.57, 14.7825}, a.annualisedPercent().values(), 1e-9);
        assertArrayEquals(new int[] {3, 3, 3}, a.venuesCovered(), "deribit has a rate but no OI: excluded");
    }

    @Test
    void aRateLapsesAfterTwoIntervalsAndOiAfterItsCarry() {
        Map<String, VenueFunding> f = Map.of("binance-futures",
                VenueFunding.of("binance-futures", List.of(new FundingPart(series(new long[] {0}, 0.0001), 8 * 3600))));
        // OI reported at 0 and 8 h only, carried at most 8 h: missing at 24 h anyway
        Map<String, TimeSeries> oi = Map.of("binance-futures", series(new long[] {0, 8 * H}, 5, 5));
        FundingAggregate a = FundingAggregate.oiWeighted(f, oi, new Grid(0, 24 * H, 8 * H), 8 * H);
        // 0, 8 h: in force; 16 h: 16 h old = 2 intervals, still in force, OI 8 h old, still carried; 24 h: lapsed
        assertArrayEquals(new double[] {0.0001, 0.0001, 0.0001}, java.util.Arrays.copyOf(a.per8h().values(), 3), 1e-15);
        assertTrue(Double.isNaN(a.per8h().values()[3]));
        assertArrayEquals(new int[] {1, 1, 1, 0}, a.venuesCovered());
        // the same rate, OI carried at most 4 h: at 16 h the OI is 8 h old, so the venue drops out
        FundingAggregate b = FundingAggregate.oiWeighted(f, oi, new Grid(0, 24 * H, 8 * H), 4 * H);
        assertArrayEquals(new int[] {1, 1, 0, 0}, b.venuesCovered());
    }

    @Test
    void spendIsRateTimesOiPerSettlementAndPerUtcDay() {
        Map<String, VenueFunding> f = new LinkedHashMap<>();
        f.put("binance-futures", VenueFunding.of("binance-futures", List.of(new FundingPart(
                series(new long[] {0, 8 * H, 16 * H, DAY}, 0.0001, 0.0001, -0.0002, 0.0001), 8 * 3600))));
        f.put("hyperliquid", VenueFunding.of("hyperliquid", List.of(new FundingPart(
                series(new long[] {23 * H, DAY, DAY + 5 * H}, 0.00001, 0.00001, 0.00001), 3600))));
        f.put("deribit", VenueFunding.of("deribit", List.of(new FundingPart(series(new long[] {0}, 0.0001), 8 * 3600))));
        Map<String, TimeSeries> oi = new LinkedHashMap<>();
        oi.put("binance-futures", series(new long[] {0}, 1e9));
        // hyperliquid's OI is 500 M at 23 h, carried at most 2 h: priced at 23 h and 24 h, not at 29 h
        oi.put("hyperliquid", series(new long[] {23 * H}, 5e8));
        FundingSpend s = FundingSpend.of(f, oi, 2 * DAY);
        FundingSpend shortCarry = FundingSpend.of(f, Map.of("hyperliquid", oi.get("hyperliquid")), 2 * H);

        // 1e9 x 0.0001 = 100k; 1e9 x -0.0002 = -200k (shorts paid)
        assertArrayEquals(new double[] {1e5, 1e5, -2e5, 1e5}, s.byVenue().get("binance-futures").values(), 1e-6);
        assertArrayEquals(new long[] {23 * H, DAY}, shortCarry.byVenue().get("hyperliquid").timestamps());
        assertArrayEquals(new double[] {5000, 5000}, shortCarry.byVenue().get("hyperliquid").values(), 1e-9);
        assertTrue(s.byVenue().get("deribit").isEmpty(), "no OI: no spend, not zero spend");
        // with the 2-day carry hyperliquid's 29 h settlement counts too.
        // day 0: 100k + 100k - 200k + 5000 = 5000; day 1: 100k + 5000 + 5000 = 110000
        assertArrayEquals(new long[] {0, DAY}, s.dailyTotal().timestamps());
        assertArrayEquals(new double[] {5000, 110_000}, s.dailyTotal().values(), 1e-6);
    }

    @Test
    void carryIsFundingMinusTheBenchmark() {
        TimeSeries annual = series(new long[] {0, 1, 2}, 14.7825, 3.0, Double.NaN);
        TimeSeries c = Carry.spread(annual, 4.5);
        // 14.7825 - 4.5 = 10.2825; 3.0 - 4.5 = -1.5 (the trade no longer pays)
        assertEquals(10.2825, c.values()[0], 1e-12);
        assertEquals(-1.5, c.values()[1], 1e-12);
        assertTrue(Double.isNaN(c.values()[2]));
        assertEquals(14.7825, annual.values()[0], "input untouched");
        assertThrows(IllegalArgumentException.class, () -> Carry.spread(annual, Double.NaN));
    }
}
