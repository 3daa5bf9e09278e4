package org.umbra.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesRepository;

/**
 * The database the chart pan benchmark draws from: Binance and Bybit BTCUSDT perpetuals (OI in USD and
 * in coin, mark, premium) and Binance spot BTCUSDT closes, each {@code points} long at one spacing and
 * ending at one time, plus funding every 8 h (or at the series' spacing when that is coarser). Values
 * are simulated (mean-reverting random walks, seeded, so every build holds the same data).
 *
 * <p>Written through {@link SeriesRepository#write}, the path the collector uses, so whatever the store
 * keeps beside the raw points (rollups) is built as it would be. Built once under
 * {@code target/bench-data/<name>/} and reused while its schema is the current one.
 */
final class PanHistoryDatabase implements AutoCloseable {
    /** Raise when the generated data change, so old caches are not reused. */
    private static final int VERSION = 1;
    private static final long MINUTE = 60_000L;
    private static final long FUNDING_MS = 8 * 3_600_000L;
    /** Points per series and write: one transaction holds this many points of each of the nine series. */
    private static final int CHUNK = 20_000;
    private static final String[] PERPS = {"binance-futures", "bybit"};
    private static final List<Metric> PERP_METRICS = List.of(Metric.OPEN_INTEREST_USD, Metric.OPEN_INTEREST_COIN, Metric.MARK_PRICE,
            Metric.PREMIUM);

    private final Database database;
    private final DbWriter writer;
    private final SeriesRepository repository;
    private final long first;
    private final long last;
    private final String origin;

    private PanHistoryDatabase(Database database, long first, long last, String origin) {
        this.database = database;
        this.writer = new DbWriter(database);
        this.repository = new SeriesRepository(database, writer);
        this.first = first;
        this.last = last;
        this.origin = origin;
    }

    /**
     * {@code points} per series at 1-minute spacing, ending at {@code endIfBuilt} (epoch ms) when it has to be
     * built; a cached one keeps the end it was built with.
     */
    static PanHistoryDatabase minutes(Path cacheRoot, long points, long endIfBuilt) throws IOException {
        return openOrBuild(cacheRoot.resolve("chart-pan-v" + VERSION + "-" + points + "x1m"), points, MINUTE, endIfBuilt / MINUTE * MINUTE);
    }

    /** {@code points} per series over the span of {@code other} (spacing rounded to whole seconds), ending with it. */
    static PanHistoryDatabase sameSpan(Path cacheRoot, long points, PanHistoryDatabase other) throws IOException {
        long spacing = Math.max(MINUTE, Math.round((other.last - other.first) / 1000.0 / (points - 1)) * 1000);
        return openOrBuild(cacheRoot.resolve("chart-pan-v" + VERSION + "-" + points + "x" + spacing / 1000 + "s-to" + other.last),
                points, spacing, other.last);
    }

    /** The database in {@code dir}, built first when absent, unfinished or of an older schema. */
    private static PanHistoryDatabase openOrBuild(Path dir, long points, long spacingMs, long end) throws IOException {
        if (points < 2) {
            throw new IllegalArgumentException("pan history: a series needs at least 2 points, got " + points);
        }
        Path file = dir.resolve("umbra.db");
        Path done = dir.resolve("built.properties");
        if (Files.exists(done)) {
            Properties built = new Properties();
            try (Reader r = Files.newBufferedReader(done)) {
                built.load(r);
            }
            Database db = Database.open(file);
            if (String.valueOf(db.schemaVersion()).equals(built.getProperty("schema"))) {
                long last = Long.parseLong(built.getProperty("end"));
                return new PanHistoryDatabase(db, last - (points - 1) * spacingMs, last,
                        "reused " + dir + " (built in " + built.getProperty("seconds") + " s)");
            }
            // An older schema: what the store keeps beside the points (rollups) may be missing, so build again.
            System.out.printf("  %s was built at schema v%s, this build is v%d: building it again%n", dir, built.getProperty("schema"),
                    db.schemaVersion());
            db.close();
        }
        deleteTree(dir);
        long t0 = System.nanoTime();
        long first = end - (points - 1) * spacingMs;
        PanHistoryDatabase building = new PanHistoryDatabase(Database.open(file), first, end, "");
        building.fill(points, spacingMs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Properties p = new Properties();
        p.setProperty("schema", String.valueOf(building.database.schemaVersion()));
        p.setProperty("end", String.valueOf(end));
        p.setProperty("seconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        building.close();
        try (Writer w = Files.newBufferedWriter(done)) {
            p.store(w, "complete: the chart pan benchmark reuses this database");
        }
        return new PanHistoryDatabase(Database.open(file), first, end, String.format(java.util.Locale.ROOT, "built %s in %.1f s", dir, seconds));
    }

    SeriesRepository repository() {
        return repository;
    }

    /** Time of the first point (epoch ms). */
    long first() {
        return first;
    }

    /** Time of the last point (epoch ms). */
    long last() {
        return last;
    }

    /** "built ... in N s" or "reused ...": how this run came by the file. */
    String origin() {
        return origin;
    }

    /** Every spot close it holds: what the baselines draw. */
    SeriesData spotCloses() {
        long id = repository.findId("binance-spot", "BTCUSDT", Metric.PRICE_CLOSE)
                .orElseThrow(() -> new IllegalStateException(database.file() + " holds no binance-spot BTCUSDT closes"));
        return repository.read(id, first, last);
    }

    long fileBytes() throws IOException {
        return Files.size(database.file());
    }

    /** Writes every series, a chunk of each per transaction, generating the next chunk while one is written. */
    private void fill(long points, long spacingMs) {
        Walks walks = new Walks(spacingMs);
        long fundingStep = Math.max(FUNDING_MS, spacingMs);
        List<SeriesSpec> specs = new ArrayList<>();
        for (String source : PERPS) {
            for (Metric m : PERP_METRICS) {
                specs.add(SeriesSpec.of(source, "BTCUSDT", Asset.BTC, m, spacingMs));
            }
        }
        specs.add(new SeriesSpec("binance-spot", "BTCUSDT", Asset.BTC, Metric.PRICE_CLOSE, Unit.USD, spacingMs / 1000));
        CompletableFuture<?> writing = CompletableFuture.completedFuture(null);
        long nextFunding = (first + fundingStep - 1) / fundingStep * fundingStep;
        List<SeriesBatch.Builder> funding = new ArrayList<>();
        for (String source : PERPS) {
            funding.add(SeriesBatch.builder(new SeriesSpec(source, "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 28_800)));
        }
        long reported = 0;
        for (long from = 0; from < points; from += CHUNK) {
            List<SeriesBatch.Builder> chunk = specs.stream().map(SeriesBatch::builder).toList();
            for (long i = from; i < Math.min(points, from + CHUNK); i++) {
                long t = first + i * spacingMs;
                double[] v = walks.next();
                for (int s = 0; s < v.length; s++) {
                    chunk.get(s).add(t, v[s]);
                }
                while (nextFunding <= t) {
                    double[] rates = walks.funding(fundingStep);
                    for (int f = 0; f < funding.size(); f++) {
                        funding.get(f).add(nextFunding, rates[f]);
                    }
                    nextFunding += fundingStep;
                }
            }
            writing.join();
            writing = repository.write(chunk.stream().map(SeriesBatch.Builder::build).toList(), null);
            if ((from + CHUNK) * 10 / points > reported) {
                reported = (from + CHUNK) * 10 / points;
                System.out.printf("  writing %,d points per series: %d%%%n", points, Math.min(100, reported * 10));
            }
        }
        writing.join();
        repository.write(funding.stream().map(SeriesBatch.Builder::build).toList(), null).join();
    }

    /**
     * Seeded mean-reverting walks, advanced one spacing at a time: a log spot price drifting from about
     * 300 to 90,000 USD (annual volatility about 60 %), each venue's premium and log OI in coin; mark =
     * spot x (1 + premium), OI in USD = OI in coin x mark.
     */
    private static final class Walks {
        private final SplittableRandom random = new SplittableRandom(7);
        private final double dtMinutes;
        private final double spotSigma;
        private final double spotPull;
        private final double premiumKeep;
        private final double oiKeep;
        private double logSpot = Math.log(300);
        private double target = Math.log(300);
        private final double targetStep;
        private final double[] premium = {0.0001, 0.0001};
        private final double[] logOi = {Math.log(80_000), Math.log(50_000)};
        private final double[] rate = {0.0001, 0.0001};

        Walks(long spacingMs) {
            dtMinutes = spacingMs / (double) MINUTE;
            spotSigma = 0.6 / Math.sqrt(365 * 1440.0) * Math.sqrt(dtMinutes);
            spotPull = Math.min(1, dtMinutes / (90 * 1440.0));
            premiumKeep = Math.exp(-dtMinutes / 60);
            oiKeep = Math.exp(-dtMinutes / (30 * 1440.0));
            targetStep = Math.log(90_000 / 300.0) / (11.4 * 365 * 1440) * dtMinutes;
        }

        /** The nine values at the next time, in the order of the specs (per venue: OI USD, OI coin, mark, premium; then spot). */
        double[] next() {
            target += targetStep;
            logSpot += spotPull * (target - logSpot) + spotSigma * random.nextGaussian();
            double spot = Math.exp(logSpot);
            double[] v = new double[9];
            for (int venue = 0; venue < 2; venue++) {
                premium[venue] = reverting(premium[venue], 0.0001, 0.0006, premiumKeep);
                logOi[venue] = reverting(logOi[venue], Math.log(venue == 0 ? 80_000 : 50_000), 0.3, oiKeep);
                double mark = spot * (1 + premium[venue]);
                double coin = Math.exp(logOi[venue]);
                v[venue * 4] = coin * mark;
                v[venue * 4 + 1] = coin;
                v[venue * 4 + 2] = mark;
                v[venue * 4 + 3] = premium[venue];
            }
            v[8] = spot;
            return v;
        }

        /** Each venue's next settled rate, per 8 h: about 0.01 %, wandering over a few days. */
        double[] funding(long stepMs) {
            double keep = Math.exp(-stepMs / (3 * 86_400_000.0));
            for (int venue = 0; venue < 2; venue++) {
                rate[venue] = reverting(rate[venue], 0.0001, 0.00015, keep);
            }
            return rate.clone();
        }

        /** One step of an AR(1) around {@code mean} whose spread stays {@code sd}. */
        private double reverting(double x, double mean, double sd, double keep) {
            return mean + keep * (x - mean) + sd * Math.sqrt(1 - keep * keep) * random.nextGaussian();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        repository.close();
        writer.close();
        database.close();
    }
}
