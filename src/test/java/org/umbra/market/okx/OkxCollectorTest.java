package org.umbra.market.okx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.umbra.collect.SourceRoundReport;
import org.umbra.market.Metric;
import org.umbra.market.Unit;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.Fixtures;
import org.umbra.testing.FaultThenRecovery;
import org.umbra.testing.TestStore;
import org.umbra.testing.MovableClock;

/** Poll → parse → normalise → one transaction per page → rows, against recorded OKX responses on MockWebServer. */
class OkxCollectorTest {
    /** 2026-08-11 01:52 UTC: after every recorded timestamp, within a day of the captured liquidations. */
    static final long NOW = 1_786_413_120_000L;
    static final long MINUTE = 60_000L;
    static final String HISTORY = "/api/v5/public/funding-rate-history";
    static final String LIQUIDATIONS = "/api/v5/public/liquidation-orders";
    static final String OPEN_INTEREST = "/api/v5/public/open-interest";

    @TempDir
    Path dir;
    private OkxMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;
    private final MovableClock clock = new MovableClock(NOW);

    @BeforeEach
    void setUp() throws Exception {
        venue = new OkxMockVenue();
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        // Short timeouts so the "no response" fault fails fast.
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
        VenueHttp venueHttp = new VenueHttp(OkxSource.ID, http, HttpUrl.get(venue.baseUrl()), clock);
        OkxSource source = new OkxSource(new OkxClient(venueHttp, OkxClient.Budgets.unlimited()), Duration.ofMinutes(1),
                List.of("BTC-USDT-SWAP", "ETH-USDT-SWAP"));
        collector = store.collector(List.of(source), clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        venue.close();
    }

    private Map<String, SeriesInfo> stored() {
        return store.stored();
    }

    private SeriesData data(String key) {
        SeriesInfo info = stored().get(key);
        assertTrue(info != null, "no series " + key + " in " + stored().keySet());
        return series.read(info.id(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private double valueAt(String key, long ts) {
        SeriesData d = data(key);
        for (int i = 0; i < d.size(); i++) {
            if (d.timestamps()[i] == ts) {
                return d.values()[i];
            }
        }
        throw new AssertionError(key + " has no point at " + ts);
    }

    private static void assertNoFailures(List<SourceRoundReport> reports) {
        assertTrue(reports.get(0).failures().isEmpty(), () -> reports.get(0).failures().toString());
    }

    @Test
    void firstRoundStoresRawContractsCoinUsdFundingWithItsIntervalAndLiquidationsInUsd() {
        assertNoFailures(collector.runOnce());
        Map<String, SeriesInfo> s = stored();

        long oiMinute = 1786413061228L / MINUTE * MINUTE;
        assertEquals(3246494.10000001441, valueAt("BTC-USDT-SWAP oi_contracts", oiMinute), 1e-6);
        assertEquals(Unit.CONTRACTS, s.get("BTC-USDT-SWAP oi_contracts").spec().unit());
        assertEquals(32464.9410000001441, valueAt("BTC-USDT-SWAP oi_coin", oiMinute), 1e-9);
        assertEquals(2078892496.9350092274435, valueAt("BTC-USDT-SWAP oi_usd", oiMinute), 1e-3);
        assertEquals(150000.0, valueAt("ETH-USDT-SWAP oi_coin", oiMinute), 1e-9, "1,500,000 ETH contracts × 0.1");

        long markMinute = 1744590349506L / MINUTE * MINUTE;
        assertEquals(84660.1, valueAt("BTC-USDT-SWAP mark_price", markMinute), 1e-9);
        assertEquals(103895.0, valueAt("BTC-USDT-SWAP index_price", 1746942707815L / MINUTE * MINUTE), 1e-9);
        assertEquals((84660.1 - 103895) / 103895, valueAt("BTC-USDT-SWAP premium", markMinute), 1e-12);
        assertFalse(s.containsKey("BTC-USDT-SWAP premium_index"), "the captured funding-rate has no premium field");
        assertEquals(0.00012, valueAt("ETH-USDT-SWAP premium_index", 1786413060000L), 1e-15);

        // Predicted funding: 0.0001 per 8 h (nextFundingTime − fundingTime); ETH's derived answer announces 4 h.
        assertEquals(0.0001, valueAt("BTC-USDT-SWAP funding_rate_predicted", markMinute), 1e-15);
        assertEquals(8 * 3600, s.get("BTC-USDT-SWAP funding_rate_predicted").spec().intervalSeconds());
        assertEquals(4 * 3600, s.get("ETH-USDT-SWAP funding_rate_predicted").spec().intervalSeconds());

        // Settled funding: realizedRate, not the predicted fundingRate, with the venue's interval.
        SeriesData funding = data("BTC-USDT-SWAP funding_rate");
        assertArrayEquals(new long[] {1704038400000L, 1704067200000L}, funding.timestamps());
        assertArrayEquals(new double[] {-0.00002, 0.00015}, funding.values(), 1e-15);
        assertEquals(8 * 3600, s.get("BTC-USDT-SWAP funding_rate").spec().intervalSeconds());
        assertEquals(4 * 3600, s.get("ETH-USDT-SWAP funding_rate").spec().intervalSeconds());

        // Liquidations: sz contracts × 0.01 BTC × bankruptcy price, summed in the minute, stamped at its end.
        long longEnd = 1786408771714L / MINUTE * MINUTE + MINUTE;
        long shortEnd = 1786394631624L / MINUTE * MINUTE + MINUTE;
        assertEquals(3.62 * 0.01 * 63955.7, valueAt("BTC-USDT-SWAP liq_long_usd", longEnd), 1e-6);
        assertEquals(0.0, valueAt("BTC-USDT-SWAP liq_short_usd", longEnd), 0.0);
        assertEquals(5.3 * 0.01 * 64168.9, valueAt("BTC-USDT-SWAP liq_short_usd", shortEnd), 1e-6);
        assertEquals(0.0, valueAt("BTC-USDT-SWAP liq_long_usd", shortEnd), 0.0);
        // Every minute from the oldest liquidation the venue kept up to two minutes ago, zeros included.
        long horizon = (NOW - 2 * MINUTE) / MINUTE * MINUTE;
        SeriesData longs = data("BTC-USDT-SWAP liq_long_usd");
        assertEquals((horizon - shortEnd) / MINUTE + 1, longs.size());
        assertEquals(horizon, longs.timestamps()[longs.size() - 1]);
        assertEquals(60, s.get("BTC-USDT-SWAP liq_long_usd").spec().intervalSeconds());
        // ETH: 10 contracts × 0.1 ETH × 3,000 = 3,000 USD (a 10x bug would say 30,000).
        assertEquals(3000.0, valueAt("ETH-USDT-SWAP liq_long_usd", 1786408771000L / MINUTE * MINUTE + MINUTE), 1e-9);

        // Rubik, all contracts of the coin: OI in USD and the long/short account ratio, hourly series.
        assertEquals(1713028741.6898, valueAt("BTC-CONTRACTS oi_usd", 1630502400000L), 1e-4);
        assertEquals(3600, s.get("BTC-CONTRACTS oi_usd").spec().intervalSeconds());
        assertEquals(1.6634118967452301, valueAt("BTC-CONTRACTS ls_accounts", 1786412700000L), 1e-15);
        assertTrue(s.containsKey("ETH-CONTRACTS ls_accounts"));

        // Requests carry the documented parameters.
        HttpUrl liq = venue.requests(LIQUIDATIONS).get(0);
        assertEquals("SWAP", liq.queryParameter("instType"));
        assertEquals("BTC-USDT", liq.queryParameter("uly"));
        assertEquals("filled", liq.queryParameter("state"));
        assertEquals("1H", venue.requests("/api/v5/rubik/stat/contracts/long-short-account-ratio").get(0).queryParameter("period"));
        assertEquals(1, venue.hits("/api/v5/public/instruments"), "contract specs are cached");
    }

    @Test
    void repollingNeverDuplicatesAPoint() {
        assertNoFailures(collector.runOnce());
        Map<String, Long> before = counts();
        assertNoFailures(collector.runOnce());
        assertNoFailures(collector.runOnce());
        assertEquals(before, counts());
    }

    private Map<String, Long> counts() {
        return stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
    }

    /** A funding-rate-history page in the recorded layout: {@code n} rows 8 h apart, newest first, from {@code newest}. */
    static String fundingPage(long newest, int n) {
        StringBuilder b = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        for (int i = 0; i < n; i++) {
            long t = newest - i * 8 * 3_600_000L;
            b.append(i == 0 ? "" : ",").append("{\"instType\":\"SWAP\",\"instId\":\"BTC-USDT-SWAP\",\"fundingRate\":\"0.0001\",")
                    .append("\"realizedRate\":\"").append(rate(t)).append("\",\"fundingTime\":\"").append(t).append("\"}");
        }
        return b.append("]}").toString();
    }

    static String rate(long t) {
        return "0.0000" + (t / 3_600_000L % 97 + 1);
    }

    @Test
    void fundingBackfillOfThreePagesIsTheirUnionInOrderThenOnlyNewRows() {
        long newest = 1786406400000L;
        long eightHours = 8 * 3_600_000L;
        venue.queue(HISTORY, OkxMockVenue.json(fundingPage(newest, 400)));
        venue.queue(HISTORY, OkxMockVenue.json(fundingPage(newest - 400 * eightHours, 400)));
        venue.queue(HISTORY, OkxMockVenue.json(fundingPage(newest - 800 * eightHours, 5)));
        assertNoFailures(collector.runOnce());

        List<HttpUrl> calls = venue.requests(HISTORY);
        assertEquals(null, calls.get(0).queryParameter("after"));
        assertEquals("400", calls.get(0).queryParameter("limit"));
        assertEquals(Long.toString(newest - 399 * eightHours), calls.get(1).queryParameter("after"), "after = oldest of the page");
        assertEquals(Long.toString(newest - 799 * eightHours), calls.get(2).queryParameter("after"));
        SeriesData funding = data("BTC-USDT-SWAP funding_rate");
        assertEquals(805, funding.size());
        for (int i = 0; i < 805; i++) {
            long t = newest - (804 - i) * eightHours;
            assertEquals(t, funding.timestamps()[i]);
            assertEquals(Double.parseDouble(rate(t)), funding.values()[i], 1e-15);
        }

        // Next settlement: one page, newest first, overlapping what is stored: only the new row is added, one request.
        int before = venue.hits(HISTORY);
        venue.queue(HISTORY, OkxMockVenue.json(fundingPage(newest + eightHours, 400)));
        assertNoFailures(collector.runOnce());
        assertEquals(806, data("BTC-USDT-SWAP funding_rate").size());
        assertEquals(before + 2, venue.hits(HISTORY), "one request for BTC, one for ETH");
    }

    @Test
    void aVenueThatIgnoresTheCursorIsRefusedNotHalfStored() {
        // Stopping quietly at the repeat would store the newest 400 rows and put the cursor past the older ones for good.
        String full = fundingPage(1786406400000L, 400);
        venue.queue(HISTORY, OkxMockVenue.json(full));
        venue.queue(HISTORY, OkxMockVenue.json(full));
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("BTC-USDT-SWAP/funding", failures.get(0).feedId());
        assertTrue(failures.get(0).failure().getMessage().startsWith("okx: funding-rate-history for BTC-USDT-SWAP: a repeated page"),
                failures.get(0).failure().getMessage());
        assertFalse(store.stored().containsKey("BTC-USDT-SWAP funding_rate"), "nothing of the refused fetch is stored");
        assertEquals(3, venue.hits(HISTORY), "BTC: the page and its repeat; ETH: one page");
    }

    /** A liquidation-orders body in the documented layout. Each detail: {ts, side, sz, bkPx}. */
    static String liquidationPage(List<Object[]> details) {
        StringBuilder b = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"details\":[");
        for (int i = 0; i < details.size(); i++) {
            Object[] d = details.get(i);
            String side = (String) d[1];
            b.append(i == 0 ? "" : ",").append("{\"bkLoss\":\"0\",\"bkPx\":\"").append(d[3]).append("\",\"ccy\":\"\",\"posSide\":\"")
                    .append(side.equals("sell") ? "long" : "short").append("\",\"side\":\"").append(side).append("\",\"sz\":\"")
                    .append(d[2]).append("\",\"ts\":\"").append(d[0]).append("\"}");
        }
        return b.append("],\"instFamily\":\"BTC-USDT\",\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\",\"uly\":\"BTC-USDT\"}]}").toString();
    }

    @Test
    void liquidationsArePagedBackToTheCursorAndSummedPerMinute() {
        assertNoFailures(collector.runOnce());
        long cursor = (NOW - 2 * MINUTE) / MINUTE * MINUTE;
        clock.set(NOW + 10 * MINUTE);
        long horizon = (clock.millis() - 2 * MINUTE) / MINUTE * MINUTE;

        // Page 1: 100 liquidations in the minute after the cursor, longs of 1 contract at 60,000 (= 600 USD each).
        List<Object[]> page1 = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            page1.add(new Object[] {cursor + MINUTE + 59_000 - i * 100, "sell", "1", "60000"});
        }
        // Page 2: a short of 250 contracts at 61,000 three minutes after the cursor? No: older rows only, newest first.
        List<Object[]> page2 = List.of(
                new Object[] {cursor + 5_000, "buy", "250", "61000"},
                new Object[] {cursor + 1_000, "sell", "0.5", "60000"},
                new Object[] {cursor - 30_000, "sell", "9999", "60000"});
        venue.queue(LIQUIDATIONS, OkxMockVenue.json(liquidationPage(page1)));
        venue.queue(LIQUIDATIONS, OkxMockVenue.json(liquidationPage(page2)));
        assertNoFailures(collector.runOnce());

        List<HttpUrl> calls = venue.requests(LIQUIDATIONS);
        HttpUrl second = calls.get(calls.size() - 2); // the last call is ETH's
        assertEquals(Long.toString(cursor + MINUTE + 59_000 - 99 * 100), second.queryParameter("after"));

        // Minute (cursor, cursor+1m]: 0.5 contract long = 300 USD; 250 short contracts × 0.01 × 61,000 = 152,500 USD.
        assertEquals(300.0, valueAt("BTC-USDT-SWAP liq_long_usd", cursor + MINUTE), 1e-9);
        assertEquals(152500.0, valueAt("BTC-USDT-SWAP liq_short_usd", cursor + MINUTE), 1e-9);
        // Next minute: 100 longs × 1 contract × 0.01 × 60,000 = 60,000 USD (a 100x bug would say 6,000,000).
        assertEquals(60000.0, valueAt("BTC-USDT-SWAP liq_long_usd", cursor + 2 * MINUTE), 1e-6);
        // The row older than the cursor was counted in the first round's span, not again.
        assertEquals(0.0, valueAt("BTC-USDT-SWAP liq_long_usd", cursor), 0.0);
        // Zeros up to the new horizon, and nothing beyond it.
        assertEquals(0.0, valueAt("BTC-USDT-SWAP liq_long_usd", horizon), 0.0);
        SeriesData longs = data("BTC-USDT-SWAP liq_long_usd");
        assertEquals(horizon, longs.timestamps()[longs.size() - 1]);
        assertEquals(horizon, states.load(OkxSource.ID, "BTC-USDT-SWAP/liquidations").cursor().position());
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("429", new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
                        .setBody("{\"code\":\"50011\",\"msg\":\"Too Many Requests\"}"), SourceException.Kind.RATE_LIMITED,
                        "okx: HTTP 429, retry after 7 s: Too Many Requests"),
                Arguments.of("418", new MockResponse().setResponseCode(418), SourceException.Kind.RATE_LIMITED, "okx: HTTP 418"),
                Arguments.of("451", new MockResponse().setResponseCode(451).setBody("{\"code\":\"51155\",\"msg\":\"restricted region\"}"),
                        SourceException.Kind.REFUSED, "okx: HTTP 451 unavailable from this location"),
                Arguments.of("503", new MockResponse().setResponseCode(503), SourceException.Kind.HTTP_STATUS, "okx: HTTP 503"),
                Arguments.of("timeout", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE), SourceException.Kind.NETWORK,
                        "okx: timed out"),
                Arguments.of("missing field", OkxMockVenue.json(Fixtures.read(OkxCollectorTest.class,
                        "okx_open_interest_BTC-USDT-SWAP_captured.json").replace("\"oiUsd\": \"2078892496.9350092274435\",", "")),
                        SourceException.Kind.MALFORMED, "'oiUsd'"),
                Arguments.of("empty page", OkxMockVenue.json("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"), SourceException.Kind.MALFORMED,
                        "expected one row"),
                Arguments.of("venue error", OkxMockVenue.json("{\"code\":\"50026\",\"msg\":\"System error\",\"data\":[]}"),
                        SourceException.Kind.MALFORMED, "venue error code 50026: System error"));
    }

    /** The snapshot's last request fails: mark, index and funding it already had must not be stored either. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedSnapshotStoresNothingNamesTheSourceAndTheNextRoundSucceeds(String name, MockResponse fault,
            SourceException.Kind kind, String expected) {
        venue.queue(OPEN_INTEREST, fault);
        List<String> metrics = List.of("mark_price", "index_price", "premium", "funding_rate_predicted", "oi_contracts", "oi_coin");
        SourceException e = FaultThenRecovery.failingRound(collector, store, OkxSource.ID, "BTC-USDT-SWAP/snapshot", kind,
                metrics.stream().map(m -> "BTC-USDT-SWAP " + m).toArray(String[]::new));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("/api/v5/public/open-interest"), e.getMessage());
        Map<String, SeriesInfo> s = stored();
        for (String metric : metrics) {
            assertTrue(s.containsKey("ETH-USDT-SWAP " + metric), "the other swap is unaffected: " + metric);
        }
        assertTrue(s.containsKey("BTC-USDT-SWAP funding_rate"), "other feeds of the source still ran");
        assertFalse(states.load(OkxSource.ID, "BTC-USDT-SWAP/snapshot").lastError().isEmpty());

        FaultThenRecovery.recoveringRound(collector, store, OkxSource.ID, "BTC-USDT-SWAP/snapshot", "BTC-USDT-SWAP mark_price");
        assertEquals(84660.1, valueAt("BTC-USDT-SWAP mark_price", 1744590349506L / MINUTE * MINUTE), 1e-9);
    }

    @Test
    void aFailedSecondFundingPageStoresNothingOfTheFirst() {
        long newest = 1786406400000L;
        venue.queue(HISTORY, OkxMockVenue.json(fundingPage(newest, 400)));
        venue.queue(HISTORY, new MockResponse().setResponseCode(500));
        SourceException e = collector.runOnce().get(0).failures().get(0).failure();
        assertTrue(e.getMessage().startsWith("okx: HTTP 500"), e.getMessage());
        assertFalse(stored().containsKey("BTC-USDT-SWAP funding_rate"), "all pages of a run or none");
        assertNoFailures(collector.runOnce());
        assertEquals(2, data("BTC-USDT-SWAP funding_rate").size());
    }
}
