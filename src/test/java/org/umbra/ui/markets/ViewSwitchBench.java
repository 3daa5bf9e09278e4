package org.umbra.ui.markets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.SeriesRepository;

/**
 * Prints how long the Markets screen takes to load its frame for 1M and for All when every venue
 * holds years of 5-minute history: the work behind a click on a range preset (the FX side, swapping
 * datasets, is measured by issue 7's chart benchmark). Not a test: figures for docs/benchmarks.md.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.umbra.ui.markets.ViewSwitchBench [years] [venues]}
 */
public final class ViewSwitchBench {
    private static final long MIN5 = 300_000L;

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int venues = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<String[]> lines = List.of(new String[] {"binance-futures", "BTCUSDT"}, new String[] {"bybit", "BTCUSDT"},
                new String[] {"okx", "BTC-USDT-SWAP"}, new String[] {"deribit", "BTC-PERPETUAL"}, new String[] {"hyperliquid", "BTC"},
                new String[] {"bitmex", "XBTUSD"}).subList(0, venues);
        Path file = Files.createTempDirectory("umbra-switch").resolve("bench.db");
        Database db = Database.open(file);
        long end = 1_790_000_000_000L / MIN5 * MIN5;
        long start = end - years * 365L * 24 * 3_600_000L;
        long points = 0;
        long t0 = System.nanoTime();
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            for (String[] l : lines) {
                for (Metric m : List.of(Metric.OPEN_INTEREST_USD, Metric.OPEN_INTEREST_COIN, Metric.MARK_PRICE, Metric.PREMIUM)) {
                    SeriesSpec spec = SeriesSpec.of(l[0], l[1], Asset.BTC, m, MIN5);
                    for (long from = start; from < end; from += 20_000 * MIN5) {
                        SeriesBatch.Builder b = SeriesBatch.builder(spec);
                        for (long t = from; t < Math.min(end, from + 20_000 * MIN5); t += MIN5) {
                            double x = t / 8.64e7;
                            b.add(t, switch (m) {
                                case OPEN_INTEREST_USD -> 8e9 + 2e9 * Math.sin(x / 30);
                                case OPEN_INTEREST_COIN -> 90_000 + 10_000 * Math.sin(x / 30);
                                case MARK_PRICE -> 60_000 + 20_000 * Math.sin(x / 90);
                                default -> 0.0003 * Math.sin(x * 3);
                            });
                            points++;
                        }
                        repo.write(List.of(b.build()), null).join();
                    }
                }
                SeriesBatch.Builder f = SeriesBatch.builder(new SeriesSpec(l[0], l[1], Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 28_800));
                for (long t = start; t < end; t += 8 * 3_600_000L) {
                    f.add(t, 0.0001 + 0.0001 * Math.sin(t / 8.64e8));
                    points++;
                }
                repo.write(List.of(f.build()), null).join();
            }
            System.out.printf("database: %d venues x %d years of 5-minute OI (coin, USD), mark, premium + 8 h funding = %,d points,"
                    + " written in %.1f s, %.0f MB%n", venues, years, points, (System.nanoTime() - t0) / 1e9, Files.size(file) / 1e6);
            MarketsLoader loader = new MarketsLoader(new MarketFigures(new MarketDataReader(repo)));
            for (int round = 1; round <= 4; round++) {
                long a = System.nanoTime();
                loader.load(end - 30L * 24 * 3_600_000L, end, 1600);
                long b = System.nanoTime();
                loader.load(start, end, 1600);
                long c = System.nanoTime();
                System.out.printf("round %d: 1M %.0f ms, All %.0f ms%n", round, (b - a) / 1e6, (c - b) / 1e6);
            }
        }
        Files.deleteIfExists(file);
    }
}
