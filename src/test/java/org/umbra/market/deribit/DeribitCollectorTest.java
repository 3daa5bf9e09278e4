package org.umbra.market.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.TestStore;
import org.umbra.testing.FaultThenRecovery;

/** Poll → parse → normalise → one transaction → rows, against recorded Deribit responses on MockWebServer. */
class DeribitCollectorTest {
    /** 2019-10-01T05:30Z: after the four recorded funding rows (01:00–04:00). */
    private static final long NOW = Instant.parse("2019-10-01T05:30:00Z").toEpochMilli();
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    private static final String BOOK = "get_book_summary_by_currency";
    private static final String HISTORY = "get_funding_rate_history";

    @TempDir
    Path dir;
    private DeribitMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new DeribitMockVenue();
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        OkHttpClient shortTimeouts = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(10))
                .retryOnConnectionFailure(false).build();
        VenueHttp http = new VenueHttp(DeribitSource.ID, shortTimeouts, HttpUrl.get(venue.baseUrl()), CLOCK);
        DeribitClient client = new DeribitClient(http, RateLimiter.unlimited("deribit"));
        DeribitSource source = new DeribitSource(client, Duration.ofMinutes(1), List.of("BTC-PERPETUAL", "ETH-PERPETUAL"));
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

    private SeriesData all(String key) {
        return store.all(key);
    }

    private List<FeedRunResult> round() {
        return collector.runOnce().get(0).failures();
    }

    @Test
    void firstRoundStoresSnapshotsInUsdContractsAndCoinAndTheWholeHourlyFundingHistory() {
        List<FeedRunResult> failures = round();
        assertTrue(failures.isEmpty(), failures::toString);
        Map<String, SeriesInfo> s = stored();

        // Snapshot: OI as reported (USD), in contracts of 10 USD, and in BTC at the mark.
        long minute = 1550230036440L / 60_000 * 60_000;
        assertEquals(183180.0, all("BTC-PERPETUAL oi_usd").values()[0], 0);
        assertEquals(minute, all("BTC-PERPETUAL oi_usd").timestamps()[0]);
        assertEquals(18318.0, all("BTC-PERPETUAL oi_contracts").values()[0], 1e-9);
        assertEquals(183180.0 / 3579.73, all("BTC-PERPETUAL oi_coin").values()[0], 1e-9);
        assertEquals(0.0, all("BTC-PERPETUAL premium").values()[0], 0, "mark equals index in the documented example");
        assertEquals(3579.73, all("BTC-PERPETUAL index_price").values()[0], 0);
        assertEquals(300, s.get("BTC-PERPETUAL oi_usd").spec().intervalSeconds(), "5-minute snapshots");
        SeriesInfo predicted = s.get("BTC-PERPETUAL funding_rate_predicted");
        assertEquals(8 * 3600, predicted.spec().intervalSeconds(), "funding_8h is per 8 h");
        assertEquals(0.0002574, all("BTC-PERPETUAL funding_rate_predicted").values()[0], 0);
        // ETH-PERPETUAL: 1 USD contracts.
        assertEquals(2505417.0, all("ETH-PERPETUAL oi_contracts").values()[0], 1e-9);
        assertEquals(2505417.0 / 125.48, all("ETH-PERPETUAL oi_coin").values()[0], 1e-9);
        assertEquals((125.48 - 125.41) / 125.41, all("ETH-PERPETUAL premium").values()[0], 1e-12);

        // Funding: every hourly row exactly once, in order, per 1 h.
        SeriesInfo funding = s.get("BTC-PERPETUAL funding_rate");
        assertEquals(3600, funding.spec().intervalSeconds());
        assertEquals(DeribitMockVenue.rowsUpTo(NOW), funding.points());
        assertFullHourlyRun(all("BTC-PERPETUAL funding_rate"));
        SeriesData f = all("BTC-PERPETUAL funding_rate");
        assertEquals(DeribitMockVenue.RECORDED_TO, f.timestamps()[f.size() - 1]);
        assertEquals(8.312033064379086e-7, f.values()[f.size() - 1], 1e-20, "interest_1h, not interest_8h");
        assertEquals(DeribitMockVenue.rowsUpTo(NOW), s.get("ETH-PERPETUAL funding_rate").points());
        assertTrue(venue.hits(HISTORY) > 20, "paged in 30-day windows since 2018: " + venue.hits(HISTORY));
        assertEquals(2, venue.hits("get_instrument"), "contract specs read once per instrument and kept");
    }

    private static void assertFullHourlyRun(SeriesData d) {
        assertEquals(DeribitMockVenue.SYNTHETIC_FROM, d.timestamps()[0]);
        for (int i = 1; i < d.size(); i++) {
            assertEquals(DeribitMockVenue.HOUR, d.timestamps()[i] - d.timestamps()[i - 1], "row " + i);
        }
    }

    @Test
    void repollingNeverDuplicatesAPoint() {
        round();
        int requests = venue.hits(HISTORY);
        Map<String, Long> before = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertTrue(round().isEmpty());
        Map<String, Long> after = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertEquals(before, after);
        assertEquals(requests + 2, venue.hits(HISTORY), "an up-to-date feed asks one window from its cursor");
    }

    @Test
    void failureMidBackfillKeepsWholePagesAndTheNextRoundCompletesTheUnion() {
        // Page 13 of the BTC backfill fails (11 empty windows since 2018-08-13, then the first rows of 2019-08);
        // the pages before it are stored whole, with their cursor.
        for (int i = 0; i < 12; i++) {
            venue.queueFault(HISTORY, DeribitMockVenue.PASS);
        }
        venue.queueFault(HISTORY, new MockResponse().setResponseCode(503).setBody("busy"));
        List<FeedRunResult> failures = round();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("BTC-PERPETUAL/funding", failures.get(0).feedId());
        assertTrue(failures.get(0).pages() > 0);
        long partial = stored().get("BTC-PERPETUAL funding_rate").points();
        assertTrue(partial > 0 && partial < DeribitMockVenue.rowsUpTo(NOW), "partial " + partial);
        assertTrue(round().isEmpty());
        assertEquals(DeribitMockVenue.rowsUpTo(NOW), stored().get("BTC-PERPETUAL funding_rate").points());
        assertFullHourlyRun(all("BTC-PERPETUAL funding_rate"));
    }

    private void assertFaultThenRecovery(String method, MockResponse fault, String feed, String metric, SourceException.Kind kind,
            String text) {
        venue.queueFault(method, fault);
        SourceException e = FaultThenRecovery.failingRound(collector, store, DeribitSource.ID, feed, kind, "BTC-PERPETUAL " + metric);
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(states.load(DeribitSource.ID, feed).lastError().contains(text));
        FaultThenRecovery.recoveringRound(collector, store, DeribitSource.ID, feed, "BTC-PERPETUAL " + metric);
    }


    @Test
    void rateLimitInsideA200Envelope() {
        assertFaultThenRecovery(BOOK, DeribitMockVenue.json("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"too_many_requests\",\"code\":10028}}"),
                "BTC-PERPETUAL/snapshot", "oi_usd", SourceException.Kind.RATE_LIMITED, "venue error 10028: too_many_requests");
    }

    @Test
    void ipBan418() {
        assertFaultThenRecovery(BOOK, new MockResponse().setResponseCode(418), "BTC-PERPETUAL/snapshot", "oi_usd",
                SourceException.Kind.RATE_LIMITED, "HTTP 418");
    }


    @Test
    void serverError5xx() {
        assertFaultThenRecovery(BOOK, new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"),
                "BTC-PERPETUAL/snapshot", "oi_usd", SourceException.Kind.HTTP_STATUS, "HTTP 502");
    }

    @Test
    void venueErrorWithStatus400() {
        assertFaultThenRecovery(HISTORY, new MockResponse().setResponseCode(400)
                .setBody("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"Invalid params\",\"code\":-32602}}"),
                "BTC-PERPETUAL/funding", "funding_rate", SourceException.Kind.HTTP_STATUS, "HTTP 400");
    }

    @Test
    void timeout() {
        assertFaultThenRecovery(BOOK, new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                "BTC-PERPETUAL/snapshot", "oi_usd", SourceException.Kind.NETWORK, "timed out");
    }


    @Test
    void missingFieldIsNamed() {
        assertFaultThenRecovery(BOOK, DeribitMockVenue.json("{\"jsonrpc\":\"2.0\",\"result\":[{\"instrument_name\":\"BTC-PERPETUAL\","
                + "\"open_interest\":183180,\"estimated_delivery_price\":3579.73,\"funding_8h\":0.0002574,\"creation_timestamp\":1550230036440}]}"),
                "BTC-PERPETUAL/snapshot", "oi_usd", SourceException.Kind.MALFORMED, "mark_price");
    }

    @Test
    void emptyBookSummaryIsAnError() {
        assertFaultThenRecovery(BOOK, DeribitMockVenue.json("{\"jsonrpc\":\"2.0\",\"result\":[]}"),
                "BTC-PERPETUAL/snapshot", "oi_usd", SourceException.Kind.MALFORMED, "no row for BTC-PERPETUAL");
    }

    @Test
    void instrumentThatIsNotInverseIsRefusedBeforeAnyOiIsStored() {
        String linear = org.umbra.testing.Fixtures.read(DeribitCollectorTest.class, "get_instrument_BTC-PERPETUAL_nautilus.json")
                .replace("\"instrument_type\": \"reversed\"", "\"instrument_type\": \"linear\"");
        assertFaultThenRecovery("get_instrument", DeribitMockVenue.json(linear), "BTC-PERPETUAL/snapshot", "oi_usd",
                SourceException.Kind.MALFORMED, "not an inverse USD perpetual");
    }

    @Test
    void emptyFundingPageWhenUpToDateIsNoError() {
        assertTrue(round().isEmpty());
        long before = stored().get("BTC-PERPETUAL funding_rate").points();
        venue.queueFault(HISTORY, DeribitMockVenue.json("{\"jsonrpc\":\"2.0\",\"result\":[]}"));
        assertTrue(round().isEmpty());
        assertEquals(before, stored().get("BTC-PERPETUAL funding_rate").points());
        assertEquals(DeribitMockVenue.RECORDED_TO, states.load(DeribitSource.ID, "BTC-PERPETUAL/funding").cursor().position());
    }
}
