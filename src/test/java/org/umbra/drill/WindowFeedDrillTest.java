package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.dev.SimulatedMarket.DAY;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.dev.BackfillBench;
import org.umbra.market.MarketSource;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.SourceException.Kind;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.testing.MovableClock;
import org.umbra.testing.OnlyFeeds;
import org.umbra.testing.TestStore;

/**
 * Issue 8, the windowed feeds: a feed that asks a venue for a time window and moves its cursor past the window once
 * answered must never step over a window it did not get. Every such feed of every venue, through the real client,
 * source, collector and store, against the simulated venue: the page after the first with rows repeats that page
 * ({@link VenueFault#REPEATED_PAGE}), so every row of the answer lies in the window before the one asked for.
 *
 * <p>For each feed: the run is refused as MALFORMED naming the source, the feed and the window in UTC; what it stored
 * is the first window only and the cursor stands at that window's newest row; the next run (the venue healthy again)
 * fills the rest, so the store ends holding exactly what a collector that met no fault stores: no window lost. The
 * simulated history starts {@code history} before now while the feeds ask from further back, so every backfill first
 * meets windows the venue answers with no rows: those stay holes stepped over (the runs go on and complete), as before.
 */
class WindowFeedDrillTest {
    /** 2026-06-01T00:00Z, as in the fault drill: the simulated values are functions of time. */
    private static final long T0 = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
    /** The window as {@code RequestedWindow} prints it: two UTC instants. */
    private static final Pattern UTC_WINDOW = Pattern.compile("\\((\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z) to (\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z)\\)");
    private static final OkHttpClient HTTP = HttpClients.create("umbra-window-drill");

    @TempDir
    Path dir;

    /** One windowed feed: its source, its id, the requests that carry its rows, and how much history the venue serves. */
    record WindowFeed(String source, String feed, Predicate<RecordedRequest> target, long history) {
        @Override
        public String toString() {
            return source + " " + feed;
        }
    }

    private static Predicate<RecordedRequest> path(String path) {
        return r -> r.getRequestUrl().encodedPath().equals(path);
    }

    /** Every feed that steps its cursor over a requested window (checked by reading each source; docs/venues.md). */
    static Stream<WindowFeed> windowFeeds() {
        Predicate<RecordedRequest> futuresData = r -> r.getRequestUrl().encodedPath().startsWith("/futures/data/");
        return Stream.of(
                // Binance USD-M /futures/data/*: windows of 500 five-minute rows over the 30 days served.
                new WindowFeed("binance-futures", "BTCUSDT/oi-5m", futuresData, 5 * DAY),
                new WindowFeed("binance-futures", "BTCUSDT/ls-accounts-5m", futuresData, 5 * DAY),
                new WindowFeed("binance-futures", "BTCUSDT/ls-top-accounts-5m", futuresData, 5 * DAY),
                new WindowFeed("binance-futures", "BTCUSDT/ls-top-positions-5m", futuresData, 5 * DAY),
                new WindowFeed("binance-futures", "ETHUSDT/taker-5m", futuresData, 5 * DAY),
                // Bybit: OI (linear and inverse), account ratio and premium-index bars, hourly since launch (2020: hundreds of
                // empty windows first) and 5-minute (1-minute for premium) over 30 days; funding, whose check these now share.
                // oi-1h is the oi-5min feed with another step, and 270 windows from launch (25 s): left to oi-5min.
                new WindowFeed("bybit", "BTCUSDT/oi-5min", path("/v5/market/open-interest"), 2 * DAY),
                new WindowFeed("bybit", "BTCUSD/oi-5min", path("/v5/market/open-interest"), 2 * DAY),
                new WindowFeed("bybit", "BTCUSDT/ratio-1h", path("/v5/market/account-ratio"), 30 * DAY),
                new WindowFeed("bybit", "ETHUSDT/ratio-5min", path("/v5/market/account-ratio"), 4 * DAY),
                new WindowFeed("bybit", "BTCUSDT/premium-60", path("/v5/market/premium-index-price-kline"), 60 * DAY),
                new WindowFeed("bybit", "BTCUSDT/premium-1", path("/v5/market/premium-index-price-kline"), 2 * DAY),
                new WindowFeed("bybit", "BTCUSDT/funding", path("/v5/market/funding/history"), 100 * DAY),
                // Coinbase candles (hourly windows are the same code as these) and Deribit funding: fixed before (i8-faults),
                // now on the shared check.
                new WindowFeed("coinbase", "ETH-BTC/close-1m", path("/products/ETH-BTC/candles"), DAY),
                new WindowFeed("deribit", "BTC-PERPETUAL/funding", path("/api/v2/public/get_funding_rate_history"), 40 * DAY));
    }

    @AfterAll
    static void closeClient() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windowFeeds")
    void aRepeatedWindowIsRefusedAndNeverSteppedOver(WindowFeed w) throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (FaultyVenue faulty = new FaultyVenue(BackfillBench.VENUES.get(w.source()).apply(T0 - w.history()), clock::millis, w.target(), null);
                FaultyVenue plain = new FaultyVenue(BackfillBench.VENUES.get(w.source()).apply(T0 - w.history()), clock::millis, r -> false, null);
                TestStore store = new TestStore(dir.resolve("faulty"));
                TestStore reference = new TestStore(dir.resolve("reference"))) {
            Collector collector = store.collector(List.of(source(w, faulty, clock)), clock);
            faulty.arm(VenueFault.REPEATED_PAGE, 1);

            FeedRunResult refused = collector.runOnce().get(0).feeds().get(0);

            assertTrue(refused.failed(), "the repeated window was accepted (" + refused.points() + " points stored)");
            assertEquals(Kind.MALFORMED, refused.failure().kind(), refused.failure().getMessage());
            String message = refused.failure().getMessage();
            assertTrue(message.startsWith(w.source() + ": feed " + w.feed() + ": "), message);
            assertTrue(message.contains("none inside the window asked for "), message);
            Matcher window = UTC_WINDOW.matcher(message);
            assertTrue(window.find(), "no UTC window in: " + message);
            // Nothing of the refused answer stored; the cursor where the window before (the one repeated) left it: at or
            // past its newest row, short of the end of the window refused.
            assertEquals(refused.points(), points(store, w.source()), "points stored besides the pages before the refusal");
            assertTrue(refused.points() > 0, "the first window with rows was stored");
            long cursor = store.states().load(w.source(), w.feed()).cursor().position();
            assertTrue(cursor >= newest(store, w.source()), "the cursor is behind the newest stored row");
            assertTrue(cursor < Instant.parse(window.group(2)).toEpochMilli(), "the cursor stepped over the refused window: " + cursor);

            faulty.disarm();
            FeedRunResult recovered = collector.runOnce().get(0).feeds().get(0);
            FeedRunResult untouched = reference.collector(List.of(source(w, plain, clock)), clock).runOnce().get(0).feeds().get(0);

            assertFalse(recovered.failed(), () -> recovered.failure().getMessage());
            assertFalse(untouched.failed(), () -> untouched.failure().getMessage());
            assertTrue(untouched.complete() && recovered.complete(), "a backfill stopped early");
            assertSameSeries(reference, store, w.source());
        }
    }

    private static MarketSource source(WindowFeed w, FaultyVenue server, MovableClock clock) {
        VenueHttp http = new VenueHttp(w.source(), HTTP, HttpUrl.get(server.baseUrl()), clock).unpaced();
        MarketSource one = OnlyFeeds.of(SourceCatalog.create(http, Settings.defaults()), f -> f.id().equals(w.feed()));
        assertEquals(1, one.feeds().size(), w.source() + " has a feed " + w.feed());
        return one;
    }

    /** Every series the reference stored, point for point, in the drilled store: nothing lost, nothing extra. */
    private static void assertSameSeries(TestStore expected, TestStore actual, String source) {
        List<SeriesInfo> want = expected.series().listSeries().stream().filter(s -> s.spec().source().equals(source)).toList();
        assertFalse(want.isEmpty(), "the reference stored nothing");
        assertEquals(want.size(), actual.series().listSeries().stream().filter(s -> s.spec().source().equals(source)).count(), "series");
        for (SeriesInfo s : want) {
            SeriesInfo mine = actual.series().listSeries().stream().filter(x -> x.spec().equals(s.spec())).findFirst().orElse(null);
            assertNotNull(mine, "missing series " + s.spec());
            SeriesData a = actual.series().read(mine.id(), 0, Long.MAX_VALUE);
            SeriesData e = expected.series().read(s.id(), 0, Long.MAX_VALUE);
            assertEquals(e.size(), a.size(), s.spec().metric().id() + ": points (a window lost?)");
            assertArrayEquals(e.timestamps(), a.timestamps(), s.spec().metric().id() + ": timestamps");
            assertArrayEquals(e.values(), a.values(), s.spec().metric().id() + ": values");
        }
    }

    private static long points(TestStore store, String source) {
        return store.series().listSeries().stream().filter(s -> s.spec().source().equals(source)).mapToLong(SeriesInfo::points).sum();
    }

    private static long newest(TestStore store, String source) {
        return store.series().listSeries().stream().filter(s -> s.spec().source().equals(source) && s.points() > 0)
                .mapToLong(SeriesInfo::lastTs).max().orElseThrow();
    }
}
