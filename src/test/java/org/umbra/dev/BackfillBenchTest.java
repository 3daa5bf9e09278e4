package org.umbra.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench harness end to end on its fastest venue (Binance spot) with two days of history instead of nine years. */
class BackfillBenchTest {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;

    @TempDir
    Path dir;

    /**
     * History from the start of the hour two days ago. Per symbol: the hourly feed asks from 0 and gets 48 or 49 bars
     * (1 request); the minute feed asks from 30 days ago, gets bars from {@code since} on: 2,880 to 2,939 closed
     * minutes, pages of 1000, 1000 and the rest (3 requests). Hourly closes fall on minute ends, so the one series per
     * symbol holds the closed minutes: 2,880 – 2,940 rows (one more if a minute closes during the run), oldest at
     * since + 1 min (the end of the first bar). 3 symbols: 12 requests, no 429, 3 series.
     */
    @Test
    void runsOneSourcesBackfillAgainstTheLimitedVenue() throws Exception {
        long since = System.currentTimeMillis() / HOUR * HOUR - 48 * HOUR;
        BackfillBench.Result r = BackfillBench.run(new SimulatedBinanceSpotVenue(since), dir, p -> { });
        assertEquals("binance-spot", r.sourceId());
        assertEquals(List.of(), r.failures());
        assertEquals(3, r.series());
        assertTrue(r.rows() >= 3 * 2_880 && r.rows() <= 3 * 2_941, "rows " + r.rows());
        assertEquals(Map.of("price_close", since + MIN), r.oldestByMetric());
        assertEquals(12, r.requests());
        assertEquals(0, r.rejected());
        // 12 klines requests of weight 2 in Binance's fixed minute: 24, or split between two minutes if the run straddles one.
        long peak = r.usage().get(0).peak();
        assertTrue(peak >= 12 && peak <= 24 && peak % 2 == 0, "peak weight " + peak);
    }
}
