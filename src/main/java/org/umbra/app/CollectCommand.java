package org.umbra.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.collect.SourceRoundReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Poll the sources and store what is new. With --once: one round that backfills every feed fully",
                "(funding since listing, OI and premium as far back as the venue serves), then exit.",
                "Without --once: keep polling on the configured cadences until stopped (Ctrl-C).",
                "", "Source ids: each talks to its own host only; --endpoint ID=URL replaces one's base URL."})
final class CollectCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--once", description = "Run one round with backfill, print a summary per source, and exit.")
    boolean once;

    @Option(names = "--sources", paramLabel = "ID,…", completionCandidates = SourceIds.class,
            description = "Only these sources (default: the enabled ones). Others are never contacted.%n"
                    + "Known: ${COMPLETION-CANDIDATES}.")
    String sources;

    @Option(names = "--progress", negatable = true, description = "Progress lines on stderr during a backfill"
            + " (default: only when run in a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext ctx = cli.openContext()) {
            List<String> ids = sources == null ? ctx.settings().enabledSources() : SourceCatalog.parseIds(sources);
            try (Collector collector = ctx.newCollector(ids)) {
                if (!once) {
                    return runUntilStopped(collector, out);
                }
                long started = System.nanoTime();
                boolean showProgress = progress != null ? progress : System.console() != null;
                List<SourceRoundReport> reports = showProgress ? collector.runOnce(new ProgressLines(err)) : collector.runOnce();
                double seconds = (System.nanoTime() - started) / 1e9;
                int failed = 0;
                for (SourceRoundReport r : reports) {
                    List<FeedRunResult> failures = r.failures();
                    String range = r.points() == 0 ? "nothing new"
                            : Instant.ofEpochMilli(r.fromTs()) + " .. " + Instant.ofEpochMilli(r.toTs());
                    if (failures.isEmpty()) {
                        out.printf("%s: %,d rows written, %s (%d feeds, %.1f s)%n", r.sourceId(), r.points(), range, r.feeds().size(), seconds);
                    } else {
                        failed++;
                        err.printf("%s: FAILED %d of %d feeds: %s; %,d rows written before that%n", r.sourceId(), failures.size(),
                                r.feeds().size(), failures.get(0).failure().detail(), r.points());
                    }
                }
                return failed == 0 ? 0 : 1;
            }
        }
    }

    /** The catalogue's source ids, for help texts and shell completion. */
    static final class SourceIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SourceCatalog.ids().iterator();
        }
    }

    /** At most one line every two seconds per source, and one when a source's round ends. */
    static final class ProgressLines implements java.util.function.Consumer<Collector.RoundProgress> {
        private final PrintWriter out;
        private String source = "";
        private long sourceStart;
        private long lastLine;

        ProgressLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(Collector.RoundProgress p) {
            long now = System.nanoTime();
            if (!p.sourceId().equals(source)) {
                source = p.sourceId();
                sourceStart = now;
            }
            double overall = (p.feedIndex() + p.fraction()) / p.feedCount();
            boolean last = p.feedIndex() == p.feedCount() - 1 && p.fraction() >= 1;
            if (now - lastLine < 2_000_000_000L && !last) {
                return;
            }
            lastLine = now;
            long elapsedMs = (now - sourceStart) / 1_000_000;
            String eta = overall > 0.01 && !last ? ", about " + Math.max(1, Math.round(elapsedMs * (1 - overall) / overall / 1000.0)) + " s left" : "";
            out.printf("%s: %3.0f %% (feed %d of %d, %s: %,d rows)%s%n", p.sourceId(), overall * 100, p.feedIndex() + 1, p.feedCount(),
                    p.feedId(), p.points(), eta);
            out.flush();
        }
    }

    private int runUntilStopped(Collector collector, PrintWriter out) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "collect-shutdown"));
        collector.addStatusListener(s -> out.printf("%s %s: %s %s%n", Instant.now(), s.sourceId(), s.state(), s.reason()));
        collector.start();
        stop.await();
        return 0;
    }

}
