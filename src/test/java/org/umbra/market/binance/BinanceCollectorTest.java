package org.umbra.market.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.collect.SourceRoundReport;
import org.umbra.market.Metric;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.TestStore;

/** Poll → parse → normalise → one transaction → rows, against recorded responses on MockWebServer. */
class BinanceCollectorTest {
    /** After every recorded timestamp, so every recorded bar is closed. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private BinanceMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new BinanceMockVenue();
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        VenueHttp http = new VenueHttp(BinanceFuturesSource.ID, HttpClients.create("umbra-test"), HttpUrl.get(venue.baseUrl()), CLOCK);
        BinanceFuturesClient client = new BinanceFuturesClient(http, RateLimiter.unlimited("w"), RateLimiter.unlimited("f"),
                RateLimiter.unlimited("d"));
        BinanceFuturesSource source = new BinanceFuturesSource(client, Duration.ofMinutes(1), List.of("BTCUSDT", "ETHUSDT"));
        collector = store.collector(List.of(source), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        venue.close();
    }

    private Map<String, SeriesInfo> stored() {
        return store.stored();
    }

    @Test
    void firstRoundStoresEverySeriesInCoinAndUsdWithFundingInterval() {
        List<SourceRoundReport> reports = collector.runOnce();
        assertTrue(reports.get(0).failures().isEmpty(), () -> reports.get(0).failures().toString());

        Map<String, SeriesInfo> s = stored();
        SeriesInfo funding = s.get("BTCUSDT funding_rate");
        assertEquals(2, funding.points());
        assertEquals(8 * 3600, funding.spec().intervalSeconds(), "funding is stored with its 8 h interval");
        assertEquals(1570608000000L, funding.firstTs());

        // OI: the 2 history rows plus the snapshot, in coin and in USD.
        assertEquals(3, s.get("BTCUSDT oi_coin").points());
        assertEquals(3, s.get("BTCUSDT oi_usd").points());
        long snapshotMinute = 1589437530011L / 60_000 * 60_000;
        double coin = series.read(s.get("BTCUSDT oi_coin").id(), snapshotMinute, snapshotMinute).values()[0];
        double usd = series.read(s.get("BTCUSDT oi_usd").id(), snapshotMinute, snapshotMinute).values()[0];
        assertEquals(10659.509, coin, 1e-9);
        assertEquals(10659.509 * 11793.63104562, usd, 1e-3, "USD OI = coin OI x mark price");

        double premium = series.read(s.get("BTCUSDT premium").id(), 0, Long.MAX_VALUE).values()[0];
        assertEquals((11793.63104562 - 11781.80495970) / 11781.80495970, premium, 1e-12);
        // Bar closes are stamped at the end of the bar.
        assertEquals(1691603880000L, series.read(s.get("BTCUSDT premium_index").id(), 0, Long.MAX_VALUE).timestamps()[0]);
        assertTrue(s.containsKey("ETHUSDT oi_usd"));
        // Ratios, 5-minute, as published, at the recorded times moved into the tests' 30 days (BinanceMockVenue); the two
        // taker rows, recorded out of order 29 days apart, come in two windows and are stored in time order.
        assertEquals(2, s.get("BTCUSDT ls_accounts").points());
        assertEquals(2, s.get("BTCUSDT ls_top_accounts").points());
        assertEquals(2, s.get("ETHUSDT ls_top_positions").points());
        var taker = series.read(s.get("BTCUSDT taker_buy_sell").id(), 0, Long.MAX_VALUE);
        assertEquals(2, taker.size());
        assertEquals(1583139900000L + BinanceMockVenue.FUTURES_DATA_SHIFT_MS, taker.timestamps()[0]);
        assertEquals(1.3104, taker.values()[0], 1e-12);
        assertTrue(s.containsKey("ETHUSDT mark_price"));
    }

    @Test
    void repollingNeverDuplicatesAPoint() {
        collector.runOnce();
        Map<String, Long> before = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        collector.runOnce();
        collector.runOnce();
        Map<String, Long> after = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertEquals(before, after);
    }

    @Test
    void rateLimitIsReportedWithSourceAndNothingIsWrittenThenNextPollSucceeds() {
        venue.queueFault("/fapi/v1/fundingRate", new MockResponse().setResponseCode(429).setHeader("Retry-After", "30")
                .setBody("{\"code\":-1003,\"msg\":\"Too many requests; current limit is 500 requests per 5 minutes.\"}"));
        venue.queueFault("/fapi/v1/fundingRate", new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));

        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(2, failures.size(), "BTC and ETH funding feeds each met a 429");
        SourceException e = failures.get(0).failure();
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().startsWith("binance-futures: HTTP 429, retry after 30 s"), e.getMessage());
        assertFalse(stored().containsKey("BTCUSDT funding_rate"), "no funding row from a refused poll");
        assertTrue(states.load(BinanceFuturesSource.ID, "BTCUSDT/funding").lastError().contains("429"));

        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(2, stored().get("BTCUSDT funding_rate").points());
        assertEquals(0, states.load(BinanceFuturesSource.ID, "BTCUSDT/funding").consecutiveFailures());
    }

    @Test
    void malformedBodyIsReportedWithFieldAndNothingPartialIsWritten() {
        // The snapshot needs premiumIndex and openInterest; a bad premiumIndex must keep OI out too.
        venue.queueFault("/fapi/v1/premiumIndex", BinanceMockVenue.json(
                "{\"symbol\":\"BTCUSDT\",\"markPrice\":\"not-a-price\",\"indexPrice\":\"11781.8\",\"lastFundingRate\":\"0.0001\","
                        + "\"nextFundingTime\":1597392000000,\"time\":1597370495002}"));

        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size());
        String message = failures.get(0).failure().getMessage();
        assertTrue(message.startsWith("binance-futures: malformed response"), message);
        assertTrue(message.contains("markPrice"), message);
        assertEquals(1, venue.hits("/fapi/v1/openInterest"), "only ETH's snapshot asked for OI");
        assertFalse(stored().containsKey("BTCUSDT mark_price") && series.read(stored().get("BTCUSDT mark_price").id(),
                1597370460000L, 1597370460000L).size() > 0, "no mark price from the rejected snapshot");
        assertEquals(2, stored().get("BTCUSDT oi_coin").points(), "only the history rows, not the snapshot's");

        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(3, stored().get("BTCUSDT oi_coin").points());
    }

    @Test
    void htmlErrorPageWithStatus200IsRejected() {
        venue.queueFault("/fapi/v1/fundingRate", new MockResponse().setHeader("Content-Type", "text/html")
                .setBody("<html><body>Service unavailable from a restricted location</body></html>"));
        FeedRunResult failure = collector.runOnce().get(0).failures().get(0);
        assertTrue(failure.failure().getMessage().contains("expected JSON, got text/html"), failure.failure().getMessage());
    }

    @Test
    void restrictedLocationIsRefusedWithAClearReason() {
        venue.queueFault("/fapi/v1/premiumIndex", new MockResponse().setResponseCode(451)
                .setBody("{\"code\":0,\"msg\":\"Service unavailable from a restricted location according to 'b. Eligibility'.\"}"));
        SourceException e = collector.runOnce().get(0).failures().get(0).failure();
        assertEquals(SourceException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("HTTP 451 unavailable from this location"), e.getMessage());
    }
}
