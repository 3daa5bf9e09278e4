package org.umbra.market.cftc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.umbra.collect.Collector;
import org.umbra.collect.SourceRoundReport;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.TestStore;
import org.umbra.testing.FaultThenRecovery;

/** Socrata pages → parse → contracts and coin → one transaction per page → rows, into a temporary SQLite file. */
class CftcCollectorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-12T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate LAST = LocalDate.parse("2026-09-08");
    private static final int PAGE = 100;

    @TempDir
    Path dir;
    private CftcMockVenue venue;
    private TestStore store;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;
    private CftcSource source;

    @BeforeEach
    void setUp() throws Exception {
        venue = new CftcMockVenue(LAST);
        store = new TestStore(dir);
        series = store.series();
        states = store.states();
        OkHttpClient ok = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(10))
                .retryOnConnectionFailure(false).build();
        VenueHttp http = new VenueHttp(CftcSource.ID, ok, HttpUrl.get(venue.baseUrl()), CLOCK);
        source = new CftcSource(new CftcClient(http, RateLimiter.unlimited("cftc"), PAGE), List.of("133741", "133742", "146021", "146022"));
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

    private static int weeks(String code, LocalDate last) {
        return (int) ChronoUnit.WEEKS.between(CftcMockVenue.FIRST.get(code), last) + 1;
    }

    private void assertWholeHistory(String code, LocalDate last) {
        int n = weeks(code, last);
        double size = CftcContracts.BY_CODE.get(code).coinPerContract().doubleValue();
        SeriesData contracts = all(code + " oi_contracts");
        SeriesData coin = all(code + " oi_coin");
        assertEquals(n, contracts.size(), code);
        assertEquals(n, coin.size(), code);
        for (int i = 0; i < n; i++) {
            long tuesday = CftcMockVenue.week(code, i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            assertEquals(tuesday, contracts.timestamps()[i], code + " week " + i + ": in order, no gap, no duplicate");
            assertEquals(CftcMockVenue.oi(code, i), contracts.values()[i], 0.0);
            assertEquals(CftcMockVenue.oi(code, i) * size, coin.values()[i], 1e-6);
        }
    }

    @Test
    void firstRoundBackfillsEveryCodeInPagesAsItsOwnInstrument() {
        List<SourceRoundReport> reports = collector.runOnce();
        assertTrue(reports.get(0).failures().isEmpty(), () -> reports.get(0).failures().toString());
        int expectedRequests = 0;
        for (String code : CftcMockVenue.FIRST.keySet()) {
            assertWholeHistory(code, LAST);
            expectedRequests += weeks(code, LAST) / PAGE + 1;
        }
        assertEquals(440, weeks("133741", LAST), "BTC weekly since 2018-04-10: several pages of 100");
        assertEquals(expectedRequests, venue.hits());
        SeriesInfo btc = stored().get("133741 oi_coin");
        assertEquals(7 * 24 * 3600, btc.spec().intervalSeconds(), "weekly series");
        assertEquals("coin", btc.spec().unit().id());
        assertEquals("contracts", stored().get("133741 oi_contracts").spec().unit().id());
        assertEquals("BTC", stored().get("133742 oi_coin").spec().asset().name());
        assertEquals("ETH", stored().get("146022 oi_coin").spec().asset().name());
        assertEquals(8, stored().size(), "four codes, two series each: standard and micro are never summed");
    }

    @Test
    void repollingNeverDuplicatesAndPicksUpTheNewWeek() {
        collector.runOnce();
        int before = venue.hits();
        collector.runOnce();
        assertEquals(before + 4, venue.hits(), "one request per code once up to date");
        for (String code : CftcMockVenue.FIRST.keySet()) {
            assertWholeHistory(code, LAST);
        }
        venue.setLastReport(LAST.plusWeeks(1));
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        for (String code : CftcMockVenue.FIRST.keySet()) {
            assertWholeHistory(code, LAST.plusWeeks(1));
        }
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                // Statuses, timeouts and truncated bodies on this feed: VenueFaultDrillTest (issue 8).
                Arguments.of("500 with Socrata's error body", new MockResponse().setResponseCode(500)
                        .setBody("{\"code\":\"internal_error\",\"error\":true,\"message\":\"Internal error\"}"),
                        SourceException.Kind.HTTP_STATUS, "cftc: HTTP 500: Internal error"),
                Arguments.of("missing field", CftcMockVenue.json("[{\"cftc_contract_market_code\":\"133741\","
                        + "\"report_date_as_yyyy_mm_dd\":\"2018-04-10T00:00:00.000\"}]"),
                        SourceException.Kind.MALFORMED, "cftc: malformed response: row 0: missing field 'open_interest_all'"),
                Arguments.of("empty body", CftcMockVenue.json(""), SourceException.Kind.MALFORMED, "cftc: empty response body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultIsReportedWithTheSourceNothingIsWrittenAndTheNextRoundSucceeds(String name, MockResponse fault,
            SourceException.Kind kind, String prefix) {
        venue.queueFault(fault);   // the first request: 133741's first page

        SourceException e = FaultThenRecovery.failingRound(collector, store, CftcSource.ID, "133741/oi-weekly", kind,
                "133741 oi_contracts", "133741 oi_coin");
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        FaultThenRecovery.recoveringRound(collector, store, CftcSource.ID, "133741/oi-weekly", "133741 oi_contracts");
        assertWholeHistory("133741", LAST);
    }

    @Test
    void emptyPageIsNothingNewNotAnError() {
        venue.queueFault(CftcMockVenue.json("[]"));
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertFalse(stored().containsKey("133741 oi_contracts"));
        collector.runOnce();
        assertWholeHistory("133741", LAST);
    }

    @Test
    void failureMidBackfillKeepsWholePagesAndTheNextRoundResumes() {
        venue.queueFault(CftcMockVenue.PASS);
        venue.queueFault(CftcMockVenue.json("[{\"cftc_contract_market_code\":"));
        assertEquals(1, collector.runOnce().get(0).failures().size());
        assertEquals(PAGE, all("133741 oi_contracts").size(), "the first page, whole, with its cursor");
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertWholeHistory("133741", LAST);
    }

    @Test
    void twoRowsForOneWeekAreRefusedWhole() {
        String row = "{\"cftc_contract_market_code\":\"133741\",\"report_date_as_yyyy_mm_dd\":\"2018-04-10T00:00:00.000\","
                + "\"open_interest_all\":\"%s\"}";
        venue.queueFault(CftcMockVenue.json("[" + row.formatted("100") + "," + row.formatted("130") + "]"));
        SourceException e = collector.runOnce().get(0).failures().get(0).failure();
        assertTrue(e.getMessage().startsWith("cftc: two rows for code 133741 on report date 2018-04-10"), e.getMessage());
        assertFalse(stored().containsKey("133741 oi_contracts"));
    }

    @Test
    void pollsEverySaturdayAndSoonerWhileAReleaseIsLate() throws Exception {
        Feed btc = source.feeds().get(0);
        long friday = Instant.parse("2026-09-11T10:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-09-12T00:00:00Z").toEpochMilli(), CftcSource.nextSaturday(friday));
        long saturday = Instant.parse("2026-09-12T00:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-09-19T00:00:00Z").toEpochMilli(), CftcSource.nextSaturday(saturday));

        btc.fetch(FeedCursor.START, saturday);   // page 1 of 100: newest report 2020-03-03, long overdue
        assertEquals(saturday + 12 * 3_600_000L, btc.nextRunAfter(saturday));
        Feed fresh = new CftcSource(new CftcClient(new VenueHttp(CftcSource.ID, new OkHttpClient(), HttpUrl.get(venue.baseUrl()), CLOCK),
                RateLimiter.unlimited("c"), 1000), List.of("133741")).feeds().get(0);
        fresh.fetch(FeedCursor.START, saturday);   // all of it: newest is Tuesday 2026-09-08, 4 days old
        assertEquals(Instant.parse("2026-09-19T00:00:00Z").toEpochMilli(), fresh.nextRunAfter(saturday));
    }
}
