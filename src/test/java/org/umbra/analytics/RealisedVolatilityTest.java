package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealisedVolatilityTest {
    static final long D = 86_400_000L;
    static final double UP = 100 * Math.exp(0.01);

    @Test
    void annualisedStdevOfLogReturnsOverTheWindow() {
        // log returns +0.01, -0.01, +0.01, -0.01 on a daily grid
        TimeSeries p = new TimeSeries(new long[] {0, D, 2 * D, 3 * D, 4 * D}, new double[] {100, UP, 100, UP, 100});
        Grid g = new Grid(0, 4 * D, D);
        double[] two = RealisedVolatility.annualisedPercent(p, g, 2 * D, 0).values();
        // two returns +-0.01: mean 0, sample variance 0.0002; x 365 days: sqrt(0.073) = 27.0185 %
        assertTrue(Double.isNaN(two[0]) && Double.isNaN(two[1]), "no full window yet");
        for (int i = 2; i <= 4; i++) {
            assertEquals(Math.sqrt(0.073) * 100, two[i], 1e-9, "at day " + i);
        }
        // four returns: sample variance 0.0004 / 3, x 365 -> sqrt(0.146 / 3) = 22.06 %
        assertEquals(Math.sqrt(0.146 / 3) * 100, RealisedVolatility.annualisedPercent(p, g, 4 * D, 0).values()[4], 1e-9);
    }

    @Test
    void aSteadyTrendHasNoVolatility() {
        TimeSeries p = new TimeSeries(new long[] {0, D, 2 * D}, new double[] {100, UP, 100 * Math.exp(0.02)});
        assertEquals(0, RealisedVolatility.annualisedPercent(p, new Grid(0, 2 * D, D), 2 * D, 0).values()[2], 1e-9);
    }

    @Test
    void aSparseWindowIsNaN() {
        // day 2 missing, no carry: returns at days 2 and 3 are unknown; day 1 +0.01, day 4 -0.01
        TimeSeries p = new TimeSeries(new long[] {0, D, 3 * D, 4 * D}, new double[] {100, UP, UP, 100});
        Grid g = new Grid(0, 4 * D, D);
        double[] two = RealisedVolatility.annualisedPercent(p, g, 2 * D, 0).values();
        assertTrue(Double.isNaN(two[3]) && Double.isNaN(two[4]), "fewer than two returns in the window");
        // a 4-day window holds 2 of 4 returns (half): enough, the same +-0.01 pair as above
        assertEquals(Math.sqrt(0.073) * 100, RealisedVolatility.annualisedPercent(p, g, 4 * D, 0).values()[4], 1e-9);
    }
}
