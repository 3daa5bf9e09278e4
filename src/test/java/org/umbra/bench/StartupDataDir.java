package org.umbra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.umbra.app.AppContext;
import org.umbra.app.DataDirs;
import org.umbra.app.Settings;
import org.umbra.app.SettingsStore;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.SeriesRepository;

/**
 * The data folders {@link StartupBench} launches Umbra on ({@code UMBRA_HOME}): settings that disable every
 * source (no poller may touch the network), and for the full case a database with years of 5-minute history
 * for 40 series: 5 perpetual venues x BTC and ETH x {OI USD, OI coin, mark, premium}, plus settled funding
 * every 8 h per line. The database is built the way a user's is: opened by {@link AppContext} (schema, the
 * bundled history) and filled through {@link SeriesRepository#write}, so whatever that path keeps beside the
 * raw points (the coming rollups) is built too. Values are smooth synthetic curves: start-up reads and
 * draws them like any others.
 */
final class StartupDataDir {
    /** Bump when what is generated changes, so a stale cache is never reused. */
    private static final int VERSION = 1;
    private static final long MIN5 = 300_000L;
    private static final long HOUR = 3_600_000L;
    /** Fixed so the cache holds the same data whenever it was built: 2026-11-01T00:00Z. */
    static final long END = 1_793_491_200_000L;
    private static final int BATCH = 40_000;
    private static final List<String[]> LINES = List.of(
            new String[] {"binance-futures", "BTCUSDT", "ETHUSDT"}, new String[] {"bybit", "BTCUSDT", "ETHUSDT"},
            new String[] {"okx", "BTC-USDT-SWAP", "ETH-USDT-SWAP"}, new String[] {"deribit", "BTC-PERPETUAL", "ETH-PERPETUAL"},
            new String[] {"hyperliquid", "BTC", "ETH"});
    private static final List<Metric> METRICS = List.of(Metric.OPEN_INTEREST_USD, Metric.OPEN_INTEREST_COIN, Metric.MARK_PRICE,
            Metric.PREMIUM);

    private StartupDataDir() {
    }

    /** A fresh data folder holding only the settings: the first start of a new user. */
    static Path empty(Path parent) throws IOException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "first-run-");
        writeSettings(dir);
        return dir;
    }

    /**
     * The data folder with {@code years} of history, from the cache under {@code cacheRoot} when a complete
     * one is there (it says so on stdout), else built now (a few minutes for 3 years).
     */
    static Path withHistory(Path cacheRoot, double years) throws IOException {
        String name = String.format(Locale.ROOT, "startup-v%d-%sy-40-series", VERSION, yearsText(years));
        Path dir = cacheRoot.resolve(name);
        Path complete = dir.resolve("COMPLETE");
        if (Files.exists(complete)) {
            System.out.printf("data: reused %s (%s)%n", dir, Files.readString(complete).strip());
            return dir;
        }
        Path building = cacheRoot.resolve(name + ".building");
        deleteTree(building);
        Files.createDirectories(building);
        writeSettings(building);
        long t0 = System.nanoTime();
        long points = fill(new DataDirs(building, building).defaultDatabase(), years);
        String summary = String.format(Locale.ROOT, "%,d points for 40 series + funding over %s years, written in %.0f s, umbra.db %.0f MB",
                points, yearsText(years), (System.nanoTime() - t0) / 1e9, Files.size(building.resolve("umbra.db")) / 1e6);
        Files.writeString(building.resolve("COMPLETE"), summary + System.lineSeparator());
        deleteTree(dir);
        Files.move(building, dir);
        System.out.printf("data: built %s (%s)%n", dir, summary);
        return dir;
    }

    private static void writeSettings(Path dir) throws IOException {
        new SettingsStore(dir.resolve("settings.json")).save(Settings.defaults().withEnabledSources(List.of()));
    }

    private static long fill(Path db, double years) {
        long start = END - Math.round(years * 365 * 24) * HOUR;
        long points = 0;
        try (AppContext ctx = new AppContext(db, Settings.defaults().withEnabledSources(List.of()), Clock.systemUTC())) {
            SeriesRepository repo = ctx.series();
            for (String[] line : LINES) {
                for (Asset asset : List.of(Asset.BTC, Asset.ETH)) {
                    String instrument = asset == Asset.BTC ? line[1] : line[2];
                    double scale = asset == Asset.BTC ? 1 : 0.05; // ETH trades about 1/20 of BTC
                    double phase = line[0].length(); // venues differ a little
                    for (Metric m : METRICS) {
                        SeriesSpec spec = SeriesSpec.of(line[0], instrument, asset, m, MIN5);
                        for (long from = start; from < END; from += BATCH * MIN5) {
                            SeriesBatch.Builder b = SeriesBatch.builder(spec);
                            for (long t = from; t < Math.min(END, from + BATCH * MIN5); t += MIN5) {
                                b.add(t, value(m, t / 8.64e7 + phase, scale));
                                points++;
                            }
                            repo.write(List.of(b.build()), null).join();
                        }
                    }
                    SeriesBatch.Builder f = SeriesBatch.builder(new SeriesSpec(line[0], instrument, asset, Metric.FUNDING_RATE,
                            Unit.FRACTION, 28_800));
                    for (long t = start; t < END; t += 8 * HOUR) {
                        f.add(t, 0.0001 + 0.0001 * Math.sin(t / 8.64e8 + phase));
                        points++;
                    }
                    repo.write(List.of(f.build()), null).join();
                }
            }
        }
        return points;
    }

    /** {@code day}: days since the epoch (shifted per venue). */
    private static double value(Metric m, double day, double scale) {
        double price = (60_000 + 20_000 * Math.sin(day / 90)) * scale;
        return switch (m) {
            case OPEN_INTEREST_USD -> (8e9 + 2e9 * Math.sin(day / 30)) * scale;
            case OPEN_INTEREST_COIN -> (8e9 + 2e9 * Math.sin(day / 30)) * scale / price;
            case MARK_PRICE -> price;
            default -> 0.0003 * Math.sin(day * 3);
        };
    }

    static String yearsText(double years) {
        return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + p, e);
            }
        }
    }
}
