package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivativesIndexTest {
    static final long H = 3_600_000L;

    @Test
    void chainsOiWeightedReturnsAndSkipsAPerpMissingAtAStep() {
        Map<String, TimeSeries> prices = new LinkedHashMap<>();
        prices.put("BTC", new TimeSeries(new long[] {0, H, 2 * H, 3 * H, 4 * H}, new double[] {100_000, 101_000, 101_000, 99_990, 99_990}));
        // ETH has no price at 2 h (carry 0)
        prices.put("ETH", new TimeSeries(new long[] {0, H, 3 * H, 4 * H}, new double[] {3000, 2970, 3000, 3030}));
        Map<String, TimeSeries> oi = new LinkedHashMap<>();
        // BTC's OI drops at 4 h: weights come from the start of a step, so it does not move step 3 h -> 4 h
        oi.put("BTC", new TimeSeries(new long[] {0, H, 2 * H, 3 * H, 4 * H}, new double[] {30e9, 30e9, 30e9, 30e9, 10e9}));
        oi.put("ETH", new TimeSeries(new long[] {0, H, 2 * H, 3 * H, 4 * H}, new double[] {10e9, 10e9, 10e9, 10e9, 10e9}));
        DerivativesIndex idx = DerivativesIndex.of(prices, oi, new Grid(0, 4 * H, H), 0);
        // 0 -> 1 h: 0.75 x +1 % + 0.25 x -1 % = +0.5 %             -> 100.5
        // 1 -> 2 h: ETH missing at 2 h, BTC alone, flat             -> 100.5
        // 2 -> 3 h: ETH missing at 2 h, BTC alone, 99990/101000 = -1 % -> 99.495
        // 3 -> 4 h: 0.75 x 0 + 0.25 x 3030/3000-1 (+1 %) = +0.25 %   -> 99.7437375
        assertArrayEquals(new double[] {100, 100.5, 100.5, 99.495, 99.7437375}, idx.level().values(), 1e-9);
        assertArrayEquals(new int[] {0, 2, 1, 1, 2}, idx.constituents());
    }

    @Test
    void startsAt100WhereTheFirstStepQualifiesAndLinksOverAGap() {
        // prices from 1 h; nothing at 3 h (carry 0), so steps 2->3 and 3->4 have no perp
        TimeSeries btc = new TimeSeries(new long[] {H, 2 * H, 4 * H, 5 * H}, new double[] {100, 110, 200, 220});
        DerivativesIndex idx = DerivativesIndex.of(Map.of("BTC", btc),
                Map.of("BTC", new TimeSeries(new long[] {0, H, 2 * H, 3 * H, 4 * H}, new double[] {1, 1, 1, 1, 1})),
                new Grid(0, 5 * H, H), 0);
        double[] v = idx.level().values();
        assertTrue(Double.isNaN(v[0]), "before the first qualifying step");
        assertEquals(100, v[1]);
        assertEquals(110, v[2], 1e-9);
        assertTrue(Double.isNaN(v[3]) && Double.isNaN(v[4]), "no perp at both ends of the step");
        // 4 -> 5 h: +10 % on the last level 110 (the jump 110 -> 200 across the gap is not captured)
        assertEquals(121, v[5], 1e-9);
    }
}
