package org.umbra.market.coinbase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.Unit;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.OnlyFeeds;
import org.umbra.testing.TestStore;

/** Poll → parse → one transaction per window → rows, against a synthetic api.exchange.coinbase.com. */
class CoinbaseCollectorTest {
    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final long NOW = Instant.parse("2016-09-01T00:00:00Z").toEpochMilli();
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    private static final long BTC_LISTING = CoinbaseSource.HISTORY_START.get("BTC-USD");
    /** Later than where the feed starts looking (2016-05-01): the first window is empty and must be stepped over. */
    private static final long ETH_BTC_LISTING = Instant.parse("2016-05-18T00:00:00Z").toEpochMilli();
    /** 19 days without trades (no candles) in the hourly history: more than one whole window of 300 hours. */
    private static final long HOLE_FROM = Instant.parse("2015-10-01T00:00:00Z").toEpochMilli();
    private static final long HOLE_TO = Instant.parse("2015-10-20T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;
    private CoinbaseMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new CoinbaseMockVenue(Map.of("BTC-USD", BTC_LISTING, "ETH-BTC", ETH_BTC_LISTING), HOLE_FROM, HOLE_TO, NOW);
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        collector = collector(List.of("BTC-USD", "ETH-BTC"), false);
    }

    /** @param hourlyOnly keep only the hourly feeds (the fault tests: 33 windows a round instead of 177) */
    private Collector collector(List<String> products, boolean hourlyOnly) {
        OkHttpClient shortTimeouts = HttpClients.create("umbra-test").newBuilder()
                .readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(10)).build();
        VenueHttp http = new VenueHttp(CoinbaseSource.ID, shortTimeouts, HttpUrl.get(venue.baseUrl()), CLOCK);
        CoinbaseSource source = new CoinbaseSource(new CoinbaseClient(http, RateLimiter.unlimited("r")), products);
        return store.collector(List.of(OnlyFeeds.of(source, f -> !hourlyOnly || f.id().endsWith("/close-1h"))), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        venue.close();
    }

    private SeriesInfo info(String product) {
        return series.describe(CoinbaseSource.ID, product, Metric.PRICE_CLOSE).orElseThrow();
    }

    private SeriesData all(String product) {
        return series.read(info(product).id(), 0, Long.MAX_VALUE);
    }

    /** Hourly ends since listing (minus the hole for BTC-USD) and minute ends of the last 30 days, open buckets excluded. */
    private static long[] expectedUnion(String product) {
        return expectedUnion(product, true);
    }

    private static long[] expectedUnion(String product, boolean withMinutes) {
        TreeSet<Long> ends = new TreeSet<>();
        long listing = product.equals("BTC-USD") ? BTC_LISTING : ETH_BTC_LISTING;
        for (long s = listing; s + H <= NOW; s += H) {
            if (!(product.equals("BTC-USD") && s >= HOLE_FROM && s < HOLE_TO)) {
                ends.add(s + H);
            }
        }
        for (long s = NOW - 30 * 24 * H; withMinutes && s + M <= NOW; s += M) {
            ends.add(s + M);
        }
        return ends.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void backfillOfManyWindowsStoresExactlyTheUnionInOrder() {
        List<FeedRunResult> results = collector.runOnce().get(0).feeds();
        assertTrue(results.stream().allMatch(r -> r.failure() == null), results::toString);
        FeedRunResult hourly = results.stream().filter(r -> r.feedId().equals("BTC-USD/close-1h")).findFirst().orElseThrow();
        assertEquals(33, hourly.pages(), "9816 hourly buckets in windows of 300");
        FeedRunResult minutes = results.stream().filter(r -> r.feedId().equals("BTC-USD/close-1m")).findFirst().orElseThrow();
        assertEquals(144, minutes.pages(), "43200 minute buckets in windows of 300");

        for (String product : List.of("BTC-USD", "ETH-BTC")) {
            long[] expected = expectedUnion(product);
            SeriesData d = all(product);
            assertArrayEquals(expected, d.timestamps(), product + ": union, ascending, no duplicate, no open bucket");
            for (int i : new int[] {0, expected.length / 2, expected.length - 1}) {
                assertEquals(CoinbaseMockVenue.price(product, expected[i]).doubleValue(), d.values()[i], 0.0,
                        product + " close at the bucket end " + Instant.ofEpochMilli(expected[i]));
            }
            assertEquals(60, info(product).spec().intervalSeconds());
        }
        int requests = venue.requests();
        collector.runOnce();
        assertEquals(requests, venue.requests(), "up to date: no request until a bucket closes");
        assertArrayEquals(expectedUnion("BTC-USD"), all("BTC-USD").timestamps());
    }

    @Test
    void ethBtcIsStoredInBitcoinAndBtcUsdInUsd() {
        collector.runOnce();
        assertEquals(Unit.BTC, info("ETH-BTC").spec().unit());
        assertEquals(Asset.ETH, info("ETH-BTC").spec().asset());
        assertEquals(Unit.USD, info("BTC-USD").spec().unit());
        double v = all("ETH-BTC").values()[0];
        assertTrue(v > 0.02 && v < 0.022, "ETH-BTC is a price in BTC: " + v);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("429", () -> new MockResponse().setResponseCode(429).setHeader("Retry-After", "30")
                        .setBody("{\"message\":\"Public rate limit exceeded\"}"),
                        SourceException.Kind.RATE_LIMITED, "HTTP 429, retry after 30 s: Public rate limit exceeded"),
                fault("418", () -> new MockResponse().setResponseCode(418), SourceException.Kind.RATE_LIMITED, "HTTP 418"),
                fault("451", () -> new MockResponse().setResponseCode(451), SourceException.Kind.REFUSED,
                        "HTTP 451 unavailable from this location"),
                fault("500", () -> new MockResponse().setResponseCode(500).setBody("{\"message\":\"Internal server error\"}"),
                        SourceException.Kind.HTTP_STATUS, "HTTP 500: Internal server error"),
                fault("timeout", () -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                        SourceException.Kind.NETWORK, "timed out"),
                fault("missing close", () -> CoinbaseMockVenue.json("[[1438387200,280.1,281.2,280.5]]"),
                        SourceException.Kind.MALFORMED, "candles[0]: expected at least 5 columns"),
                fault("empty body", () -> CoinbaseMockVenue.json(""), SourceException.Kind.MALFORMED, "empty response body"),
                fault("milliseconds", () -> CoinbaseMockVenue.json("[[1438387200000,280.1,281.2,280.5,280.9,1.5]]"),
                        SourceException.Kind.MALFORMED, "is not epoch seconds"));
    }

    private static Arguments fault(String name, Supplier<MockResponse> response, SourceException.Kind kind, String text) {
        return Arguments.of(name, response, kind, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultMidBackfillNamesTheSourceKeepsWholeWindowsOnlyAndNextRoundCompletes(String name, Supplier<MockResponse> response,
            SourceException.Kind kind, String text) {
        // Only BTC-USD hourly here; request 2 is its second window.
        collector.close();
        collector = collector(List.of("BTC-USD"), true);
        venue.failRequest(2, response.get());
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("BTC-USD/close-1h", failures.get(0).feedId());
        SourceException e = failures.get(0).failure();
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("coinbase: "), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains("GET /products/BTC-USD/candles"), e.getMessage());

        // Window 1 (300 hourly buckets) is stored whole; nothing of window 2.
        assertEquals(300, all("BTC-USD").size());
        assertEquals(BTC_LISTING + 300 * H, states.load(CoinbaseSource.ID, "BTC-USD/close-1h").cursor().position());

        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertArrayEquals(expectedUnion("BTC-USD", false), all("BTC-USD").timestamps());
        assertEquals(0, states.load(CoinbaseSource.ID, "BTC-USD/close-1h").consecutiveFailures());
    }

    @Test
    void emptyRecentWindowStoresNothingKeepsTheCursorAndNextRoundFills() {
        // The newest minute windows: an empty answer there may be the venue not having published yet.
        collector.runOnce();
        long cursor = states.load(CoinbaseSource.ID, "BTC-USD/close-1m").cursor().position();
        assertEquals(NOW, cursor);
        // Two minutes later, the venue answers [] for the two new buckets: nothing stored, cursor kept.
        Clock later = Clock.fixed(Instant.ofEpochMilli(NOW + 2 * M), ZoneOffset.UTC);
        var feed = new CoinbaseSource(new CoinbaseClient(new VenueHttp(CoinbaseSource.ID, HttpClients.create("t"),
                HttpUrl.get(venue.baseUrl()), later), RateLimiter.unlimited("r")), List.of("BTC-USD")).feeds().get(1);
        venue.failRequest(venue.requests() + 1, CoinbaseMockVenue.json("[]"));
        try {
            var page = feed.fetch(new org.umbra.market.FeedCursor(cursor), NOW + 2 * M);
            assertTrue(page.batches().isEmpty());
            assertEquals(cursor, page.next().position(), "a recent empty window is not stepped over");
            assertEquals(false, page.more());
        } catch (SourceException e) {
            throw new AssertionError(e);
        }
        assertNull(states.load(CoinbaseSource.ID, "BTC-USD/close-1m").lastError());
    }
}
