package org.umbra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.umbra.market.FeedCursor;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;

/**
 * Issue 7, item 1: how fast one series of 1-minute points goes into the store through the real path
 * (SeriesRepository.write on the DbWriter thread, a 1,000-point page per transaction with its feed cursor,
 * as FeedRunner writes), against the baseline of the same rows inserted by one plain prepared statement in
 * a single transaction into a database opened the same way. JMH SingleShotTime: one op = all the points
 * into a fresh database (made in an untimed setup).
 *
 * <p>Run: {@code ./mvnw -B -Pbench verify -Dbench=ingest [-Dbench.args="--points=100000 --forks=1 --iterations=2"]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBench {
    private static final int PAGE = 1_000;
    private static final double TARGET_POINTS_PER_SECOND = 300_000;
    private static final double TARGET_RATIO = 1.5;
    private static final SeriesSpec SPEC = MinuteSeries.SPEC;

    @Param("1000000")
    public int points;

    private List<SeriesBatch> pages;
    private Path dir;
    private Database database;
    private DbWriter writer;
    private SeriesRepository repository;

    @Setup(Level.Trial)
    public void makePages() {
        pages = MinuteSeries.pages(points, PAGE);
    }

    @Setup(Level.Iteration)
    public void freshDatabase() throws Exception {
        dir = Files.createTempDirectory("umbra-ingest-bench");
        database = Database.open(dir.resolve("bench.db"));
        writer = new DbWriter(database);
        repository = new SeriesRepository(database, writer);
    }

    @TearDown(Level.Iteration)
    public void dropDatabase() throws Exception {
        repository.close();
        writer.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The real write path: one transaction per page, points upserted and the cursor moved with them. */
    @Benchmark
    public long realPath() {
        long written = 0;
        for (SeriesBatch page : pages) {
            long cursor = page.lastTimestamp();
            written += repository.write(List.of(page), c -> {
                FeedStateRepository.recordSuccess(c, SPEC.source(), "BTCUSDT/mark", new FeedCursor(cursor), cursor);
                return null;
            }).join().points();
        }
        return written;
    }

    /** The floor: the same rows by one prepared INSERT, batched, in one transaction, no upsert, no cursor. */
    @Benchmark
    public long plainInsert() throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            long seriesId;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO series (source, instrument, asset, metric, unit, interval_s) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, SPEC.source());
                s.setString(2, SPEC.instrument());
                s.setString(3, SPEC.asset().name());
                s.setString(4, SPEC.metric().id());
                s.setString(5, SPEC.unit().id());
                s.setLong(6, SPEC.intervalSeconds());
                try (var rs = s.executeQuery()) {
                    rs.next();
                    seriesId = rs.getLong(1);
                }
            }
            long written = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO point (series_id, ts, value) VALUES (?, ?, ?)")) {
                for (SeriesBatch page : pages) {
                    for (int i = 0; i < page.size(); i++) {
                        insert.setLong(1, seriesId);
                        insert.setLong(2, page.timestamp(i));
                        insert.setDouble(3, page.value(i));
                        insert.addBatch();
                    }
                    insert.executeBatch(); // Per page only to bound the driver's batch buffer; still one transaction.
                    written += page.size();
                }
            }
            c.commit();
            return written;
        }
    }

    /** Arguments: {@code --points=N} (multiple of 1,000; default 1,000,000), {@code --forks=F} (2), {@code --iterations=I} (3). */
    public static void main(String[] args) throws Exception {
        Map<String, Long> o = BenchArgs.parse(args, BenchArgs.ordered("--points", 1_000_000L, "--forks", 2L, "--iterations", 3L));
        int points = Math.toIntExact(o.get("--points"));
        int forks = Math.toIntExact(o.get("--forks"));
        int iterations = Math.toIntExact(o.get("--iterations"));
        MinuteSeries.pages(points, PAGE); // Refuses a bad size before any fork starts.
        BenchFigures.header(String.format("Ingest: %,d one-minute points of one series, fresh database per run, %d fork(s) x %d iteration(s)",
                points, forks, iterations));
        Options options = new OptionsBuilder().include(IngestBench.class.getName() + "\\.")
                .param("points", Integer.toString(points))
                .forks(forks).warmupIterations(1).measurementIterations(iterations)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        BenchFigures.Spread real = pointsPerSecond(results, "realPath", points);
        BenchFigures.Spread plain = pointsPerSecond(results, "plainInsert", points);
        System.out.println();
        BenchFigures.line("real write path (DbWriter, 1,000-point pages, upsert + cursor)", real.describe("%,.0f") + " points/s",
                "plain single-transaction insert", plain.describe("%,.0f") + " points/s",
                String.format("baseline/real %.2fx (target <= %.1fx: %s); real >= %,.0f points/s: %s", plain.median() / real.median(),
                        TARGET_RATIO, BenchFigures.verdict(plain.median() / real.median() <= TARGET_RATIO), TARGET_POINTS_PER_SECOND,
                        BenchFigures.verdict(real.median() >= TARGET_POINTS_PER_SECOND)));
    }

    /** Every measured iteration of {@code method}, turned from milliseconds per run into points per second. */
    private static BenchFigures.Spread pointsPerSecond(Collection<RunResult> results, String method, int points) {
        double[] millis = results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .flatMap(r -> r.getBenchmarkResults().stream()).flatMap(b -> b.getIterationResults().stream())
                .mapToDouble((IterationResult i) -> i.getPrimaryResult().getScore()).toArray();
        return BenchFigures.Spread.of(millis).map(ms -> points / (ms / 1000));
    }
}
