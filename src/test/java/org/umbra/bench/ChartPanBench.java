package org.umbra.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.umbra.app.HeadlessFx;
import org.umbra.charts.ChartImages;
import org.umbra.store.SeriesData;

/**
 * Issue 7, item 3: the time to redraw after a pan step of the Markets view (All, 1600 x 900) when its
 * series hold millions of points each, beside, in the same run and measured the same way, (a) the same
 * view when the series hold 3,200 points, (b) ChartFX fed every point directly and drawing them all,
 * (c) JavaFX's LineChart with 100,000 points. ChartFX fed every point but thinning them itself (its
 * renderer's default) is printed beside, without a target: the figures for (b), 4.5 s at 6 M,
 * match drawing every point. A step pans by a tenth of the window, alternately back and forth, and ends
 * with a snapshot; the scenes take turns each round, so a busy moment of the machine falls on all of them.
 *
 * <p>{@code ./mvnw -B -Pbench verify -Dbench=chart [-Dbench.args="--points=200000 --runs=10 --warmup=3"]};
 * options: {@code --points} per series at 1 minute (6,000,000 = 11.4 years), {@code --small} points per
 * series of (a), {@code --line-chart} points of (c), {@code --runs}, {@code --warmup}, {@code --data}
 * (where databases are cached). Prints figures; never asserts.
 */
public final class ChartPanBench {
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("points", "6000000");
        DEFAULTS.put("small", "3200");
        DEFAULTS.put("line-chart", "100000");
        DEFAULTS.put("runs", "10");
        DEFAULTS.put("warmup", "3");
        DEFAULTS.put("data", "target/bench-data");
    }

    private ChartPanBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        long points = number(o, "points", 2);
        long small = number(o, "small", 2);
        int linePoints = (int) number(o, "line-chart", 2);
        int runs = (int) number(o, "runs", 1);
        int warmup = (int) number(o, "warmup", 0);
        Path cache = Path.of(o.get("data"));
        printMachine();

        HeadlessFx.start(1920, 1200);
        try (PanHistoryDatabase big = PanHistoryDatabase.minutes(cache, points, System.currentTimeMillis());
                PanHistoryDatabase few = PanHistoryDatabase.sameSpan(cache, small, big)) {
            System.out.printf("database: %,d points per series (1 minute, %s to %s), 9 series + 8-hourly funding, %,.0f MB: %s%n",
                    points, day(big.first()), day(big.last()), big.fileBytes() / 1e6, big.origin());
            System.out.printf("database (a): %,d points per series over the same span, %,.1f MB: %s%n", small, few.fileBytes() / 1e6,
                    few.origin());
            SeriesData spot = big.spotCloses();
            double[] x = new double[spot.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = spot.timestamps()[i] / 1000.0;
            }
            int every = Math.max(1, x.length / linePoints);
            double[][] sampled = everyNth(x, spot.values(), every, Math.min(linePoints, x.length / every));

            System.out.println("building the scenes (1600 x 900, windowless, software pipeline)...");
            try (MarketsPanScene markets = MarketsPanScene.showingAll(String.format(Locale.ROOT, "Markets, %,d pts/series", points), big.repository());
                    MarketsPanScene marketsFew = MarketsPanScene.showingAll(String.format(Locale.ROOT, "Markets, %,d pts/series", small), few.repository());
                    ChartFxPanScene chartFx = new ChartFxPanScene(String.format(Locale.ROOT, "ChartFX XYChart drawing all %,d pts", x.length),
                            x, spot.values(), false);
                    ChartFxPanScene chartFxReducing = new ChartFxPanScene(String.format(Locale.ROOT,
                            "ChartFX XYChart fed %,d pts, its own point reduction on", x.length), x, spot.values(), true);
                    LineChartPanScene lineChart = new LineChartPanScene(String.format(Locale.ROOT, "JavaFX LineChart, %,d pts",
                            sampled[0].length), sampled[0], sampled[1])) {
                System.out.printf("pan step: a tenth of the All window, alternately back and forth; %d warm-up steps discarded, then %d%n",
                        warmup, runs);
                List<PanScene> scenes = List.of(markets, marketsFew, chartFx, chartFxReducing, lineChart);
                Map<PanScene, Timings> took = measure(scenes, warmup, runs);
                report(took.get(markets), took.get(marketsFew), took.get(chartFx), took.get(lineChart));
                System.out.printf(Locale.ROOT, "  (no target) %s   beside %s: %.3gx faster%n", took.get(markets).summary(),
                        took.get(chartFxReducing).summary(), took.get(chartFxReducing).medianMs() / took.get(markets).medianMs());
                for (MarketsPanScene m : List.of(markets, marketsFew)) {
                    System.out.printf(Locale.ROOT, "  %s, of which %s; %s; lines drawn after the last step: %,d points%n", m.name(),
                            m.loads().summary(), m.draws().summary(), m.pointsDrawn());
                }
                saveImages(cache.resolve("chart-pan-images"), scenes);
            }
        }
        System.out.println("(The Markets load reads rollups at the column width: see SeriesRepository.readForChart.)");
        javafx.application.Platform.exit(); // The toolkit's thread would keep the JVM alive.
    }

    /** Rounds of one pan step per scene, the scenes taking turns; the steps after the warm-up are timed. */
    private static Map<PanScene, Timings> measure(List<PanScene> scenes, int warmup, int runs) throws Exception {
        Map<PanScene, Timings> took = new LinkedHashMap<>();
        scenes.forEach(s -> took.put(s, new Timings(s.name())));
        for (int round = 0; round < warmup + runs; round++) {
            boolean counted = round >= warmup;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s %2d:", counted ? "step   " : "warm-up",
                    counted ? round - warmup + 1 : round + 1));
            for (PanScene s : scenes) {
                long nanos = s.pan(round % 2 == 0);
                line.append(String.format(Locale.ROOT, "  %s %s ms", s.name(), Timings.ms(nanos / 1e6)));
                if (s instanceof MarketsPanScene m) {
                    line.append(m.lastParts());
                }
                if (counted) {
                    took.get(s).add(nanos);
                    if (s instanceof MarketsPanScene m) {
                        m.countLastParts();
                    }
                }
            }
            System.out.println(line);
        }
        return took;
    }

    /** {@code count} points of (x, y): every {@code every}-th from the first. */
    private static double[][] everyNth(double[] x, double[] y, int every, int count) {
        double[][] xy = new double[2][count];
        for (int i = 0; i < count; i++) {
            xy[0][i] = x[i * every];
            xy[1][i] = y[i * every];
        }
        return xy;
    }

    private static void report(Timings markets, Timings few, Timings chartFx, Timings lineChart) {
        System.out.println("figures (medians, milliseconds):");
        double ratio = markets.medianMs() / few.medianMs();
        System.out.printf(Locale.ROOT, "  %s   baseline %s   ratio %.3g (target <= 1.5: %s)%n", markets.summary(), few.summary(), ratio,
                ratio <= 1.5 ? "met" : "missed");
        for (Timings naive : List.of(chartFx, lineChart)) {
            double faster = naive.medianMs() / markets.medianMs();
            double target = naive == chartFx ? 50 : 8;
            System.out.printf(Locale.ROOT, "  %s   baseline %s   %.3gx faster (target >= %.0fx: %s)%n", markets.summary(), naive.summary(),
                    faster, target, faster >= target ? "met" : "missed");
        }
    }

    private static void saveImages(Path dir, List<PanScene> scenes) throws Exception {
        Files.createDirectories(dir);
        int i = 1;
        for (PanScene s : scenes) {
            Path file = dir.resolve(i++ + "-" + s.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".png");
            ChartImages.savePng(s.lastImage(), file);
        }
        System.out.println("  last snapshot of each scene: " + dir.toAbsolutePath());
    }

    private static void printMachine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> ", " + l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (java.io.IOException | RuntimeException unreadable) {
            // Not Linux: the core count says enough.
        }
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        System.out.printf(Locale.ROOT, "chart pan benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.printf(Locale.ROOT, "machine: %d cores%s, %.0f GiB; %s %s; %s %s %s; heap max %,d MB%n",
                Runtime.getRuntime().availableProcessors(), cpu, ram / (double) (1L << 30), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String day(long epochMs) {
        return Instant.ofEpochMilli(epochMs).truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10);
    }

    /**
     * {@code --name=value} options over the defaults; anything else is refused, naming it. The bench profile
     * passes {@code -Dbench.args} as one argument, so each is split at spaces.
     */
    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>(DEFAULTS);
        for (String a : java.util.Arrays.stream(args).flatMap(a -> java.util.Arrays.stream(a.trim().split("\\s+")))
                .filter(a -> !a.isEmpty()).toList()) {
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
            if (!o.containsKey(name)) {
                throw new IllegalArgumentException("chart benchmark: '" + a + "' is not an option; known: --"
                        + String.join("=, --", DEFAULTS.keySet()) + "=");
            }
            o.put(name, a.substring(eq + 1));
        }
        return o;
    }

    private static long number(Map<String, String> o, String name, long least) {
        long v;
        try {
            v = Long.parseLong(o.get(name).replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("chart benchmark: --" + name + "=" + o.get(name) + " is not a whole number");
        }
        if (v < least) {
            throw new IllegalArgumentException("chart benchmark: --" + name + "=" + v + " is below " + least);
        }
        return v;
    }
}
