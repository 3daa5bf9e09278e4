package org.umbra.market.binancespot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import org.umbra.testing.TestStore;

/** Poll → parse → one transaction per page → rows, against a synthetic api.binance.com on MockWebServer. */
class BinanceSpotCollectorTest {
    private static final long H = 3_600_000L;
    private static final long M = 60_000L;
    private static final long NOW = Instant.parse("2024-02-01T00:00:00Z").toEpochMilli();
    /** 100 days of hourly history: 3 pages of at most 1000 bars; 30 days of minutes: 44 pages. */
    private static final long LISTING = NOW - 2400 * H;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private BinanceSpotMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new BinanceSpotMockVenue(LISTING, NOW);
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        OkHttpClient shortTimeouts = HttpClients.create("umbra-test").newBuilder()
                .readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(10)).build();
        VenueHttp http = new VenueHttp(BinanceSpotSource.ID, shortTimeouts, HttpUrl.get(venue.baseUrl()), CLOCK);
        BinanceSpotClient client = new BinanceSpotClient(http, RateLimiter.unlimited("w"));
        BinanceSpotSource source = new BinanceSpotSource(client, List.of("BTCUSDT", "ETHBTC"));
        collector = store.collector(List.of(source), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        venue.close();
    }

    private SeriesInfo info(String symbol) {
        return series.describe(BinanceSpotSource.ID, symbol, Metric.PRICE_CLOSE).orElseThrow();
    }

    private SeriesData all(String symbol) {
        return series.read(info(symbol).id(), 0, Long.MAX_VALUE);
    }

    /** Every hourly end since listing and every minute end of the last 30 days; the open bar excluded. */
    private static long[] expectedUnion() {
        TreeSet<Long> ends = new TreeSet<>();
        for (long e = LISTING + H; e <= NOW; e += H) {
            ends.add(e);
        }
        for (long e = NOW - 30 * 24 * H + M; e <= NOW; e += M) {
            ends.add(e);
        }
        return ends.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void backfillOfManyPagesStoresExactlyTheUnionInOrder() {
        List<FeedRunResult> results = collector.runOnce().get(0).feeds();
        assertTrue(results.stream().allMatch(r -> r.failure() == null), results::toString);
        FeedRunResult hourly = results.stream().filter(r -> r.feedId().equals("BTCUSDT/close-1h")).findFirst().orElseThrow();
        assertEquals(3, hourly.pages(), "2401 bars (the last still open) in pages of 1000");
        assertEquals(2 * (3 + 44), venue.klineRequests());

        long[] expected = expectedUnion();
        assertEquals(2400 - 720 + 43200, expected.length);
        for (String symbol : List.of("BTCUSDT", "ETHBTC")) {
            SeriesData d = all(symbol);
            assertArrayEquals(expected, d.timestamps(), symbol + ": union of hourly and minute ends, ascending, no duplicate");
            int i = expected.length - 1;
            assertEquals(BinanceSpotMockVenue.price(symbol, expected[i]).doubleValue(), d.values()[i], 0.0);
            assertEquals(60, info(symbol).spec().intervalSeconds(), "one series, the finest spacing written");
        }
        // Rerunning adds nothing and asks only for the newest page of each feed.
        collector.runOnce();
        assertArrayEquals(expected, all("BTCUSDT").timestamps());
    }

    @Test
    void ethBtcIsStoredInBitcoinAndUsdtPairsInUsd() {
        collector.runOnce();
        assertEquals(Unit.BTC, info("ETHBTC").spec().unit());
        assertEquals(Unit.USD, info("BTCUSDT").spec().unit());
        double ethBtc = all("ETHBTC").values()[0];
        assertTrue(ethBtc > 0.05 && ethBtc < 0.052, "ETHBTC is a price in BTC, not USD: " + ethBtc);
        assertEquals(org.umbra.market.Asset.ETH, info("ETHBTC").spec().asset());
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("429", () -> new MockResponse().setResponseCode(429).setHeader("Retry-After", "30")
                        .setBody("{\"code\":-1003,\"msg\":\"Too much request weight used.\"}"),
                        SourceException.Kind.RATE_LIMITED, "HTTP 429, retry after 30 s"),
                fault("418", () -> new MockResponse().setResponseCode(418).setHeader("Retry-After", "120"),
                        SourceException.Kind.RATE_LIMITED, "HTTP 418 (IP banned"),
                fault("451", () -> new MockResponse().setResponseCode(451)
                        .setBody("{\"code\":0,\"msg\":\"Service unavailable from a restricted location\"}"),
                        SourceException.Kind.REFUSED, "HTTP 451 unavailable from this location"),
                fault("503", () -> new MockResponse().setResponseCode(503), SourceException.Kind.HTTP_STATUS, "HTTP 503"),
                fault("timeout", () -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                        SourceException.Kind.NETWORK, "timed out"),
                fault("missing column", () -> BinanceSpotMockVenue.json("[[1706630400000,\"1\",\"1\",\"1\",\"43488.71\",\"1\"]]"),
                        SourceException.Kind.MALFORMED, "klines[0]: expected at least 7 columns"),
                fault("empty body", () -> BinanceSpotMockVenue.json(""), SourceException.Kind.MALFORMED, "empty response body"),
                fault("microseconds", () -> BinanceSpotMockVenue.json(
                        "[[1706630400000000,\"1\",\"1\",\"1\",\"43488.71\",\"1\",1706633999999999,\"1\",1,\"1\",\"1\",\"0\"]]"),
                        SourceException.Kind.MALFORMED, "not epoch milliseconds"));
    }

    private static Arguments fault(String name, Supplier<MockResponse> response, SourceException.Kind kind, String text) {
        return Arguments.of(name, response, kind, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultMidBackfillNamesTheSourceKeepsWholePagesOnlyAndNextRoundCompletes(String name, Supplier<MockResponse> response,
            SourceException.Kind kind, String text) {
        // Request 2 is the second page of BTCUSDT/close-1h.
        venue.failRequest(2, response.get());
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("BTCUSDT/close-1h", failures.get(0).feedId());
        SourceException e = failures.get(0).failure();
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("binance-spot: "), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains("GET /api/v3/klines"), e.getMessage());

        // Only page 1 (1000 hourly bars, all older than 30 days) is stored; its cursor is the end of its last bar.
        long recentFrom = NOW - 30 * 24 * H;
        assertEquals(1000, series.read(info("BTCUSDT").id(), 0, recentFrom).size());
        assertEquals(LISTING + 1000 * H, states.load(BinanceSpotSource.ID, "BTCUSDT/close-1h").cursor().position());
        assertTrue(states.load(BinanceSpotSource.ID, "BTCUSDT/close-1h").lastError().contains(text));

        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertArrayEquals(expectedUnion(), all("BTCUSDT").timestamps());
        assertEquals(0, states.load(BinanceSpotSource.ID, "BTCUSDT/close-1h").consecutiveFailures());
    }

    @Test
    void emptyPageStoresNothingMovesNoCursorAndNextRoundFills() {
        venue.failRequest(1, BinanceSpotMockVenue.json("[]"));
        List<FeedRunResult> results = collector.runOnce().get(0).feeds();
        FeedRunResult hourly = results.get(0);
        assertEquals("BTCUSDT/close-1h", hourly.feedId());
        assertEquals(null, hourly.failure());
        assertEquals(0, hourly.points());
        assertTrue(states.load(BinanceSpotSource.ID, "BTCUSDT/close-1h").cursor().isStart());

        collector.runOnce();
        assertArrayEquals(expectedUnion(), all("BTCUSDT").timestamps());
    }
}
