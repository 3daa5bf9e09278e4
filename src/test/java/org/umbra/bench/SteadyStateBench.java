package org.umbra.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.Collector;
import org.umbra.collect.SourceStatus;
import org.umbra.market.FeedCursor;
import org.umbra.market.MarketSource;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.HttpClients;
import org.umbra.store.FeedStateRepository;
import org.umbra.testing.TestStore;

/**
 * Issue 7, item 5: what the app costs while every venue polls on its default cadence. Every source from
 * {@link SourceCatalog} (default settings) points at its simulated venue ({@link SimulatedMarketProcess}, a child
 * process, so the servers' CPU and heap are not counted); the real {@link Collector} writes to a real database.
 * Every feed resumes from a day ago (as after a night off); after that first round it measures, in this JVM:
 * <ol>
 * <li>process CPU over a window of real time (default 5 min) as % of one core, target &lt; 2 %;</li>
 * <li>heap used after a full GC, sampled over the window, target &lt;= 300 MB;</li>
 * <li>an hour of polling on a clock running {@code speed} times fast (the pollers' schedulers wait 1/speed of each
 * delay, the venues share the clock): heap after GC at start, middle and end, target no growth.</li>
 * </ol>
 * Baseline, in the same run and over the same window: an idle JVM with the same arguments doing only the sampling.
 *
 * <p>Run: {@code ./mvnw -B -Pbench verify -Dbench=steady [-Dbench.args="--window=60 --step=15 --speed=120"]}.
 */
public final class SteadyStateBench {
    private static final double TARGET_CPU_PERCENT = 2;
    private static final double TARGET_HEAP_MB = 300;
    /** Heap after GC may differ by this much between the start and the end of the fast hour and still count as no growth. */
    private static final double GROWTH_TOLERANCE_MB = 2;

    private SteadyStateBench() {
    }

    /** The arguments; each has a default fit for the record run. */
    private record Options(long windowSeconds, long stepSeconds, long speed, long simulatedMinutes, long historyDays, long warmupSeconds,
            long settleSeconds) {
        static Options parse(String[] args) {
            Map<String, Long> v = BenchArgs.parse(args, BenchArgs.ordered("--window", 300L, "--step", 30L, "--speed", 60L,
                    "--simulated-minutes", 60L, "--history-days", 1L, "--warmup", 300L, "--settle", 30L));
            Options o = new Options(v.get("--window"), v.get("--step"), v.get("--speed"), v.get("--simulated-minutes"), v.get("--history-days"),
                    v.get("--warmup"), v.get("--settle"));
            if (o.stepSeconds <= 0 || o.windowSeconds < o.stepSeconds || o.speed < 1 || o.simulatedMinutes <= 0) {
                throw new IllegalArgumentException("need 0 < step <= window, speed >= 1 and simulated-minutes > 0, got " + o);
            }
            return o;
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o.windowSeconds < 120) {
            System.out.println("  note: feeds poll about once a minute, so a window under 2 minutes sees few polls or none");
        }
        BenchFigures.header(String.format("Steady state: every source polling its simulated venue (child process), real collector and database;"
                + " window %d s sampled every %d s; then %d simulated minutes at %dx", o.windowSeconds, o.stepSeconds, o.simulatedMinutes, o.speed));
        Path dir = Files.createTempDirectory("umbra-steady");
        try (TestStore store = new TestStore(dir)) {
            double idleHeapMb = realTime(store, o);
            fastHour(store, o, idleHeapMb);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Items (i) and (ii): the collector at real time, beside an idle JVM over the same window; returns the idle heap (MB). */
    private static double realTime(TestStore store, Options o) throws Exception {
        long now = System.currentTimeMillis();
        OkHttpClient http = HttpClients.create("umbra-steady-bench");
        double idleHeapMb;
        try (Child market = Child.start(List.of("-Xmx1g"), SimulatedMarketProcess.class,
                List.of(Long.toString(now - o.historyDays * 86_400_000L), Long.toString(now), Long.toString(now), "1"))) {
            Map<String, String> endpoints = parseEndpoints(market.readLine());
            List<MarketSource> sources = sources(endpoints, http, Clock.systemUTC());
            resumeFrom(store, sources, now - o.historyDays * 86_400_000L);
            Collector collector = store.collector(sources, Clock.systemUTC());
            collector.start();
            long t0 = System.nanoTime();
            waitForFirstRound(collector, o.warmupSeconds);
            System.out.printf("  first round (the last %d day(s) filled) done after %.1f s; settling %d s:%n", o.historyDays,
                    (System.nanoTime() - t0) / 1e9, o.settleSeconds);
            collector.statuses().forEach(s -> System.out.printf("    %-16s %-12s %,9d points%s%n", s.sourceId(), s.state(), s.pointsWritten(),
                    s.reason().isEmpty() ? "" : "  (" + s.reason() + ")"));

            Thread.sleep(o.settleSeconds * 1000);
            try (Child idle = Child.start(ManagementFactory.getRuntimeMXBean().getInputArguments(), ProcessSampler.class,
                    List.of(Long.toString(o.windowSeconds), Long.toString(o.stepSeconds)))) {
                Map<String, Long> threadsBefore = threadCpuByGroup();
                long pointsBefore = points(collector);
                long[] requestsBefore = market.requests();
                List<ProcessSampler.Sample> samples = new ProcessSampler().run(o.windowSeconds, o.stepSeconds);
                Map<String, Long> threadsAfter = threadCpuByGroup();
                long pointsDuring = points(collector) - pointsBefore;
                long[] requestsAfter = market.requests();
                String[] baseline = idle.readLine().split(";");
                System.out.printf("%n  (i) over %d s: %,d requests (%,.0f a minute), %d rejected over a limit, %,d points written;"
                        + " forced GCs of the sampling left out:%n", o.windowSeconds, requestsAfter[0] - requestsBefore[0],
                        (requestsAfter[0] - requestsBefore[0]) * 60.0 / o.windowSeconds, requestsAfter[1] - requestsBefore[1], pointsDuring);
                report(o, samples, baseline, threadsBefore, threadsAfter);
                idleHeapMb = BenchFigures.Spread.of(parse(baseline[1])).median();
            }
            collector.close();
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return idleHeapMb;
    }

    private static void report(Options o, List<ProcessSampler.Sample> samples, String[] baseline, Map<String, Long> threadsBefore,
            Map<String, Long> threadsAfter) {
        double cpu = ProcessSampler.cpuPercent(samples);
        double idleCpu = Double.parseDouble(baseline[2]);
        BenchFigures.Spread cpuSteps = BenchFigures.Spread.of(ProcessSampler.cpuPercentPerStep(samples));
        BenchFigures.Spread idleSteps = BenchFigures.Spread.of(parse(baseline[0]));
        BenchFigures.line("collector JVM CPU, % of one core", String.format("%.2f %% over the window; per %d s step %s", cpu, o.stepSeconds,
                cpuSteps.describe("%.2f")), "idle JVM", String.format("%.2f %%; per step %s", idleCpu, idleSteps.describe("%.2f")),
                String.format("collector - idle %.2f percentage points; < %.0f %%: %s", cpu - idleCpu, TARGET_CPU_PERCENT,
                        BenchFigures.verdict(cpu < TARGET_CPU_PERCENT)));
        long wallNanos = samples.get(samples.size() - 1).wallNanos() - samples.get(0).wallNanos();
        StringBuilder split = new StringBuilder("    of which Java threads (alive at the end):");
        threadsAfter.forEach((group, nanos) -> split.append(String.format(" %s %.2f %%;", group,
                100.0 * (nanos - threadsBefore.getOrDefault(group, 0L)) / wallNanos)));
        System.out.println(split + " the rest is the JVM's own (GC, JIT) and threads that ended");
        BenchFigures.Spread heap = BenchFigures.Spread.of(ProcessSampler.heapMegabytes(samples));
        BenchFigures.Spread idleHeap = BenchFigures.Spread.of(parse(baseline[1]));
        System.out.printf("  (ii) heap used after a full GC, sampled every %d s:%n", o.stepSeconds);
        BenchFigures.line("collector JVM heap after GC, MB", heap.describe("%.1f"), "idle JVM", idleHeap.describe("%.1f"),
                String.format("max %.1f MB, collector - idle %.1f MB (medians); <= %.0f MB: %s", heap.max(), heap.median() - idleHeap.median(),
                        TARGET_HEAP_MB, BenchFigures.verdict(heap.max() <= TARGET_HEAP_MB)));
    }

    /** Item (iii): {@code simulatedMinutes} of polling on a fast clock, heap after GC at start, middle and end. */
    private static void fastHour(TestStore store, Options o, double idleHeapMb) throws Exception {
        long wallOrigin = System.currentTimeMillis();
        LongSupplier fast = SimulatedMarketProcess.fastClock(wallOrigin, wallOrigin, o.speed);
        Clock clock = new SuppliedClock(fast);
        OkHttpClient http = HttpClients.create("umbra-steady-bench");
        long wallSeconds = o.simulatedMinutes * 60 / o.speed;
        try (Child market = Child.start(List.of("-Xmx1g"), SimulatedMarketProcess.class,
                List.of(Long.toString(wallOrigin - o.historyDays * 86_400_000L), Long.toString(wallOrigin), Long.toString(wallOrigin),
                        Long.toString(o.speed)))) {
            Map<String, String> endpoints = parseEndpoints(market.readLine());
            List<MarketSource> sources = sources(endpoints, http, clock);
            Collector collector = new Collector(sources, store.series(), store.states(), clock, Backoff.standard(), id -> fastScheduler(id, o.speed));
            collector.start();
            long step = Math.max(1, wallSeconds / 6);
            List<ProcessSampler.Sample> samples = new ProcessSampler().run(wallSeconds, step);
            long points = points(collector);
            List<SourceStatus> statuses = collector.statuses();
            long[] requests = market.requests();
            collector.close();
            double[] heap = ProcessSampler.heapMegabytes(samples);
            double start = heap[0];
            double middle = heap[heap.length / 2];
            double end = heap[heap.length - 1];
            System.out.printf("%n  (iii) %d simulated minutes in %d s (%dx): %,d requests (%,.0f a simulated minute: compare (i) to see the"
                    + " pollers kept up), %d rejected, %,d points written; heap after GC every %.0f simulated minutes: %s MB%n",
                    o.simulatedMinutes, wallSeconds, o.speed, requests[0], requests[0] / (double) o.simulatedMinutes, requests[1], points,
                    step * o.speed / 60.0, Arrays.toString(Arrays.stream(heap).map(h -> Math.round(h * 10) / 10.0).toArray()));
            statuses.stream().filter(s -> !s.reason().isEmpty()).forEach(s -> System.out.printf("    %s %s: %s%n", s.sourceId(), s.state(), s.reason()));
            BenchFigures.line("heap after GC start / middle / end, MB", String.format("%.1f / %.1f / %.1f", start, middle, end),
                    "idle JVM heap after GC (from (ii), median)", String.format("%.1f MB", idleHeapMb), String.format("growth end - start %+.1f MB; no growth (within %.0f MB): %s", end - start,
                            GROWTH_TOLERANCE_MB, BenchFigures.verdict(end - start <= GROWTH_TOLERANCE_MB)));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Puts every feed's cursor at 00:00 UTC of the day {@code from} falls in, as if the app last ran then: the first
     * round fills only the gap since, instead of walking years of history (the archive steps a day-file a second).
     */
    private static void resumeFrom(TestStore store, List<MarketSource> sources, long from) {
        long day = Math.floorDiv(from, 86_400_000L) * 86_400_000L;
        store.series().write(List.of(), c -> {
            for (MarketSource s : sources) {
                for (var feed : s.feeds()) {
                    FeedStateRepository.recordSuccess(c, s.id(), feed.id(), new FeedCursor(day), day);
                }
            }
            return null;
        }).join();
    }

    /** Every catalogued source with default settings, each pointed at its simulated venue. */
    private static List<MarketSource> sources(Map<String, String> endpoints, OkHttpClient http, Clock clock) {
        Settings settings = Settings.defaults();
        for (var e : endpoints.entrySet()) {
            settings = settings.withEndpoint(e.getKey(), e.getValue());
        }
        List<String> ids = SourceCatalog.ids();
        if (!endpoints.keySet().containsAll(ids)) {
            throw new IllegalStateException("no simulated venue for some sources: catalogue " + ids + ", simulated " + endpoints.keySet());
        }
        return SourceCatalog.build(ids, settings, http, clock);
    }

    /** A poller's scheduler that waits 1/speed of every delay, beside a clock running speed times fast. */
    private static ScheduledExecutorService fastScheduler(String sourceId, long speed) {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "poll-" + sourceId);
            t.setDaemon(true);
            return t;
        }) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                return super.schedule(command, unit.toNanos(delay) / speed, TimeUnit.NANOSECONDS);
            }
        };
        ex.setRemoveOnCancelPolicy(true);
        return ex;
    }

    /** Waits until every source has finished its first round (backfill), or {@code seconds} have passed. */
    private static void waitForFirstRound(Collector collector, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (collector.statuses().stream().allMatch(s -> s.state() != SourceStatus.State.STARTING
                    && s.state() != SourceStatus.State.BACKFILLING && s.progress() == SourceStatus.NO_PROGRESS)) {
                return;
            }
            Thread.sleep(500);
        }
        System.out.printf("  first round not finished after %d s; measuring anyway%n", seconds);
    }

    private static long points(Collector collector) {
        return collector.statuses().stream().mapToLong(SourceStatus::pointsWritten).sum();
    }

    /** CPU time of the live Java threads, summed by kind: pollers, the db writer, OkHttp, the rest. */
    private static Map<String, Long> threadCpuByGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            String name = info.getThreadName();
            String group = name.startsWith("poll-") ? "poll-*" : name.equals("db-writer") ? "db-writer" : name.startsWith("OkHttp") ? "OkHttp*" : "other";
            out.merge(group, Math.max(0, cpu), Long::sum);
        }
        return new java.util.TreeMap<>(out);
    }

    private static Map<String, String> parseEndpoints(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : line.trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalStateException("simulated market printed '" + line + "', expected source=url pairs");
            }
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    private static double[] parse(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** A UTC clock reading epoch milliseconds from a supplier (here the shared fast clock). */
    private static final class SuppliedClock extends Clock {
        private final LongSupplier millis;

        SuppliedClock(LongSupplier millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis.getAsLong();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }
    }

    /** A JVM started on this classpath; stdout read line by line, stderr shared; closing ends it. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;

        private Child(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start(List<String> jvmArgs, Class<?> main, List<String> args) throws java.io.IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(args);
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        /** Asks the simulated market for its counts: requests served and rejected so far. */
        long[] requests() throws java.io.IOException {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
            return Arrays.stream(readLine().trim().split(" ")).mapToLong(Long::parseLong).toArray();
        }

        String readLine() throws java.io.IOException {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("child process ended without output (exit " + waitExit() + ")");
            }
            return line;
        }

        private int waitExit() {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close(); // The simulated market serves until its stdin closes.
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
