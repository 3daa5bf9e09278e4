package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.umbra.dev.SimulatedMarket.DAY;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.collect.SourceStatus;
import org.umbra.market.FeedCursor;
import org.umbra.market.MarketSource;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.SourceException.Kind;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.testing.MovableClock;
import org.umbra.testing.OnlyFeeds;
import org.umbra.testing.TestStore;

/**
 * Issue 8, "Faults from venues": every fault a venue or the network can produce ({@link VenueFault}), replayed against
 * every source Umbra polls ({@link DrillVenue#ALL}), through the real path: {@code VenueHttp} → source → poller of a
 * {@link Collector} → {@code SeriesRepository} on a temporary SQLite file. A healthy venue polls beside the faulty
 * one in the same collector. Pollers run in virtual time ({@link VirtualTimeScheduler} on a {@link MovableClock}):
 * backoff is checked by moving the clock, never by sleeping.
 *
 * <p>For each (venue, fault): the feed fails with the right kind and a message that starts with the source id and
 * says what happened; the source's status shows the right state and the reason; the next poll is exactly the
 * documented wait after the failure (docs/venues.md, "Faults and backoff"; the jitter drawn as 0, so the shortest
 * wait) and nothing reaches the venue a millisecond before it; nothing of the failed page is stored; the healthy
 * venue stored its points in the same round; the round after the wait succeeds, stores what was missing and sets the
 * feed's failure count back to 0. Faults the venue's documented format allows (numbers as strings or numbers, no
 * rows) are accepted: the values stored are those the untouched answer stores, or nothing.
 */
class VenueFaultDrillTest {
    /** 2026-06-01T00:00Z: the simulated venues' values are functions of time, so any fixed time is as good. */
    private static final long T0 = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
    /** Backoff.standard with the jitter drawn as 0: half of each step. */
    private static final RandomGenerator NO_JITTER = () -> 0L;
    /** 5 s base × 0.5: a bad answer or a network fault, first failure (the second waits twice as long). */
    private static final long SHORT_WAIT = 2_500;
    /** 60 s base × 0.5: a refusal, or a rate limit without Retry-After. */
    private static final long LONG_WAIT = 30_000;
    /** The drill's Retry-After: 30 s, longer than the 2.5 s the standard step gives, so it decides the wait. */
    private static final long RETRY_AFTER = 30_000;

    /** The read timeout of the calls made on this thread: 300 ms while a drill replays a dripping body, else the client's. */
    private static final ThreadLocal<Integer> READ_TIMEOUT_MS = new ThreadLocal<>();

    /**
     * The app's client with a short read timeout where the drill wants one: a dripping body times out in 300 ms, not
     * the app's 20 s, while a 1000-row page on a busy machine still has 10 s. Calls run on the polling thread (the
     * drill's), so the timeout is the drill's own.
     */
    private static final OkHttpClient HTTP = HttpClients.create("umbra-fault-drill").newBuilder().connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(20))
            .addInterceptor(chain -> READ_TIMEOUT_MS.get() == null ? chain.proceed(chain.request())
                    : chain.withReadTimeout(READ_TIMEOUT_MS.get(), java.util.concurrent.TimeUnit.MILLISECONDS).proceed(chain.request()))
            .build();

    @TempDir
    Path dir;

    /** What one (venue, fault) case showed, and what of it was not as documented. */
    record Outcome(String venue, VenueFault fault, String seen, List<String> problems) {
    }

    /** What a fault must do: the failure's kind (null: the answer is accepted), what its message says, the state shown, the wait. */
    record Expected(Kind kind, String says, SourceStatus.State state, long waitMs) {
        static Expected accepted() {
            return new Expected(null, "", SourceStatus.State.OK, 0);
        }
    }

    @AfterAll
    static void closeClient() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    @Test
    void everyFaultAgainstEveryVenue() throws Exception {
        long started = System.nanoTime();
        // Venues are independent (each its own clock, servers, collector and stores): two at a time halves the wall time.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Outcome>>> perVenue = new ArrayList<>();
        for (DrillVenue v : DrillVenue.ALL) {
            perVenue.add(pool.submit(() -> {
                long t = System.nanoTime();
                try (Drill drill = new Drill(v, dir.resolve(v.id()))) {
                    List<Outcome> o = drill.run();
                    System.out.printf("%s: %.1f s%n", v.id(), (System.nanoTime() - t) / 1e9);
                    return o;
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<List<Outcome>> f : perVenue) {
                outcomes.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Outcome> failed = outcomes.stream().filter(o -> !o.problems().isEmpty()).toList();
        outcomes.forEach(o -> System.out.printf("%-16s %-20s %s%s%n", o.venue(), o.fault(), o.seen(),
                o.problems().isEmpty() ? "" : "\n      PROBLEMS: " + String.join("\n                ", o.problems())));
        long venues = outcomes.stream().map(Outcome::venue).distinct().count();
        long perJsonVenue = Arrays.stream(VenueFault.values()).filter(f -> f.appliesTo(false)).count();
        long perArchive = Arrays.stream(VenueFault.values()).filter(f -> f.appliesTo(true)).count();
        String summary = String.format("venue fault drill: %d venues × %d faults (the archive: %d of its zipped CSV) = %d cases, %s (%.1f s)",
                venues, perJsonVenue, perArchive, outcomes.size(), failed.isEmpty() ? "all passed" : failed.size() + " FAILED", seconds);
        System.out.println(summary);
        assertEquals(List.of(), failed.stream().map(o -> o.venue() + " " + o.fault() + ": " + o.problems()).toList(), summary);
    }

    /** One venue's drill: its stand-in with faults, a healthy partner, the collector over both, and a reference store. */
    private static final class Drill implements AutoCloseable {
        private final DrillVenue v;
        private final DrillVenue partner;
        private final MovableClock clock = new MovableClock(T0);
        private final FaultyVenue faulty;
        private final FaultyVenue healthy;
        private final FaultyVenue plain;
        private final TestStore store;
        private final TestStore reference;
        private final Map<String, VirtualTimeScheduler> schedulers = new HashMap<>();
        private final Collector collector;
        private final Collector referenceCollector;
        private final List<FeedRunResult> runs = new CopyOnWriteArrayList<>();

        Drill(DrillVenue v, Path dir) throws Exception {
            this.v = v;
            this.partner = DrillVenue.partnerOf(v);
            faulty = new FaultyVenue(v.venue(T0 - v.history()), clock::millis, v.target(), v.nullField());
            healthy = new FaultyVenue(partner.venue(T0 - partner.history()), clock::millis, r -> false, null);
            plain = new FaultyVenue(v.venue(T0 - v.history()), clock::millis, r -> false, null);
            store = new TestStore(dir);
            reference = new TestStore(dir.resolveSibling(dir.getFileName() + "-reference"));
            collector = new Collector(List.of(source(v, faulty), source(partner, healthy)), store.series(), store.states(), clock,
                    Backoff.standard(NO_JITTER), id -> schedulers.computeIfAbsent(id, x -> new VirtualTimeScheduler(clock)));
            collector.addRunListener(runs::add);
            referenceCollector = new Collector(List.of(source(v, plain)), reference.series(), reference.states(), clock, Backoff.standard());
        }

        /** The source as the app builds it, on the stand-in, unpaced, narrowed to the drill's feed. */
        private MarketSource source(DrillVenue venue, FaultyVenue server) {
            VenueHttp http = new VenueHttp(venue.id(), HTTP, HttpUrl.get(server.baseUrl()), clock).unpaced();
            MarketSource one = OnlyFeeds.of(SourceCatalog.create(http, Settings.defaults()), f -> f.id().equals(venue.feed()));
            assertEquals(1, one.feeds().size(), venue.id() + " has a feed " + venue.feed());
            return one;
        }

        List<Outcome> run() {
            List<Outcome> out = new ArrayList<>();
            // The first round is the backfill, more than one page: the place a repeated page would loop.
            out.add(fault(VenueFault.REPEATED_PAGE, true));
            for (VenueFault f : VenueFault.values()) {
                if (f != VenueFault.REPEATED_PAGE && f.appliesTo(v.archive())) {
                    clock.set(Math.max(clock.millis() + v.step(), Math.max(status(v.id()).nextPollMs(), status(partner.id()).nextPollMs())));
                    out.add(fault(f, false));
                }
            }
            return out;
        }

        private Outcome fault(VenueFault fault, boolean first) {
            List<String> problems = new ArrayList<>();
            Expected expected = expected(fault);
            long before = points(store, v.id());
            long newestBefore = newest(store, v.id());
            long partnerBefore = points(store, partner.id());
            if (expected.kind() == null && fault != VenueFault.EMPTY_ROWS) {
                startReferenceAt(store.states().load(v.id(), v.feed()).cursor());
            }
            faulty.arm(fault, fault.attempts());
            runs.clear();
            long t = clock.millis();
            if (first) {
                collector.start();
            }
            if (fault == VenueFault.SLOW_DRIP) {
                READ_TIMEOUT_MS.set(300);
            }
            try {
                round();
            } finally {
                READ_TIMEOUT_MS.remove();
            }
            FeedRunResult r = lastRun();
            if (r == null) {
                faulty.disarm();
                return new Outcome(v.id(), fault, "the feed did not run", List.of("the feed did not run"));
            }
            String seen = r.failed() ? r.failure().kind() + ": " + r.failure().getMessage() : "accepted, " + r.points() + " points";
            SourceStatus s = status(v.id());
            if (points(store, partner.id()) <= partnerBefore) {
                problems.add("the healthy venue " + partner.id() + " stored nothing in the same round");
            }
            if (expected.kind() == null) {
                faulty.disarm();
                accepted(fault, r, s, before, newestBefore, problems);
                return new Outcome(v.id(), fault, seen, problems);
            }
            if (!r.failed()) {
                faulty.disarm();
                problems.add("accepted; expected " + expected.kind());
                return new Outcome(v.id(), fault, seen, problems);
            }
            check(expected, r, s, t, expected.waitMs(), problems);
            long after = points(store, v.id());
            if (fault == VenueFault.REPEATED_PAGE ? after != before + r.points() || r.pages() == 0 : after != before) {
                problems.add("stored " + (after - before) + " points in the failed run (pages before the failure: " + r.pages() + ")");
            }
            long next = s.nextPollMs();
            if (fault.attempts() == 2) {
                // Exponential: the second failure in a row waits twice as long.
                clock.set(next);
                round();
                FeedRunResult again = lastRun();
                if (again == null || !again.failed()) {
                    problems.add("the second attempt did not fail as armed");
                } else {
                    check(expected, again, status(v.id()), next, 2 * expected.waitMs(), problems);
                }
                next = status(v.id()).nextPollMs();
            }
            faulty.disarm();
            int hits = faulty.hits();
            clock.set(next - 1);
            round();
            if (faulty.hits() != hits) {
                problems.add("asked the venue again " + (next - 1 - t) + " ms after the failure, before the wait was over");
            }
            clock.set(next);
            runs.clear();
            round();
            FeedRunResult recovered = lastRun();
            if (recovered == null || recovered.failed()) {
                problems.add("the round after the wait did not succeed: " + (recovered == null ? "no run" : recovered.failure().getMessage()));
            } else if (points(store, v.id()) <= after) {
                problems.add("the round after the wait stored nothing of what was missing");
            }
            if (store.states().load(v.id(), v.feed()).consecutiveFailures() != 0) {
                problems.add("failure count not back to 0 after the recovery");
            }
            if (!status(v.id()).healthy()) {
                problems.add("status after recovery: " + status(v.id()).state());
            }
            return new Outcome(v.id(), fault, seen, problems);
        }

        private void check(Expected expected, FeedRunResult r, SourceStatus s, long failedAt, long waitMs, List<String> problems) {
            String message = r.failure().getMessage();
            if (r.failure().kind() != expected.kind()) {
                problems.add("kind " + r.failure().kind() + ", expected " + expected.kind());
            }
            if (!message.startsWith(v.id() + ": ") || !message.contains(expected.says())) {
                problems.add("message '" + message + "' does not start with '" + v.id() + ": ' and say '" + expected.says() + "'");
            }
            if (s.state() != expected.state() || !s.reason().contains(expected.says())) {
                problems.add("status " + s.state() + " '" + s.reason() + "', expected " + expected.state() + " saying '" + expected.says() + "'");
            }
            if (s.nextPollMs() != failedAt + waitMs) {
                problems.add("next poll " + (s.nextPollMs() - failedAt) + " ms after the failure, expected " + waitMs);
            }
        }

        private void accepted(VenueFault fault, FeedRunResult r, SourceStatus s, long before, long newestBefore, List<String> problems) {
            if (r.failed()) {
                problems.add("refused: " + r.failure().getMessage());
                return;
            }
            if (!s.healthy()) {
                problems.add("status " + s.state() + " '" + s.reason() + "' after an accepted answer");
            }
            if (fault == VenueFault.EMPTY_ROWS) {
                if (points(store, v.id()) != before) {
                    problems.add("stored " + (points(store, v.id()) - before) + " points from an answer without rows");
                }
                clock.set(status(v.id()).nextPollMs());
                round();
                if (points(store, v.id()) <= before) {
                    problems.add("the next round stored nothing of what the empty answer left out");
                }
                return;
            }
            // Numbers as strings or as numbers: the values stored are those the untouched answer stores.
            referenceCollector.runOnce();
            int compared = 0;
            for (SeriesInfo si : store.series().listSeries()) {
                if (!si.spec().source().equals(v.id())) {
                    continue;
                }
                SeriesData mine = store.series().read(si.id(), newestBefore + 1, clock.millis());
                SeriesInfo theirs = reference.series().listSeries().stream().filter(x -> x.spec().equals(si.spec())).findFirst().orElse(null);
                SeriesData expected = theirs == null ? SeriesData.EMPTY : reference.series().read(theirs.id(), newestBefore + 1, clock.millis());
                if (!Arrays.equals(mine.timestamps(), expected.timestamps()) || !Arrays.equals(mine.values(), expected.values())) {
                    problems.add(si.spec().metric().id() + ": stored " + mine.size() + " points that differ from the untouched answer's "
                            + expected.size());
                }
                compared += mine.size();
            }
            if (compared == 0) {
                problems.add("stored nothing new to compare");
            }
        }

        private Expected expected(VenueFault fault) {
            boolean zip = v.archive();
            return switch (fault) {
                case RATE_LIMITED_RETRY_AFTER -> new Expected(Kind.RATE_LIMITED, "HTTP 429, retry after 30 s", SourceStatus.State.RATE_LIMITED,
                        RETRY_AFTER);
                case RATE_LIMITED -> new Expected(Kind.RATE_LIMITED, "HTTP 429", SourceStatus.State.RATE_LIMITED, LONG_WAIT);
                case BANNED -> new Expected(Kind.RATE_LIMITED, "HTTP 418", SourceStatus.State.RATE_LIMITED, LONG_WAIT);
                case FORBIDDEN -> new Expected(Kind.REFUSED, "HTTP 403 forbidden", SourceStatus.State.FAILING, LONG_WAIT);
                case RESTRICTED -> new Expected(Kind.REFUSED, "HTTP 451 unavailable from this location", SourceStatus.State.FAILING, LONG_WAIT);
                case SERVER_ERROR -> new Expected(Kind.HTTP_STATUS, "HTTP 500", SourceStatus.State.FAILING, SHORT_WAIT);
                case BAD_GATEWAY -> new Expected(Kind.HTTP_STATUS, "HTTP 502", SourceStatus.State.FAILING, SHORT_WAIT);
                case UNAVAILABLE -> new Expected(Kind.HTTP_STATUS, "HTTP 503", SourceStatus.State.FAILING, SHORT_WAIT);
                case RESET_MID_BODY -> new Expected(Kind.NETWORK, "connection lost", SourceStatus.State.OFFLINE, SHORT_WAIT);
                case SLOW_DRIP -> new Expected(Kind.NETWORK, "timed out", SourceStatus.State.OFFLINE, SHORT_WAIT);
                case TRUNCATED -> new Expected(Kind.MALFORMED, zip ? "unreadable zip (truncated?)" : "truncated JSON", SourceStatus.State.FAILING,
                        SHORT_WAIT);
                case HTML_200 -> new Expected(Kind.MALFORMED, zip ? "not a zip" : "expected JSON, got text/html", SourceStatus.State.FAILING,
                        SHORT_WAIT);
                case WRONG_SHAPE -> new Expected(Kind.MALFORMED, "expected", SourceStatus.State.FAILING, SHORT_WAIT);
                // Klines and candles are arrays of arrays: the field is named by its place, e.g. klines[0][4].
                case NULL_FIELD -> new Expected(Kind.MALFORMED, v.nullField().startsWith("#") ? "[0][" + v.nullField().substring(1) + "]"
                        : "field '" + v.nullField() + "' is null", SourceStatus.State.FAILING, SHORT_WAIT);
                case WRONG_HEADER -> new Expected(Kind.MALFORMED, "unrecognised header", SourceStatus.State.FAILING, SHORT_WAIT);
                case EMPTY_FILE -> new Expected(Kind.MALFORMED, "empty file (0 bytes)", SourceStatus.State.FAILING, SHORT_WAIT);
                // The archive moves past a period once its file is stored: a file without rows is refused, not skipped.
                case EMPTY_ROWS -> zip ? new Expected(Kind.MALFORMED, "no rows", SourceStatus.State.FAILING, SHORT_WAIT) : Expected.accepted();
                // One page holds all CFTC serves (1000 weekly rows, 19 years) and all OKX serves (400 rows, the last
                // three months): no second page to repeat. The others must refuse a page that repeats the one before.
                case REPEATED_PAGE -> v.id().equals("cftc") || v.id().equals("okx") ? Expected.accepted()
                        : new Expected(Kind.MALFORMED, "repeated", SourceStatus.State.FAILING, SHORT_WAIT);
                case STRINGS_TO_NUMBERS, NUMBERS_TO_STRINGS -> Expected.accepted();
            };
        }

        /**
         * The reference store polls the untouched venue from {@code cursor}, where the drill's feed stands: what it then
         * stores is what the drill's store must hold after an accepted answer (one transaction, as FeedRunner writes it).
         */
        private void startReferenceAt(FeedCursor cursor) {
            reference.series().write(List.of(), c -> {
                FeedStateRepository.recordSuccess(c, v.id(), v.feed(), cursor, clock.millis());
                return null;
            }).join();
        }

        private void round() {
            schedulers.values().forEach(VirtualTimeScheduler::runDue);
        }

        private FeedRunResult lastRun() {
            FeedRunResult last = null;
            for (FeedRunResult r : runs) {
                if (r.sourceId().equals(v.id())) {
                    last = r;
                }
            }
            return last;
        }

        private SourceStatus status(String id) {
            return collector.statuses().stream().filter(s -> s.sourceId().equals(id)).findFirst().orElseThrow();
        }

        private static long points(TestStore store, String sourceId) {
            return store.series().listSeries().stream().filter(s -> s.spec().source().equals(sourceId)).mapToLong(SeriesInfo::points).sum();
        }

        private static long newest(TestStore store, String sourceId) {
            return store.series().listSeries().stream().filter(s -> s.spec().source().equals(sourceId) && s.points() > 0)
                    .mapToLong(SeriesInfo::lastTs).max().orElse(Long.MIN_VALUE + 1);
        }

        @Override
        public void close() throws Exception {
            collector.close();
            referenceCollector.close();
            store.close();
            reference.close();
            faulty.close();
            healthy.close();
            plain.close();
        }
    }
}
