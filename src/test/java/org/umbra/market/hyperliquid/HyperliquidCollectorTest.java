package org.umbra.market.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
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

/** Poll → parse → normalise → one transaction → rows, against recorded Hyperliquid answers on MockWebServer. */
class HyperliquidCollectorTest {
    /** 2026-02-01T03:30Z: after the last recorded funding row (03:20). */
    private static final long NOW = Instant.parse("2026-02-01T03:30:00Z").toEpochMilli();
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    private static final String CTXS = "metaAndAssetCtxs";
    private static final String HISTORY = "fundingHistory";
    private static final String PREDICTED = "predictedFundings";

    @TempDir
    Path dir;
    private HyperliquidMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        venue = new HyperliquidMockVenue();
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        OkHttpClient shortTimeouts = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(10))
                .retryOnConnectionFailure(false).build();
        VenueHttp http = new VenueHttp(HyperliquidSource.ID, shortTimeouts, HttpUrl.get(venue.baseUrl()), CLOCK);
        HyperliquidClient client = new HyperliquidClient(http, RateLimiter.unlimited("hl"));
        HyperliquidSource source = new HyperliquidSource(client, Duration.ofMinutes(1), List.of("BTC", "ETH"));
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

    private double only(String key) {
        SeriesData d = all(key);
        assertEquals(1, d.size(), key);
        return d.values()[0];
    }

    private List<FeedRunResult> round() {
        return collector.runOnce().get(0).failures();
    }

    @Test
    void firstRoundStoresSnapshotsAndThePagedHourlyFunding() {
        List<FeedRunResult> failures = round();
        assertTrue(failures.isEmpty(), failures::toString);
        Map<String, SeriesInfo> s = stored();

        // Snapshot of BTC (real context): OI in coins as served, USD at the mark.
        long minute = NOW / 60_000 * 60_000;
        assertEquals(minute, all("BTC oi_coin").timestamps()[0], "stamped at the minute it was asked");
        assertEquals(27353.17682, only("BTC oi_coin"), 0);
        assertEquals(27353.17682 * 77562.0, only("BTC oi_usd"), 1e-3);
        assertEquals(77562.0, only("BTC mark_price"), 0);
        assertEquals(77605.0, only("BTC index_price"), 0, "oracle price as the index");
        assertEquals((77562.0 - 77605.0) / 77605.0, only("BTC premium"), 1e-12);
        assertEquals(-0.0005927453, only("BTC premium_index"), 0, "Hyperliquid's own impact premium, kept apart");
        assertEquals(-0.0000015186, only("BTC funding_rate_predicted"), 0);
        assertEquals(3600, s.get("BTC funding_rate_predicted").spec().intervalSeconds(), "hourly rate");
        assertEquals(300, s.get("BTC oi_coin").spec().intervalSeconds());
        // ETH has no HlPerp row in predictedFundings: the context's funding is the predicted rate.
        assertEquals(0.0000125, only("ETH funding_rate_predicted"), 0);
        assertEquals(605822.2557999999 * 2123.7, only("ETH oi_usd"), 1e-3);

        // Funding: every hourly row once, in order, in pages of 500 paged by last time + 1.
        SeriesInfo funding = s.get("BTC funding_rate");
        assertEquals(3600, funding.spec().intervalSeconds());
        assertEquals(HyperliquidMockVenue.rowCount(), funding.points());
        SeriesData f = all("BTC funding_rate");
        for (int i = 1; i < f.size(); i++) {
            assertTrue(f.timestamps()[i] > f.timestamps()[i - 1], "ascending, no duplicate at " + i);
        }
        assertEquals(1761955200000L, f.timestamps()[0], "the 76 ms of jitter rounded to the minute");
        assertEquals(HyperliquidMockVenue.RECORDED_TO, f.timestamps()[f.size() - 1]);
        assertEquals(0.0000033, f.values()[f.size() - 1], 0);
        assertEquals(HyperliquidMockVenue.rowCount(), s.get("ETH funding_rate").points());
        int pages = (HyperliquidMockVenue.rowCount() + 499) / 500;
        assertEquals(2 * pages, venue.hits(HISTORY));
        List<JsonObject> btcPages = venue.requests.stream().filter(r -> r.get("type").getAsString().equals(HISTORY)
                && r.get("coin").getAsString().equals("BTC")).toList();
        assertEquals(HyperliquidSource.HISTORY_START, btcPages.get(0).get("startTime").getAsLong());
        assertEquals(HyperliquidMockVenue.SYNTHETIC_FROM + 499 * HyperliquidMockVenue.HOUR + 1, btcPages.get(1).get("startTime").getAsLong(),
                "next startTime = last time + 1");
    }

    @Test
    void hyperliquidsOwnPredictionIsPreferredAndOtherVenuesAreNotStored() {
        venue.queueFault(PREDICTED, HyperliquidMockVenue.json("[[\"BTC\",[[\"BinPerp\",{\"fundingRate\":\"0.0003\",\"nextFundingTime\":1769932800000}],"
                + "[\"HlPerp\",{\"fundingRate\":\"0.00002\",\"nextFundingTime\":1769918400000}]]]]"));
        assertTrue(round().isEmpty());
        assertEquals(0.00002, only("BTC funding_rate_predicted"), 0);
        assertTrue(series.listSeries().stream().allMatch(i -> i.spec().source().equals("hyperliquid")
                && (i.spec().instrument().equals("BTC") || i.spec().instrument().equals("ETH"))));
    }

    @Test
    void repollingNeverDuplicatesAPoint() {
        round();
        int requests = venue.hits(HISTORY);
        Map<String, Long> before = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertTrue(round().isEmpty());
        Map<String, Long> after = stored().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().points()));
        assertEquals(before, after);
        assertEquals(requests + 2, venue.hits(HISTORY), "an up-to-date feed asks once from its cursor");
    }

    @Test
    void failureMidBackfillKeepsWholePagesAndTheNextRoundCompletesTheUnion() {
        venue.queueFault(HISTORY, HyperliquidMockVenue.PASS);
        venue.queueFault(HISTORY, HyperliquidMockVenue.PASS);
        venue.queueFault(HISTORY, new MockResponse().setResponseCode(500).setBody("internal"));
        List<FeedRunResult> failures = round();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("BTC/funding", failures.get(0).feedId());
        assertEquals(1000, stored().get("BTC funding_rate").points(), "two whole pages stay");
        assertTrue(round().isEmpty());
        assertEquals(HyperliquidMockVenue.rowCount(), stored().get("BTC funding_rate").points());
    }

    private void assertFaultThenRecovery(String type, MockResponse fault, String feed, String metric, SourceException.Kind kind, String text) {
        venue.queueFault(type, fault);
        SourceException e = FaultThenRecovery.failingRound(collector, store, HyperliquidSource.ID, feed, kind, "BTC " + metric);
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains("POST /info " + type), e.getMessage());
        assertTrue(states.load(HyperliquidSource.ID, feed).lastError().contains(text));
        FaultThenRecovery.recoveringRound(collector, store, HyperliquidSource.ID, feed, "BTC " + metric);
    }


    @Test
    void ipBan418() {
        assertFaultThenRecovery(CTXS, new MockResponse().setResponseCode(418), "BTC/snapshot", "oi_coin",
                SourceException.Kind.RATE_LIMITED, "HTTP 418");
    }

    @Test
    void restrictedLocation451() {
        assertFaultThenRecovery(CTXS, new MockResponse().setResponseCode(451), "BTC/snapshot", "oi_coin",
                SourceException.Kind.REFUSED, "HTTP 451 unavailable from this location");
    }


    @Test
    void timeout() {
        assertFaultThenRecovery(CTXS, new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE), "BTC/snapshot", "oi_coin",
                SourceException.Kind.NETWORK, "timed out");
    }


    @Test
    void missingFieldIsNamed() {
        String noMark = org.umbra.testing.Fixtures.read(HyperliquidCollectorTest.class, "metaAndAssetCtxs_BTC_ETH_derived.json")
                .replace("\"markPx\": \"77562.0\",", "");
        assertFaultThenRecovery(CTXS, HyperliquidMockVenue.json(noMark), "BTC/snapshot", "oi_coin", SourceException.Kind.MALFORMED, "markPx");
    }

    @Test
    void badPredictedFundingsKeepsTheWholeSnapshotOut() {
        assertFaultThenRecovery(PREDICTED, HyperliquidMockVenue.json("{\"error\":\"bad\"}"), "BTC/snapshot", "oi_coin",
                SourceException.Kind.MALFORMED, "expected an array");
    }

    @Test
    void emptyUniverseIsAnError() {
        assertFaultThenRecovery(CTXS, HyperliquidMockVenue.json("[{\"universe\":[]},[]]"), "BTC/snapshot", "oi_coin",
                SourceException.Kind.MALFORMED, "no asset BTC");
    }

    @Test
    void emptyFundingPageWhenUpToDateIsNoError() {
        assertTrue(round().isEmpty());
        venue.queueFault(HISTORY, HyperliquidMockVenue.json("[]"));
        assertTrue(round().isEmpty());
        assertEquals(HyperliquidMockVenue.rowCount(), stored().get("BTC funding_rate").points());
        assertEquals(HyperliquidMockVenue.RECORDED_TO, states.load(HyperliquidSource.ID, "BTC/funding").cursor().position());
    }

    @Test
    void emptyFirstPageEndsTheRunWithoutMovingTheCursor() {
        venue.queueFault(HISTORY, HyperliquidMockVenue.json("[]"));
        List<FeedRunResult> failures = round();
        assertTrue(failures.isEmpty(), failures::toString);
        assertFalse(stored().containsKey("BTC funding_rate"));
        assertTrue(states.load(HyperliquidSource.ID, "BTC/funding").cursor().isStart());
        assertTrue(round().isEmpty());
        assertEquals(HyperliquidMockVenue.rowCount(), stored().get("BTC funding_rate").points());
    }
}
