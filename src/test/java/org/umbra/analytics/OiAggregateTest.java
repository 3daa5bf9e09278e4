package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OiAggregateTest {
    static final long H = 3_600_000L;

    /**
     * OI in BTC on an hourly grid 0..4 h, carry at most 1.5 h:
     * binance 100, 110, 120, (gap at 3 h: carried 120), 140;
     * bybit appears late: 50 at 2 h, 60 at 3 h, 70 at 4 h;
     * okx drops out: 30 at 0 and 1 h, carried to 2 h (1 h old), dropped from 3 h (2 h old).
     */
    private static OiAggregate aggregate() {
        Map<String, TimeSeries> oi = new LinkedHashMap<>();
        oi.put("binance-futures", new TimeSeries(new long[] {0, H, 2 * H, 4 * H}, new double[] {100, 110, 120, 140}));
        oi.put("bybit", new TimeSeries(new long[] {2 * H, 3 * H, 4 * H}, new double[] {50, 60, 70}));
        oi.put("okx", new TimeSeries(new long[] {0, H}, new double[] {30, 30}));
        return OiAggregate.of(oi, new Grid(0, 4 * H, H), 90 * 60_000L);
    }

    @Test
    void totalSumsOnlyTheVenuesCovered() {
        OiAggregate a = aggregate();
        // 0: 100+30; 1h: 110+30; 2h: 120+50+30; 3h: 120 (carried)+60; 4h: 140+70
        assertArrayEquals(new double[] {130, 140, 200, 180, 210}, a.total().values(), 1e-9);
        assertArrayEquals(new int[] {2, 2, 3, 2, 2}, a.venuesCovered());
        assertEquals(List.of("binance-futures", "bybit", "okx"), List.copyOf(a.byVenue().keySet()), "input order kept");
        double[] okx = a.byVenue().get("okx").values();
        assertEquals(30, okx[2], "carried 1 h, within 1.5 h");
        assertTrue(Double.isNaN(okx[3]) && Double.isNaN(okx[4]), "dropped, not zero");
        assertTrue(Double.isNaN(a.byVenue().get("bybit").values()[1]), "not there before it appears");
    }

    @Test
    void sharesAreFractionsOfTheTotal() {
        Map<String, TimeSeries> s = aggregate().shares();
        // at 2 h: 120/200, 50/200, 30/200
        assertEquals(0.6, s.get("binance-futures").values()[2], 1e-12);
        assertEquals(0.25, s.get("bybit").values()[2], 1e-12);
        assertEquals(0.15, s.get("okx").values()[2], 1e-12);
        // at 3 h okx is gone: binance 120/180, bybit 60/180
        assertTrue(Double.isNaN(s.get("okx").values()[3]));
        assertEquals(2.0 / 3, s.get("binance-futures").values()[3], 1e-12);
    }

    @Test
    void changeComparesLikeForLike() {
        double[] c = aggregate().changePercent(2 * H).values();
        assertTrue(Double.isNaN(c[0]) && Double.isNaN(c[1]), "no data a window earlier");
        // 2h vs 0: binance 120 vs 100, okx 30 vs 30 (bybit absent at 0): (150-130)/130
        assertEquals(20.0 / 130 * 100, c[2], 1e-9);
        // 3h vs 1h: binance only (okx gone, bybit not yet): (120-110)/110
        assertEquals(10.0 / 110 * 100, c[3], 1e-9);
        // 4h vs 2h: binance 140 vs 120, bybit 70 vs 50: (210-170)/170
        assertEquals(40.0 / 170 * 100, c[4], 1e-9);
    }

    @Test
    void noVenueMeansNoTotal() {
        OiAggregate a = OiAggregate.of(Map.of("bybit", new TimeSeries(new long[] {10 * H}, new double[] {5})), new Grid(0, H, H), H);
        assertTrue(Double.isNaN(a.total().values()[0]) && Double.isNaN(a.total().values()[1]));
        assertArrayEquals(new int[] {0, 0}, a.venuesCovered());
    }

    @Test
    void refusesNegativeOpenInterest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OiAggregate.of(
                Map.of("okx", new TimeSeries(new long[] {0}, new double[] {-1})), new Grid(0, H, H), H));
        assertTrue(e.getMessage().contains("okx"), e.getMessage());
    }

    /**
     * Venue A: 100, 110, 110, 121 over hours 0..3; venue B joins at hour 2 with 1000 and stays. A plain total
     * jumps (110 to 1110); chain-linked: 0 %, +10 % (A), +0 % (A flat, B new: not counted), then hour 3 compares
     * A 110->121 and B 1000->1000: 1121/1110 = +0.991 %, so (1.1 x 1.00991 - 1) = +11.09 %.
     */
    @Test
    void chainedChangeIgnoresAVenueJoining() {
        java.util.Map<String, TimeSeries> oi = new java.util.LinkedHashMap<>();
        oi.put("a", new TimeSeries(new long[] {0, H, 2 * H, 3 * H}, new double[] {100, 110, 110, 121}));
        oi.put("b", new TimeSeries(new long[] {2 * H, 3 * H}, new double[] {1000, 1000}));
        double[] change = OiAggregate.of(oi, new Grid(0, 3 * H, H), 0).chainedChangePercent().values();
        assertEquals(0, change[0], 1e-9);
        assertEquals(10, change[1], 1e-9);
        assertEquals(10, change[2], 1e-9);
        assertEquals((1.1 * 1121.0 / 1110.0 - 1) * 100, change[3], 1e-9);
    }
}
