package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.Collector;
import org.umbra.dev.BackfillBench;
import org.umbra.dev.LimitedVenue;
import org.umbra.dev.SimulatedMarket;
import org.umbra.dev.SimulatedVenue;
import org.umbra.dev.VenueLimit;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.MarketSource;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.testing.MovableClock;
import org.umbra.testing.TestStore;

/**
 * A machine clock an hour off: for every venue, the same rounds at the same venue times are collected three ways, with
 * Umbra's clock right, an hour fast and an hour slow (then put right half way, as a time-sync daemon would), each from
 * a copy of one database backfilled beforehand, and the stored series must be the same point for point. Every
 * timestamp comes from the venue, in UTC, and a wrong clock neither skips nor invents history. The rounds cross
 * Europe's DST change (2026-03-29 01:00 UTC), which must change nothing stored. Values are simulated
 * ({@link BackfillBench#VENUES}); venues answer with a Date header, as real ones do.
 */
class ClockSkewDrillTest {
    /** 2026-03-29 00:00 UTC: Europe's clocks go forward an hour later, at 01:00 UTC. */
    static final long T0 = SimulatedMarket.utc("2026-03-29");
    static final long ROUND = 30 * SimulatedMarket.MIN;
    static final int ROUNDS = 6; // two and a half hours
    static final int CORRECTED_FROM = 3; // the clock is put right after an hour and a half
    private static final OkHttpClient HTTP = HttpClients.create("umbra-clock-drill");
    private static int casesTried;

    @TempDir
    Path dir;

    static Stream<String> venues() {
        String only = System.getProperty("drill.venues", ""); // e.g. -Ddrill.venues=okx,bybit to rerun one
        return BackfillBench.VENUES.keySet().stream().filter(v -> only.isEmpty() || List.of(only.split(",")).contains(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("venues")
    void aClockAnHourFastOrSlowStoresExactlyWhatTheRightClockStores(String venue) throws Exception {
        Path seed = backfilled(venue);
        Map<String, List<String>> right = collect(venue, 0, seed);
        assertTrue(right.values().stream().mapToInt(List::size).sum() > 0, venue + " stored nothing with the right clock");
        for (long skew : new long[] {SimulatedMarket.HOUR, -SimulatedMarket.HOUR}) {
            Map<String, List<String>> skewed = collect(venue, skew, seed);
            assertEquals(right.keySet(), skewed.keySet(), venue + ": the same series with the clock " + describe(skew));
            for (String key : right.keySet()) {
                assertEquals("", difference(right.get(key), skewed.get(key)), venue + " " + key + " with the clock " + describe(skew));
            }
            casesTried++;
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("clock skew drill: %d venue × clock cases (an hour fast, an hour slow), %d rounds each, all equal to the right clock%n",
                casesTried, ROUNDS);
    }

    private static String describe(long skew) {
        return skew > 0 ? "an hour fast" : "an hour slow";
    }

    /** "" when equal, else the sizes and the first point that differs (the lists run to thousands of points). */
    private static String difference(List<String> right, List<String> skewed) {
        if (right.equals(skewed)) {
            return "";
        }
        int i = 0;
        while (i < right.size() && i < skewed.size() && right.get(i).equals(skewed.get(i))) {
            i++;
        }
        return String.format("%d points with the right clock, %d with the wrong one; first difference at #%d: %s vs %s", right.size(),
                skewed.size(), i, i < right.size() ? right.get(i) : "(none)", i < skewed.size() ? skewed.get(i) : "(none)");
    }

    /**
     * A database backfilled with the right clock an hour before T0: the three runs start from copies of it. Every
     * feed's cursor starts where the venue's history does, as if Umbra had been polling since: walking back to each
     * venue's launch through windows it does not serve would take minutes and prove nothing about clocks.
     */
    private Path backfilled(String venueId) throws Exception {
        Path seedDir = Files.createTempDirectory(dir, venueId + "-seed");
        MovableClock clock = new MovableClock(T0 - SimulatedMarket.HOUR);
        try (LimitedVenue server = server(venueId, clock); TestStore store = new TestStore(seedDir)) {
            MarketSource source = source(venueId, server, clock);
            FeedCursor since = new FeedCursor(T0 - depth(venueId));
            store.series().write(List.of(), c -> {
                for (Feed feed : source.feeds()) {
                    FeedStateRepository.recordSuccess(c, source.id(), feed.id(), since, since.position());
                }
                return null;
            }).join();
            List<String> failures = new ArrayList<>();
            store.collector(List.of(source), clock).runOnce()
                    .forEach(r -> r.failures().forEach(f -> failures.add(f.failure().detail())));
            assertEquals(List.of(), failures, venueId + " backfill");
        }
        return seedDir.resolve("umbra.db");
    }

    private static LimitedVenue server(String venueId, MovableClock venueClock) throws Exception {
        SimulatedVenue venue = BackfillBench.VENUES.get(venueId).apply(T0 - depth(venueId));
        // The venue's clock stands still during a round, so its limits would never reset: served without them (limits
        // are the fault drill's business), and Umbra's client unpaced for the same reason.
        return new LimitedVenue(new Unlimited(venue), venueClock::millis).start(0);
    }

    /** A day of history; the weekly CFTC report needs weeks, and the daily archive files days, to hold anything. */
    private static long depth(String venueId) {
        return switch (venueId) {
            case "cftc" -> 21 * SimulatedMarket.DAY;
            case "binance-archive" -> 3 * SimulatedMarket.DAY;
            default -> SimulatedMarket.DAY;
        };
    }

    private static MarketSource source(String venueId, LimitedVenue server, Clock umbraClock) {
        return SourceCatalog.create(new VenueHttp(venueId, HTTP, HttpUrl.get(server.baseUrl()), umbraClock).unpaced(), Settings.defaults());
    }

    /** The rounds at T0, T0 + 30 min, … with Umbra's clock {@code skew} off until it is put right; every point by series. */
    private Map<String, List<String>> collect(String venueId, long skew, Path seed) throws Exception {
        MovableClock venueClock = new MovableClock(T0);
        MovableClock umbraClock = new MovableClock(T0 + skew);
        Path runDir = Files.createTempDirectory(dir, venueId + "-" + skew);
        Files.copy(seed, runDir.resolve("umbra.db"));
        Path wal = seed.resolveSibling("umbra.db-wal"); // if a reader kept the file open, the last pages are still there
        if (Files.exists(wal)) {
            Files.copy(wal, runDir.resolve("umbra.db-wal"));
        }
        try (LimitedVenue server = server(venueId, venueClock); TestStore store = new TestStore(runDir)) {
            Collector collector = store.collector(List.of(source(venueId, server, umbraClock)), umbraClock);
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long venueNow = T0 + i * ROUND;
                venueClock.set(venueNow);
                umbraClock.set(venueNow + (i < CORRECTED_FROM ? skew : 0));
                collector.runOnce().forEach(r -> r.failures().forEach(f -> failures.add(f.failure().detail())));
            }
            assertEquals(List.of(), failures, venueId + " with the clock " + (skew == 0 ? "right" : describe(skew)));
            Map<String, List<String>> points = new TreeMap<>();
            for (SeriesInfo s : store.series().listSeries()) {
                SeriesData d = store.series().read(s.id(), Long.MIN_VALUE, Long.MAX_VALUE);
                List<String> rows = new ArrayList<>(d.size());
                for (int i = 0; i < d.size(); i++) {
                    rows.add(d.timestamps()[i] + "=" + d.values()[i]);
                }
                points.put(s.spec().toString(), rows);
            }
            return points;
        }
    }

    /** A venue without its published limits. */
    private record Unlimited(SimulatedVenue venue) implements SimulatedVenue {
        @Override
        public String sourceId() {
            return venue.sourceId();
        }

        @Override
        public List<VenueLimit> limits() {
            return List.of();
        }

        @Override
        public MockResponse respond(RecordedRequest request, long now) {
            return venue.respond(request, now);
        }

        @Override
        public MockResponse badRequest(String message) {
            return venue.badRequest(message);
        }
    }
}
