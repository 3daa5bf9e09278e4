package org.umbra.market.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.market.Metric;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.SeriesData;
import org.umbra.testing.MovableClock;
import org.umbra.testing.OnlyFeeds;
import org.umbra.testing.TestStore;

/**
 * A BTCUSDT funding history that was 8-hourly and is 4-hourly now, backfilled through the collector in
 * /fapi/v1/fundingRate pages of 1000: every row lands in the series of the interval it was settled at.
 */
class BinanceFundingIntervalTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2022-01-01T00:00:00Z"));
    private static final long HOUR = 3_600_000L;
    /** 2020-01-01T00:00Z. */
    private static final long T0 = 1_577_836_800_000L;
    private static final String FUNDING_INFO_4H = "[{\"symbol\":\"BTCUSDT\",\"adjustedFundingRateCap\":\"0.02000000\","
            + "\"adjustedFundingRateFloor\":\"-0.02000000\",\"fundingIntervalHours\":4,\"disclaimer\":false}]";

    @TempDir
    Path dir;
    private BinanceMockVenue venue;
    private TestStore store;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new BinanceMockVenue();
        store = new TestStore(dir);
        VenueHttp http = new VenueHttp(BinanceFuturesSource.ID, HttpClients.create("umbra-test"), HttpUrl.get(venue.baseUrl()), clock);
        BinanceFuturesClient client = new BinanceFuturesClient(http, RateLimiter.unlimited("w"), RateLimiter.unlimited("f"),
                RateLimiter.unlimited("d"));
        BinanceFuturesSource source = new BinanceFuturesSource(client, Duration.ofMinutes(1), List.of("BTCUSDT"));
        collector = store.collector(List.of(OnlyFeeds.of(source, f -> f.id().equals("BTCUSDT/funding"))), clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        venue.close();
    }

    @Test
    void historyThatWent8To4HourlyIsStoredAsTwoSeriesEachRowInItsOwn() {
        // 999 settlements 8 h apart (k = 0..998, k % 5 ms of jitter), then 4 h apart from T0 + 998 x 8 h
        // (j = 1..1001, j % 7 ms of jitter) with j = 500 missed: 1999 rows. Page 1 (rows 0..999) ends on the first
        // 4 h row, which is held back undecided; page 2 starts there (rows 999..1998, full); page 3 comes back empty.
        long[] times = new long[1999];
        int n = 0;
        for (int k = 0; k <= 998; k++) {
            times[n++] = T0 + k * 8 * HOUR + k % 5;
        }
        long change = T0 + 998 * 8 * HOUR;
        for (int j = 1; j <= 1001; j++) {
            if (j != 500) {
                times[n++] = change + j * 4 * HOUR + j % 7;
            }
        }
        venue.fundingHistory(times, FUNDING_INFO_4H);

        FeedRunResult run = collector.runOnce().get(0).feeds().get(0);
        assertTrue(run.failure() == null, () -> String.valueOf(run.failure()));
        assertEquals(3, venue.hits("/fapi/v1/fundingRate"), "pages from row 0, from row 999, after row 1998");

        Map<Long, SeriesData> parts = store.parts(BinanceFuturesSource.ID, "BTCUSDT", Metric.FUNDING_RATE);
        assertEquals(List.of(4 * 3600L, 8 * 3600L), List.copyOf(parts.keySet()));
        SeriesData eight = parts.get(8 * 3600L);
        assertEquals(999, eight.timestamps().length);
        for (int k = 0; k <= 998; k++) {
            assertEquals(T0 + k * 8 * HOUR, eight.timestamps()[k], "8 h row " + k + " at its settlement minute");
            assertEquals(BinanceMockVenue.fundingRate(k), eight.values()[k], 1e-15);
        }
        SeriesData four = parts.get(4 * 3600L);
        assertEquals(1000, four.timestamps().length, "1001 four-hour settlements, one missed: no 8 h row from the gap");
        assertEquals(change + 4 * HOUR, four.timestamps()[0]);
        assertEquals(BinanceMockVenue.fundingRate(999), four.values()[0], 1e-15);
        assertEquals(change + 499 * 4 * HOUR, four.timestamps()[498]);
        assertEquals(change + 501 * 4 * HOUR, four.timestamps()[499], "the row after the missed settlement stays 4 h");
        assertEquals(change + 1001 * 4 * HOUR, four.timestamps()[999]);
        assertEquals(BinanceMockVenue.fundingRate(1998), four.values()[999], 1e-15);
        assertEquals(times[1998], store.states().load(BinanceFuturesSource.ID, "BTCUSDT/funding").cursor().position());
    }

    @Test
    void aChangeAfterTheIntervalWasReadIsSeenAtTheFirstNewSettlement() {
        // Run 1 at 72 h + 1 min: ten settlements 8 h apart; fundingInfo does not list BTCUSDT (8 h) and is cached.
        long[] eightHourly = new long[10];
        for (int k = 0; k < 10; k++) {
            eightHourly[k] = T0 + k * 8 * HOUR;
        }
        clock.set(T0 + 72 * HOUR + 60_000L);
        venue.fundingHistory(eightHourly, "[]");
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        // Run 2, 4 h later (inside the 6 h the cached fundingInfo is trusted): the venue moved to 4 h and settled at 76 h.
        // The cached copy predates that settlement, so it is read again and says 4 h: the new row is 4 h at once.
        long[] changed = java.util.Arrays.copyOf(eightHourly, 11);
        changed[10] = T0 + 76 * HOUR;
        clock.set(T0 + 76 * HOUR + 60_000L);
        venue.fundingHistory(changed, FUNDING_INFO_4H);
        assertTrue(collector.runOnce().get(0).failures().isEmpty());

        Map<Long, SeriesData> parts = store.parts(BinanceFuturesSource.ID, "BTCUSDT", Metric.FUNDING_RATE);
        assertEquals(10, parts.get(8 * 3600L).timestamps().length);
        assertEquals(List.of(T0 + 76 * HOUR), java.util.Arrays.stream(parts.get(4 * 3600L).timestamps()).boxed().toList());
        assertEquals(2, venue.hits("/fapi/v1/fundingInfo"), "read once per run: cached, then read again");
    }
}
