package org.umbra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.umbra.analytics.Downsampler;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;

/**
 * Issue 7, item 2: one year of 1-minute points (525,600) of one series, read for a 2,000-column chart and
 * min/max-downsampled to those columns. {@code chartRead} is what the views do (the coarsest rollup no
 * wider than a column, then the same downsampling); {@code rawRead} is the baseline: every raw row.
 * Target: chartRead at most 50 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RangeReadBench {
    static final int POINTS = 525_600;
    static final int COLUMNS = 2_000;
    static final long MIN = 60_000L;
    static final long FROM = 1_704_067_200_000L; // 2024-01-01T00:00Z

    private Path dir;
    private DbWriter writer;
    private SeriesRepository repo;
    private SeriesInfo series;
    private final long to = FROM + (POINTS - 1) * MIN;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        dir = Files.createTempDirectory("umbra-range-read");
        Database db = Database.open(dir.resolve("bench.db"));
        writer = new DbWriter(db);
        repo = new SeriesRepository(db, writer);
        SeriesSpec spec = new SeriesSpec("bench", "BTCUSDT", Asset.BTC, Metric.MARK_PRICE, Unit.USD, 60);
        // Written as a collector writes: 1,000-point pages, so the rollups are the ones kept on write.
        for (int done = 0; done < POINTS; done += 1_000) {
            SeriesBatch.Builder b = SeriesBatch.builder(spec);
            for (int i = done; i < Math.min(POINTS, done + 1_000); i++) {
                long t = FROM + i * MIN;
                b.add(t, 60_000 + 15_000 * Math.sin(t / 8.64e8) + 300 * Math.sin(t / 3.6e6));
            }
            repo.write(List.of(b.build()), null).join();
        }
        series = repo.describe("bench", "BTCUSDT", Metric.MARK_PRICE).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        repo.close();
        writer.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Downsampler.Points chartRead() {
        SeriesData d = repo.readForChart(series, FROM, to, (to - FROM) / COLUMNS);
        return Downsampler.minMax(d.timestamps(), d.values(), FROM, to, COLUMNS);
    }

    @Benchmark
    public Downsampler.Points rawRead() {
        SeriesData d = repo.read(series.id(), FROM, to);
        return Downsampler.minMax(d.timestamps(), d.values(), FROM, to, COLUMNS);
    }

    public static void main(String[] args) throws Exception {
        BenchFigures.header(String.format("Range read: %,d one-minute points of one series for a %,d-column chart", POINTS, COLUMNS));
        new Runner(new OptionsBuilder().include(RangeReadBench.class.getName()).build()).run();
        System.out.println("target: chartRead <= 50 ms (warm); rawRead is the baseline of the same run");
    }
}
