package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.DiscountEpisodes.Episode;

class DiscountEpisodesTest {
    static final long M = 60_000L;

    @Test
    void longSpellsBelowZeroGapsAndAnOpenEnd() {
        long[] t = {0, 1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 23};
        for (int i = 0; i < t.length; i++) {
            t[i] *= M;
        }
        double[] v = {0.001, -0.001, -0.003, -0.002, 0, -0.001, 0.001, -0.002, -0.001, -0.004, Double.NaN, -0.005, -0.001};
        // threshold 90 s, gaps over 5 min end an episode:
        //  1..3 min: 2 min long, deepest -0.003, ended by the zero at 4 -> kept
        //  5 min: one point, 0 long -> shorter than the threshold
        //  7..8 min: 1 min long, then a 12 min gap ends it (it is not joined with 20..23) -> too short
        //  20..23 min (NaN at 21 skipped): 3 min, deepest -0.005, runs to the end of the data -> open
        List<Episode> e = DiscountEpisodes.find(new TimeSeries(t, v), 90_000, 5 * M);
        assertEquals(List.of(new Episode(M, 3 * M, -0.003, false), new Episode(20 * M, 23 * M, -0.005, true)), e);
        assertEquals(2 * M, e.get(0).durationMs());
    }

    @Test
    void withoutTheGapLimitTheSpellsJoin() {
        TimeSeries p = new TimeSeries(new long[] {7 * M, 8 * M, 20 * M, 21 * M, 22 * M},
                new double[] {-0.002, -0.001, -0.004, -0.001, 0.002});
        // max gap 15 min: 7..21 min is one closed 14 min episode
        assertEquals(List.of(new Episode(7 * M, 21 * M, -0.004, false)), DiscountEpisodes.find(p, 90_000, 15 * M));
        // the threshold is strict: exactly 14 min is not longer than 14 min
        assertEquals(List.of(), DiscountEpisodes.find(p, 14 * M, 15 * M));
    }
}
