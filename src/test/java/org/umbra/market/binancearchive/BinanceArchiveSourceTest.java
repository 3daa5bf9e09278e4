package org.umbra.market.binancearchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.collect.SourceRoundReport;
import org.umbra.market.Metric;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.MovableClock;

/**
 * data.binance.vision on MockWebServer, through Collector.runOnce() into a temp SQLite. The daily files are
 * synthetic (ArchiveSamples.syntheticMetrics, documented header); everything not served is a 404.
 */
class BinanceArchiveSourceTest {
    private static final String METRICS = "/data/futures/um/daily/metrics/BTCUSDT/";
    private static final String FUNDING = "/data/futures/um/monthly/fundingRate/BTCUSDT/";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2021-12-12T06:00:00Z"));
    private DbWriter writer;
    private SeriesRepository series;
    private FeedStateRepository states;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                hits.merge(path, 1, Integer::sum);
                ConcurrentLinkedQueue<MockResponse> q = faults.get(path);
                MockResponse fault = q == null ? null : q.poll();
                if (fault != null) {
                    return fault;
                }
                byte[] body = files.get(path);
                if (body == null) {
                    return new MockResponse().setResponseCode(404).setBody("<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code></Error>");
                }
                return new MockResponse().setBody(new Buffer().write(body));
            }
        });
        server.start();
        Database db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        series = new SeriesRepository(db, writer);
        states = new FeedStateRepository(db, writer);
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(3, TimeUnit.SECONDS).callTimeout(10, TimeUnit.SECONDS).build();
        VenueHttp venue = new VenueHttp(BinanceArchiveSource.ID, http, HttpUrl.get(server.url("/").toString()), clock);
        BinanceArchiveSource source = new BinanceArchiveSource(new BinanceArchiveClient(venue, RateLimiter.unlimited("a")), List.of("BTCUSDT"));
        collector = new Collector(List.of(source), series, states, clock, Backoff.standard());
    }

    @AfterEach
    void tearDown() throws Exception {
        collector.close();
        series.close();
        writer.close();
        server.shutdown();
    }

    /** Serves a daily metrics zip with its correct .CHECKSUM. */
    private void serveDay(String day, int rows, double oiBase) {
        String name = "BTCUSDT-metrics-" + day + ".zip";
        byte[] zip = ArchiveSamples.zip("BTCUSDT-metrics-" + day + ".csv", ArchiveSamples.syntheticMetrics("BTCUSDT", day, rows, oiBase));
        files.put(METRICS + name, zip);
        files.put(METRICS + name + ".CHECKSUM", ArchiveSamples.checksum(zip, name).getBytes());
    }

    private void serveFundingMonth(String month, String csv) {
        String name = "BTCUSDT-fundingRate-" + month + ".zip";
        byte[] zip = ArchiveSamples.zip("BTCUSDT-fundingRate-" + month + ".csv", csv);
        files.put(FUNDING + name, zip);
        files.put(FUNDING + name + ".CHECKSUM", ArchiveSamples.checksum(zip, name).getBytes());
    }

    private SeriesInfo stored(Metric metric) {
        return series.listSeries().stream().filter(s -> s.spec().source().equals(BinanceArchiveSource.ID)
                && s.spec().instrument().equals("BTCUSDT") && s.spec().metric() == metric && s.points() > 0).findFirst().orElse(null);
    }

    private long cursor(String feed) {
        return states.load(BinanceArchiveSource.ID, feed).cursor().position();
    }

    private static long day(String iso) {
        return Instant.parse(iso + "T00:00:00Z").toEpochMilli();
    }

    private int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    @Test
    void backfillsOldestFirstStepsOverGapsAndWaitsForUnpublishedDays() {
        serveDay("2021-12-01", 3, 1000);
        serveDay("2021-12-02", 3, 2000);
        // 2021-12-03 missing for good (older than the grace): a gap. 12-04 served.
        serveDay("2021-12-04", 2, 4000);
        serveFundingMonth("2019-09", "calc_time,funding_interval_hours,last_funding_rate\n1568102400001,8,0.00010000\n1568131200000,8,0.00010000\n");

        List<SourceRoundReport> reports = collector.runOnce();
        assertTrue(reports.get(0).failures().isEmpty(), () -> reports.get(0).failures().toString());

        SeriesInfo coin = stored(Metric.OPEN_INTEREST_COIN);
        assertEquals(8, coin.points(), "3 + 3 + 2 rows, nothing from the gap");
        assertEquals(300, coin.spec().intervalSeconds());
        SeriesData data = series.read(coin.id(), 0, Long.MAX_VALUE);
        assertEquals(day("2021-12-01"), data.timestamps()[0]);
        assertEquals(day("2021-12-04") + 5 * 60_000, data.timestamps()[7]);
        for (int i = 1; i < data.timestamps().length; i++) {
            assertTrue(data.timestamps()[i] > data.timestamps()[i - 1], "in order, no duplicates");
        }
        assertEquals(8, stored(Metric.LONG_SHORT_TOP_POSITIONS).points());
        assertEquals(8, stored(Metric.TAKER_BUY_SELL).points());
        // Days 12-05..12-08 are 404 and older than 3 days at 12-12 06:00: gaps, stepped over.
        // 12-09 (its day ended less than 3 days ago) may still come: the feed waits there.
        assertEquals(day("2021-12-08"), cursor("BTCUSDT/metrics-1d"));
        assertEquals(1, hits(METRICS + "BTCUSDT-metrics-2021-12-09.zip.CHECKSUM"));
        assertEquals(0, hits(METRICS + "BTCUSDT-metrics-2021-12-10.zip.CHECKSUM"), "stopped at the first unpublished day");
        assertEquals(0, hits(METRICS + "BTCUSDT-metrics-2021-12-03.zip"), "no zip asked for when its .CHECKSUM is missing");

        SeriesInfo funding = stored(Metric.FUNDING_RATE);
        assertEquals(2, funding.points());
        assertEquals(8 * 3600, funding.spec().intervalSeconds());
        assertEquals(day("2021-11-01"), cursor("BTCUSDT/funding-1M"), "every month up to the last complete one dealt with");

        // A second round asks once more for the waiting day only, and does not loop.
        int before = server.getRequestCount();
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(before + 1, server.getRequestCount());
        assertEquals(8, stored(Metric.OPEN_INTEREST_COIN).points());

        // The day gets published; a day later the feed moves on.
        serveDay("2021-12-09", 1, 9000);
        clock.set(Instant.parse("2021-12-13T06:00:00Z"));
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(9, stored(Metric.OPEN_INTEREST_COIN).points());
        assertEquals(day("2021-12-09"), cursor("BTCUSDT/metrics-1d"));
    }

    @Test
    void checksumMismatchFailsNamingTheFileImportsNothingOfItAndRecovers() {
        serveDay("2021-12-01", 3, 1000);
        serveDay("2021-12-02", 3, 2000);
        String checksumPath = METRICS + "BTCUSDT-metrics-2021-12-02.zip.CHECKSUM";
        byte[] good = files.get(checksumPath);
        files.put(checksumPath, ("ab".repeat(32) + "  BTCUSDT-metrics-2021-12-02.zip\n").getBytes());

        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size());
        SourceException e = failures.get(0).failure();
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("binance-archive: BTCUSDT-metrics-2021-12-02.zip: checksum mismatch"), e.getMessage());
        assertEquals(3, stored(Metric.OPEN_INTEREST_COIN).points(), "only 12-01, nothing of the refused day");
        assertEquals(day("2021-12-01"), cursor("BTCUSDT/metrics-1d"), "cursor stays before the refused file");

        files.put(checksumPath, good);
        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(6, stored(Metric.OPEN_INTEREST_COIN).points());
    }

    @Test
    void badLineInADownloadedFileFailsNamingFileAndLine() {
        String name = "BTCUSDT-metrics-2021-12-01.zip";
        String csv = ArchiveSamples.syntheticMetrics("BTCUSDT", "2021-12-01", 3, 1000).replace("1001.000", "-1");
        byte[] zip = ArchiveSamples.zip("BTCUSDT-metrics-2021-12-01.csv", csv);
        files.put(METRICS + name, zip);
        files.put(METRICS + name + ".CHECKSUM", ArchiveSamples.checksum(zip, name).getBytes());
        SourceException e = collector.runOnce().get(0).failures().get(0).failure();
        assertTrue(e.getMessage().contains(name + ": line 3: sum_open_interest -1 is negative"), e.getMessage());
        assertEquals(null, stored(Metric.OPEN_INTEREST_COIN));
    }

    @Test
    void httpFaultsNameTheSourceWriteNothingAndTheNextRoundSucceeds() {
        serveDay("2021-12-01", 3, 1000);
        String checksum = METRICS + "BTCUSDT-metrics-2021-12-01.zip.CHECKSUM";
        String zip = METRICS + "BTCUSDT-metrics-2021-12-01.zip";
        List<MockResponse> each = List.of(
                new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"),
                new MockResponse().setResponseCode(418),
                new MockResponse().setResponseCode(451),
                new MockResponse().setResponseCode(503),
                new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        List<String> expected = List.of("HTTP 429, retry after 30 s", "HTTP 418", "HTTP 451", "HTTP 503", "timed out");
        for (int i = 0; i < each.size(); i++) {
            faults.computeIfAbsent(i % 2 == 0 ? checksum : zip, p -> new ConcurrentLinkedQueue<>()).add(each.get(i));
            SourceException e = collector.runOnce().get(0).failures().get(0).failure();
            assertTrue(e.getMessage().startsWith("binance-archive: " + expected.get(i)), e.getMessage());
            assertEquals(null, stored(Metric.OPEN_INTEREST_COIN), "nothing written after " + expected.get(i));
        }
        // A truncated zip (the body cut short) is refused whole.
        byte[] full = files.get(zip);
        faults.computeIfAbsent(zip, p -> new ConcurrentLinkedQueue<>())
                .add(new MockResponse().setBody(new Buffer().write(java.util.Arrays.copyOf(full, full.length / 2))));
        SourceException e = collector.runOnce().get(0).failures().get(0).failure();
        assertTrue(e.getMessage().contains("BTCUSDT-metrics-2021-12-01.zip: checksum mismatch"), e.getMessage());
        assertEquals(null, stored(Metric.OPEN_INTEREST_COIN));

        assertTrue(collector.runOnce().get(0).failures().isEmpty());
        assertEquals(3, stored(Metric.OPEN_INTEREST_COIN).points());
    }

    @Test
    void fundingIntervalIsTheFilesAndAChangeBetweenMonthsStartsASeriesOfItsOwn() {
        serveFundingMonth("2019-09", "calc_time,funding_interval_hours,last_funding_rate\n1568102400001,8,0.0001\n");
        serveFundingMonth("2019-10", "calc_time,funding_interval_hours,last_funding_rate\n1569888000000,4,0.0002\n");
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertTrue(failures.isEmpty(), failures.toString());
        // Rates per 8 h and per 4 h are different quantities (schema v2): one series each, none refused.
        List<SeriesInfo> funding = series.describeAll(BinanceArchiveSource.ID, "BTCUSDT", Metric.FUNDING_RATE);
        assertEquals(2, funding.size(), funding.toString());
        assertEquals(8 * 3600, funding.get(0).spec().intervalSeconds());
        assertEquals(1568102400000L, funding.get(0).firstTs());
        assertEquals(4 * 3600, funding.get(1).spec().intervalSeconds());
        assertEquals(1569888000000L, funding.get(1).firstTs());
        assertTrue(cursor("BTCUSDT/funding-1M") >= day("2019-10-01"), "the feed moved on past the change");
        assertFalse(files.isEmpty());
    }
}
