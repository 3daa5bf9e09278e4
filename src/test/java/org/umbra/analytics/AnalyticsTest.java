package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.Coverage.Span;

class AnalyticsTest {

    @Test
    void baselineAnnualisesTo1095Percent() {
        assertEquals(10.95, FundingMath.BASELINE_ANNUALISED_PERCENT, 1e-12);
        // Hyperliquid-style hourly 0.00125% is the same as 0.01% per 8 h.
        assertEquals(0.0001, FundingMath.per8h(0.0000125, 3600), 1e-15);
        assertEquals(10.95, FundingMath.annualisedPercent(0.0000125, 3600), 1e-9);
        // A 4 h rate of 0.01% pays twice as often: 21.9 %/yr.
        assertEquals(21.9, FundingMath.annualisedPercent(0.0001, 4 * 3600), 1e-9);
    }

    @Test
    void downsamplingKeepsSpikesAndBoundsTheOutput() {
        int n = 100_000;
        long[] ts = new long[n];
        double[] vs = new double[n];
        for (int i = 0; i < n; i++) {
            ts[i] = i * 1000L;
            vs[i] = Math.sin(i / 500.0);
        }
        vs[54_321] = 42;
        vs[12_345] = -42;
        Downsampler.Points p = Downsampler.minMax(ts, vs, 0, ts[n - 1], 500);
        assertTrue(p.size() <= 2000, "at most 4 points per bucket: " + p.size());
        assertEquals(42, Arrays.stream(p.values()).max().orElseThrow());
        assertEquals(-42, Arrays.stream(p.values()).min().orElseThrow());
        for (int i = 1; i < p.size(); i++) {
            assertTrue(p.timestamps()[i] > p.timestamps()[i - 1], "ascending and unique");
        }
        assertEquals(0, p.timestamps()[0]);
        assertEquals(ts[n - 1], p.timestamps()[p.size() - 1], "the last point survives");
    }

    @Test
    void downsamplingReturnsSmallRangesUnchanged() {
        long[] ts = {10, 20, 30, 40};
        double[] vs = {1, 2, 3, 4};
        Downsampler.Points p = Downsampler.minMax(ts, vs, 15, 35, 100);
        assertArrayEquals(new long[] {20, 30}, p.timestamps());
        assertArrayEquals(new double[] {2, 3}, p.values());
    }

    @Test
    void preferredSourceWinsWhereItHasDataAndOthersFillTheRest() {
        // live 2024..2026, bundled 8 h 2020..2023, daily mean 2019-09..2026-02
        List<List<Span>> spans = Coverage.assign(List.of(new Span(2024, 2026), new Span(2020, 2023), new Span(2019, 2026)));
        assertEquals(List.of(new Span(2024, 2026)), spans.get(0));
        assertEquals(List.of(new Span(2020, 2023)), spans.get(1));
        assertEquals(List.of(new Span(2019, 2019)), spans.get(2), "daily means only before the 8 h rows begin");
    }

    @Test
    void aMissingSourceTakesNothing() {
        List<List<Span>> spans = Coverage.assign(Arrays.asList(null, new Span(5, 9)));
        assertEquals(List.of(), spans.get(0));
        assertEquals(List.of(new Span(5, 9)), spans.get(1));
        Downsampler.Points kept = Coverage.keep(new long[] {1, 5, 7, 10}, new double[] {1, 2, 3, 4}, spans.get(1));
        assertArrayEquals(new long[] {5, 7}, kept.timestamps());
    }
}
