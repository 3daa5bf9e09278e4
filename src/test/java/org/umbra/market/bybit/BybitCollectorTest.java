package org.umbra.market.bybit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.market.bybit.BybitMockVenue.HOUR;
import static org.umbra.market.bybit.BybitMockVenue.LAUNCH;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.market.Feed;
import org.umbra.market.Metric;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.MovableClock;
import org.umbra.testing.OnlyFeeds;
import org.umbra.testing.TestStore;

/** Poll → parse → normalise → one transaction → rows, against a MockWebServer Bybit. */
class BybitCollectorTest {
    /** Ten days and a half-hour after launch, mid-bar, so the venue has an open hourly bar. */
    private static final long NOW = LAUNCH + 10 * 24 * HOUR + 30 * 60_000L + 7_000L;
    private static final long TICKER_MINUTE = 1760352369814L / 60_000 * 60_000;

    @TempDir
    Path dir;
    private BybitMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;
    private final MovableClock clock = new MovableClock(NOW);

    private void start(long now, OkHttpClient http, Predicate<Feed> only) throws Exception {
        clock.set(now);
        venue = new BybitMockVenue(now);
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        VenueHttp venueHttp = new VenueHttp(BybitSource.ID, http, HttpUrl.get(venue.baseUrl()), clock);
        BybitSource source = new BybitSource(new BybitClient(venueHttp, RateLimiter.unlimited("ip")), Duration.ofMinutes(1),
                BybitSource.INSTRUMENTS);
        collector = store.collector(List.of(OnlyFeeds.of(source, only)), clock);
    }

    private void start() throws Exception {
        start(NOW, HttpClients.create("umbra-test"), f -> true);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (store != null) {
            store.close();
            venue.close();
        }
    }

    private Map<String, SeriesInfo> stored() {
        return store.stored();
    }

    private List<FeedRunResult> round() {
        return collector.runOnce().get(0).failures();
    }

    private double valueAt(String key, long ts) {
        var r = series.read(stored().get(key).id(), ts, ts);
        assertEquals(1, r.size(), key + " at " + ts);
        return r.values()[0];
    }

    @Test
    void firstRoundBackfillsEverySeriesWithUnitsAndIntervals() throws Exception {
        start();
        List<FeedRunResult> failures = round();
        assertTrue(failures.isEmpty(), failures::toString);
        Map<String, SeriesInfo> s = stored();

        // Funding: every settlement since launch, 8 h as instruments-info says (480 minutes).
        SeriesInfo funding = s.get("BTCUSDT funding_rate");
        assertEquals(31, funding.points(), "settlements at launch + k*8h, k = 0..30");
        assertEquals(8 * 3600, funding.spec().intervalSeconds());
        assertEquals(LAUNCH, funding.firstTs());
        assertEquals(BybitMockVenue.fundingRate(30), valueAt("BTCUSDT funding_rate", LAUNCH + 240 * HOUR), 1e-15);

        // OI: every 5 minutes since launch (the 5-minute feed's 30 days cover it all) plus the snapshot.
        long fiveMinutePoints = (NOW - LAUNCH) / 300_000L + 1;
        assertEquals(fiveMinutePoints + 1, s.get("BTCUSDT oi_coin").points());
        assertEquals(60, s.get("BTCUSDT oi_coin").spec().intervalSeconds());
        long t = LAUNCH + 100 * HOUR;
        long k5 = 100 * 12;
        assertEquals(BybitMockVenue.openInterest("BTCUSDT", k5), valueAt("BTCUSDT oi_coin", t), 1e-9, "raw linear OI in coin");
        assertEquals(BybitMockVenue.openInterest("BTCUSDT", k5) * BybitMockVenue.mark(100 * 60), valueAt("BTCUSDT oi_usd", t), 1e-3,
                "USD = coin x close of the mark bar ending then");
        assertEquals(BybitMockVenue.openInterest("BTCUSD", k5), valueAt("BTCUSD oi_usd", t), 1e-9, "raw inverse OI in USD");
        assertEquals(BybitMockVenue.openInterest("BTCUSD", k5) / BybitMockVenue.mark(100 * 60), valueAt("BTCUSD oi_coin", t), 1e-9);
        // The launch instant has no mark bar ending at it: raw only.
        assertEquals(fiveMinutePoints, s.get("BTCUSDT oi_usd").points(), "every 5-min point but the launch one, plus the snapshot");

        // Snapshot from the tickers.
        assertEquals(60000.50, valueAt("BTCUSDT mark_price", TICKER_MINUTE));
        assertEquals((60000.50 - 60010.25) / 60010.25, valueAt("BTCUSDT premium", TICKER_MINUTE), 1e-12);
        assertEquals(0.0001, valueAt("BTCUSDT funding_rate_predicted", TICKER_MINUTE));
        assertEquals(8 * 3600, s.get("BTCUSDT funding_rate_predicted").spec().intervalSeconds());
        assertEquals(240113967.0, valueAt("BTCUSD oi_usd", TICKER_MINUTE));
        assertEquals(240113967.0 / 114898.43, valueAt("BTCUSD oi_coin", TICKER_MINUTE), 1e-6);
        assertEquals(50000.123 * 60000.50, valueAt("BTCUSDT oi_usd", TICKER_MINUTE), 1e-3);

        // Account ratio buy/sell, 5-minute series.
        double buy = BybitMockVenue.buyRatio(k5);
        assertEquals(buy / (1 - buy), valueAt("ETHUSDT ls_accounts", t), 1e-3);
        assertEquals(300, s.get("ETHUSDT ls_accounts").spec().intervalSeconds());

        // Premium index: bar closes stamped at the bar end; the open bar (ending after NOW) is not stored.
        SeriesInfo premium = s.get("BTCUSDT premium_index");
        assertEquals(NOW / 60_000 * 60_000, premium.lastTs(), "the last closed 1-minute bar ends at the current minute");
        assertEquals(LAUNCH + 60_000L, premium.firstTs());
        assertEquals(BybitMockVenue.premiumIndex(100 * 60), valueAt("BTCUSDT premium_index", t), 1e-12);
        assertFalse(s.containsKey("BTCUSD premium_index"), "the premium index kline serves linear contracts only");
    }

    @Test
    void repollingNeverDuplicatesAPoint() throws Exception {
        start();
        round();
        Map<String, Long> before = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertTrue(round().isEmpty());
        Map<String, Long> after = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertEquals(before, after);
    }

    @Test
    void fundingBackfillOverManyPagesIsExactlyTheUnionInOrder() throws Exception {
        // 150 days: 451 settlements in three windows of 200 x 8 h.
        long now = LAUNCH + 150 * 24 * HOUR + 5 * 60_000L;
        start(now, HttpClients.create("umbra-test"), f -> f.id().equals("BTCUSDT/funding"));
        FeedRunResult result = collector.runOnce().get(0).feeds().get(0);
        assertTrue(result.failure() == null, () -> String.valueOf(result.failure()));
        assertEquals(3, result.pages());
        SeriesInfo funding = stored().get("BTCUSDT funding_rate");
        var read = series.read(funding.id(), 0, Long.MAX_VALUE);
        assertEquals(451, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(LAUNCH + i * 8 * HOUR, read.timestamps()[i]);
            assertEquals(BybitMockVenue.fundingRate(i), read.values()[i], 1e-15);
        }
        assertTrue(venue.hits("/v5/market/funding/history") >= 3);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("429", new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"), "HTTP 429, retry after 30 s"),
                Arguments.of("418", new MockResponse().setResponseCode(418), "HTTP 418"),
                Arguments.of("403", new MockResponse().setResponseCode(403).setBody("access too frequent"), "HTTP 403 forbidden"),
                Arguments.of("451", new MockResponse().setResponseCode(451), "HTTP 451 unavailable from this location"),
                Arguments.of("5xx", new MockResponse().setResponseCode(502), "HTTP 502"),
                Arguments.of("timeout", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE), "timed out"),
                Arguments.of("missing", BybitMockVenue.json(
                        "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":[{\"symbol\":\"BTCUSDT\",\"indexPrice\":\"1\"}]},\"time\":1760352369814}"),
                        "missing field 'fundingIntervalHour'"),
                Arguments.of("retCode", BybitMockVenue.json("{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{},\"time\":1760352369814}"),
                        "retCode 10006"),
                Arguments.of("empty", BybitMockVenue.json(""), "empty response body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultIsReportedWithSourceNothingWrittenAndNextRoundSucceeds(String name, MockResponse fault, String expected) throws Exception {
        OkHttpClient http = HttpClients.create("umbra-test").newBuilder().readTimeout(Duration.ofSeconds(3)).build();
        start(NOW, http, f -> f.id().endsWith("/snapshot"));
        venue.queueFault("/v5/market/tickers", "BTCUSDT", fault);

        List<FeedRunResult> failures = round();
        assertEquals(1, failures.size(), failures::toString);
        SourceException e = failures.get(0).failure();
        assertEquals("BTCUSDT/snapshot", failures.get(0).feedId());
        assertTrue(e.getMessage().startsWith("bybit: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(stored().containsKey("BTCUSDT mark_price"), "nothing from the failed poll");
        assertFalse(stored().containsKey("BTCUSDT oi_coin"));
        assertTrue(stored().containsKey("ETHUSDT mark_price"), "the other instruments went on");

        assertTrue(round().isEmpty());
        assertEquals(1, stored().get("BTCUSDT mark_price").points());
        assertEquals(0, states.load(BybitSource.ID, "BTCUSDT/snapshot").consecutiveFailures());
    }

    @Test
    void fundingDenserThanTheCurrentIntervalIsPagedBackwardsWithinAWindow() throws Exception {
        // History settled every 4 h while instruments-info now says 8 h: a 200 x 8 h window holds 400 rows,
        // so each full answer is followed by one ending just before its oldest row.
        long now = LAUNCH + 150 * 24 * HOUR + 5 * 60_000L;
        start(now, HttpClients.create("umbra-test"), f -> f.id().equals("BTCUSDT/funding"));
        venue.fundingStep = 4 * HOUR;
        FeedRunResult result = collector.runOnce().get(0).feeds().get(0);
        assertTrue(result.failure() == null, () -> String.valueOf(result.failure()));
        var read = series.read(stored().get("BTCUSDT funding_rate").id(), 0, Long.MAX_VALUE);
        assertEquals(901, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(LAUNCH + i * 4 * HOUR, read.timestamps()[i]);
            assertEquals(BybitMockVenue.fundingRate(i), read.values()[i], 1e-15);
        }
        assertEquals(5, venue.hits("/v5/market/funding/history"), "windows of 400, 400, 101 rows: 2 + 2 + 1 requests");
        assertEquals(4 * 3600, stored().get("BTCUSDT funding_rate").spec().intervalSeconds(),
                "labelled by the spacing of its settlements, not by today's 8 h");
    }

    @Test
    void aChangeAfterInstrumentsInfoWasReadIsSeenAtTheFirstNewSettlement() throws Exception {
        // Run 1 at 83 h: settlements every 4 h from launch (k = 0..20, the last at 80 h); instruments-info says 240 min.
        long now = LAUNCH + 83 * HOUR;
        start(now, HttpClients.create("umbra-test"), f -> f.id().equals("BTCUSDT/funding"));
        venue.fundingStep = 4 * HOUR;
        venue.changeFundingInterval(Long.MAX_VALUE - 1, 4 * HOUR);
        assertTrue(round().isEmpty());
        // Run 2 at 88 h + 5 min, 5 h 05 later (inside the 6 h instruments-info is trusted): Bybit moved to 8 h after 80 h and
        // settled at 88 h. The cached copy predates that settlement, so it is read again and says 480 min.
        venue.changeFundingInterval(LAUNCH + 80 * HOUR, 8 * HOUR);
        now = LAUNCH + 88 * HOUR + 5 * 60_000L;
        venue.setNow(now);
        clock.set(now);
        assertTrue(round().isEmpty());

        List<SeriesInfo> parts = series.describeAll(BybitSource.ID, "BTCUSDT", Metric.FUNDING_RATE);
        assertEquals(List.of(4 * 3600L, 8 * 3600L), parts.stream().map(p -> p.spec().intervalSeconds()).toList());
        assertEquals(21, series.read(parts.get(0).id(), 0, Long.MAX_VALUE).size(), "k = 0..20 at 4 h");
        assertArrayEquals(new long[] {LAUNCH + 88 * HOUR}, series.read(parts.get(1).id(), 0, Long.MAX_VALUE).timestamps());
        assertEquals(2, venue.hits("/v5/market/instruments-info"), "read in run 1, read again in run 2");
    }

    @Test
    void historyThatWent8To4HourlyIsStoredAsTwoSeriesEachRowInItsOwn() throws Exception {
        // Settlements k = 0..199 every 8 h from launch (the last at 1592 h), then every 4 h (1596 h .. 1992 h, 100 rows);
        // instruments-info now says 240 min, so windows are 200 x 4 h = 800 h: [0, 800 h) holds k = 0..99,
        // [800 h, 1600 h) holds k = 100..199 and ends on the first 4 h row (1596 h), which only the next settlement
        // (1600 h, one lookahead request) can tell from a missed one; [1600 h, now] holds the other 99 rows.
        long now = LAUNCH + 1992 * HOUR + 5 * 60_000L;
        start(now, HttpClients.create("umbra-test"), f -> f.id().equals("BTCUSDT/funding"));
        venue.changeFundingInterval(LAUNCH + 1592 * HOUR, 4 * HOUR);
        FeedRunResult result = collector.runOnce().get(0).feeds().get(0);
        assertTrue(result.failure() == null, () -> String.valueOf(result.failure()));
        assertEquals(4, venue.hits("/v5/market/funding/history"), "three windows of one page each, one lookahead");

        List<SeriesInfo> parts = series.describeAll(BybitSource.ID, "BTCUSDT", Metric.FUNDING_RATE);
        assertEquals(2, parts.size());
        assertEquals(8 * 3600, parts.get(0).spec().intervalSeconds());
        var eight = series.read(parts.get(0).id(), 0, Long.MAX_VALUE);
        assertEquals(200, eight.size());
        for (int k = 0; k < 200; k++) {
            assertEquals(LAUNCH + k * 8 * HOUR, eight.timestamps()[k]);
            assertEquals(BybitMockVenue.fundingRate(k), eight.values()[k], 1e-15);
        }
        assertEquals(4 * 3600, parts.get(1).spec().intervalSeconds());
        var four = series.read(parts.get(1).id(), 0, Long.MAX_VALUE);
        assertEquals(100, four.size());
        for (int j = 1; j <= 100; j++) {
            assertEquals(LAUNCH + 1592 * HOUR + j * 4 * HOUR, four.timestamps()[j - 1]);
            assertEquals(BybitMockVenue.fundingRate(199 + j), four.values()[j - 1], 1e-15);
        }
    }

    @Test
    void failedPageOfABackfillKeepsEarlierPagesAndResumes() throws Exception {
        long now = LAUNCH + 150 * 24 * HOUR + 5 * 60_000L;
        start(now, HttpClients.create("umbra-test"), f -> f.id().equals("BTCUSDT/funding"));
        // The first window passes; the second request (second window) is refused.
        venue.queueFaultAfter("/v5/market/funding/history", "BTCUSDT", 1, BybitMockVenue.json(
                "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":[{\"symbol\":\"BTCUSDT\",\"fundingRateTimestamp\":\"1585526400000\"}]},\"time\":1}"));
        FeedRunResult r = round().get(0);
        assertTrue(r.failure().getMessage().startsWith("bybit: malformed response"), r.failure().getMessage());
        assertTrue(r.failure().getMessage().contains("fundingRate"), r.failure().getMessage());
        assertEquals(1, r.pages(), "the first window was stored whole");
        assertEquals(200, stored().get("BTCUSDT funding_rate").points(), "the first window only, nothing of the refused one");
        assertTrue(round().isEmpty());
        var read = series.read(stored().get("BTCUSDT funding_rate").id(), 0, Long.MAX_VALUE);
        assertEquals(451, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(LAUNCH + i * 8 * HOUR, read.timestamps()[i]);
        }
    }
}
