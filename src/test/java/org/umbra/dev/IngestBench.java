package org.umbra.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.SeriesRepository;

/**
 * Prints how fast points go into SQLite through the real write path (DbWriter, one transaction per
 * 1,000-point page, upsert), and the file size per million points. Not a test: figures for
 * docs/benchmarks.md. Run: java -cp ... org.umbra.dev.IngestBench [points]
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int page = 1_000;
        for (int round = 1; round <= 3; round++) {
            Path dir = Files.createTempDirectory("umbra-bench");
            Path file = dir.resolve("bench.db");
            Database db = Database.open(file);
            SeriesSpec spec = new SeriesSpec("bench", "BTCUSDT", Asset.BTC, Metric.MARK_PRICE, Unit.USD, 60);
            long t0 = System.nanoTime();
            try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
                long ts = 1_600_000_000_000L;
                for (int done = 0; done < total; done += page) {
                    SeriesBatch.Builder b = SeriesBatch.builder(spec);
                    for (int i = 0; i < page; i++) {
                        b.add(ts, 50_000 + Math.sin(ts / 3.6e6) * 1_000);
                        ts += 60_000;
                    }
                    repo.write(List.of(b.build()), null).join();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(file);
            System.out.printf("round %d: %,d points in %.2f s = %,.0f points/s; file %.1f MB (%.1f bytes/point)%n", round, total, seconds,
                    total / seconds, bytes / 1e6, (double) bytes / total);
        }
    }
}
