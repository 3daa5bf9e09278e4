package org.umbra.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.collect.SourceRoundReport;
import org.umbra.market.MarketSource;
import org.umbra.market.http.HttpClients;
import org.umbra.store.SeriesInfo;
import org.umbra.testing.TestStore;

/**
 * How far back each source's backfill reaches and how long it takes against a venue that enforces the
 * published limits: for each source, its {@link SimulatedVenue} behind a {@link LimitedVenue}, the real
 * source from {@link SourceCatalog} and the real collector on a fresh temporary database, one
 * {@code runOnce} round (the backfill). Not a test: figures for docs/benchmarks.md. Values are simulated.
 *
 * <p>Run (venues in parallel, each its own host; {@code --serial} runs them one after another;
 * {@code --since=YYYY-MM-DD} serves no history older than that date, for a bounded run; {@code --keep} keeps each
 * temporary database and prints where):
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.umbra.dev.BackfillBench [--serial] [--keep] [--since=DATE] [source…]
 * </pre>
 */
public final class BackfillBench {
    /** Every simulated venue by source id; the argument is the oldest time served (0 = the venue's real depth). */
    public static final Map<String, LongFunction<SimulatedVenue>> VENUES = venues();

    /** One source's backfill: what was stored, what the venue saw, how long it took. */
    public record Result(String sourceId, int series, long rows, Map<String, Long> oldestByMetric, long requests, long rejected,
            List<LimitedVenue.Usage> usage, double seconds, List<String> failures) {

        public double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    private BackfillBench() {
    }

    private static Map<String, LongFunction<SimulatedVenue>> venues() {
        Map<String, LongFunction<SimulatedVenue>> m = new LinkedHashMap<>();
        m.put("binance-futures", SimulatedBinanceVenue::new);
        m.put("binance-spot", SimulatedBinanceSpotVenue::new);
        m.put("coinbase", SimulatedCoinbaseVenue::new);
        m.put("bitmex", SimulatedBitmexVenue::new);
        m.put("cftc", SimulatedCftcVenue::new);
        m.put("deribit", SimulatedDeribitVenue::new);
        m.put("hyperliquid", SimulatedHyperliquidVenue::new);
        m.put("bybit", SimulatedBybitVenue::new);
        m.put("okx", SimulatedOkxVenue::new);
        m.put("binance-archive", SimulatedBinanceArchiveVenue::new);
        return m;
    }

    /** Runs one source's first round against {@code venue}, storing into a fresh database under {@code dir}. */
    public static Result run(SimulatedVenue venue, Path dir, java.util.function.Consumer<Collector.RoundProgress> progress) throws Exception {
        String id = venue.sourceId();
        OkHttpClient http = HttpClients.create("umbra-backfill-bench");
        try (LimitedVenue server = new LimitedVenue(venue).start(0); TestStore store = new TestStore(dir)) {
            Settings settings = Settings.defaults().withEndpoint(id, server.baseUrl());
            List<MarketSource> sources = SourceCatalog.build(List.of(id), settings, http, Clock.systemUTC());
            Collector collector = store.collector(sources, Clock.systemUTC());
            long started = System.nanoTime();
            List<SourceRoundReport> reports = collector.runOnce(progress);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<SeriesInfo> stored = store.series().listSeries();
            Map<String, Long> oldest = stored.stream().filter(s -> s.points() > 0)
                    .collect(Collectors.toMap(s -> s.spec().metric().id(), SeriesInfo::firstTs, Math::min, TreeMap::new));
            List<String> failures = reports.stream().flatMap(r -> r.failures().stream()).map(FeedRunResult::failure)
                    .map(f -> f.detail()).toList();
            return new Result(id, stored.size(), stored.stream().mapToLong(SeriesInfo::points).sum(), oldest, server.requests(),
                    server.rejected(), server.usage(), seconds, failures);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    public static void main(String[] args) throws Exception {
        boolean serial = false;
        boolean keep = false;
        long since = 0;
        List<String> ids = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--serial")) {
                serial = true;
            } else if (a.equals("--keep")) {
                keep = true;
            } else if (a.startsWith("--since=")) {
                since = SimulatedMarket.utc(a.substring("--since=".length()));
            } else if (VENUES.containsKey(a)) {
                ids.add(a);
            } else {
                throw new IllegalArgumentException("unknown argument '" + a + "' (sources: " + String.join(", ", VENUES.keySet()) + ")");
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(VENUES.keySet());
        }
        System.out.printf("backfill bench: %d source(s) %s, %s, history %s; values simulated, limits enforced%n", ids.size(), ids,
                serial ? "one after another" : "in parallel (independent hosts)", since == 0 ? "at each venue's real depth" : "from " + day(since));
        ExecutorService pool = Executors.newFixedThreadPool(serial ? 1 : ids.size());
        List<Future<Result>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String id : ids) {
            SimulatedVenue venue = VENUES.get(id).apply(since);
            boolean keepDatabase = keep;
            futures.add(pool.submit(() -> {
                Path dir = Files.createTempDirectory("umbra-backfill-" + id);
                Result r = run(venue, dir, new ProgressEvery(30));
                print(r);
                if (keepDatabase) {
                    System.out.println("   database kept: " + dir.resolve("umbra.db"));
                } else {
                    deleteTree(dir);
                }
                return r;
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        System.out.printf("%nall done in %.1f s%n%n| venue | history reached (oldest point per metric) | rows | requests | 429s | peak use of the limits | wall time |%n"
                + "|---|---|---|---|---|---|---|%n", (System.nanoTime() - t0) / 1e9);
        results.forEach(r -> System.out.printf("| %s | %s | %,d | %,d | %d | %s | %.1f s |%n", r.sourceId(), oldest(r), r.rows(), r.requests(),
                r.rejected(), peaks(r), r.seconds()));
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void print(Result r) {
        synchronized (System.out) {
            System.out.printf("%n== %s: %d series, %,d rows in %.1f s (%,.0f rows/s); %,d requests, %d rejected (429)%n", r.sourceId(),
                    r.series(), r.rows(), r.seconds(), r.rowsPerSecond(), r.requests(), r.rejected());
            r.oldestByMetric().forEach((m, t) -> System.out.printf("   oldest %-22s %s%n", m, Instant.ofEpochMilli(t)));
            r.usage().forEach(u -> System.out.printf("   peak %-32s %,6d of %,6d (%.0f %%) [%s]%n", u.limit().group(), u.peak(), u.limit().limit(),
                    100 * u.fraction(), u.limit().describe()));
            r.failures().forEach(f -> System.out.println("   FAILED " + f));
            System.out.flush();
        }
    }

    private static String oldest(Result r) {
        return r.oldestByMetric().entrySet().stream().map(e -> e.getKey() + " " + day(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String peaks(Result r) {
        return r.usage().stream().map(u -> String.format("%s %d/%d", u.limit().group(), u.peak(), u.limit().limit()))
                .collect(Collectors.joining(", "));
    }

    private static String day(long t) {
        return Instant.ofEpochMilli(t).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A progress line per source at most every {@code seconds}, so a long run shows it is alive. */
    private static final class ProgressEvery implements java.util.function.Consumer<Collector.RoundProgress> {
        private final long periodNanos;
        private long last = System.nanoTime();

        ProgressEvery(int seconds) {
            this.periodNanos = seconds * 1_000_000_000L;
        }

        @Override
        public void accept(Collector.RoundProgress p) {
            long now = System.nanoTime();
            if (now - last >= periodNanos) {
                last = now;
                System.out.printf("   .. %s: feed %d of %d (%s), %,d rows in this feed%n", p.sourceId(), p.feedIndex() + 1, p.feedCount(), p.feedId(),
                        p.points());
            }
        }
    }
}
