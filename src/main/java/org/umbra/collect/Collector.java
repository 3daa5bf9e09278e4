package org.umbra.collect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.umbra.market.Feed;
import org.umbra.market.MarketSource;
import org.umbra.market.http.Backoff;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;

/**
 * Schedules the polls of every enabled source, one poller thread per source, and reports each
 * source's status. {@link #runOnce()} is the same work done once, in the caller's thread, for
 * {@code umbra collect --once}.
 */
public final class Collector implements AutoCloseable {
    private final List<MarketSource> sources;
    private final FeedRunner runner;
    private final Clock clock;
    private final Backoff backoff;
    private final Function<String, ScheduledExecutorService> schedulers;
    private final List<SourcePoller> pollers = new ArrayList<>();
    private final Map<String, SourceStatus> statuses = new ConcurrentHashMap<>();
    private final List<Consumer<SourceStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<FeedRunResult>> runListeners = new CopyOnWriteArrayList<>();

    public Collector(List<MarketSource> sources, SeriesRepository series, FeedStateRepository states, Clock clock, Backoff backoff) {
        this(sources, series, states, clock, backoff, SourcePoller::ownThread);
    }

    /**
     * As above, each source's poller scheduling on {@code schedulers.apply(sourceId)}: the steady-state benchmark
     * passes executors that wait 1/k of each delay beside a clock running k times fast, to poll an hour in a minute.
     */
    public Collector(List<MarketSource> sources, SeriesRepository series, FeedStateRepository states, Clock clock, Backoff backoff,
            Function<String, ScheduledExecutorService> schedulers) {
        this.schedulers = schedulers;
        this.sources = List.copyOf(sources);
        this.runner = new FeedRunner(series, states, clock);
        this.clock = clock;
        this.backoff = backoff;
        for (MarketSource s : sources) {
            statuses.put(s.id(), new SourceStatus(s.id(), s.displayName(), SourceStatus.State.STARTING, "", 0, 0, 0,
                    SourceStatus.NO_PROGRESS, 0));
        }
    }

    public List<MarketSource> sources() {
        return sources;
    }

    public void addStatusListener(Consumer<SourceStatus> listener) {
        listeners.add(listener);
    }

    /** Told after every run of every feed, on the poller's thread: what it stored and, if it failed, the failure with its kind. */
    public void addRunListener(Consumer<FeedRunResult> listener) {
        runListeners.add(listener);
    }

    public List<SourceStatus> statuses() {
        return sources.stream().map(s -> statuses.get(s.id())).toList();
    }

    /** Starts polling every source in the background. */
    public synchronized void start() {
        if (!pollers.isEmpty()) {
            return;
        }
        for (MarketSource source : sources) {
            SourcePoller poller = new SourcePoller(source, runner, clock, backoff, this::publish, this::ran,
                    schedulers.apply(source.id()));
            pollers.add(poller);
            poller.start();
        }
    }

    /** Polls every source now, without waiting for its schedule. */
    public synchronized void refreshNow() {
        pollers.forEach(SourcePoller::refreshNow);
    }

    /** Where a {@code runOnce} round stands, for progress lines. */
    public record RoundProgress(String sourceId, String feedId, int feedIndex, int feedCount, long points, double fraction) {
    }

    /** Runs every feed of every source once, backfilling fully, and reports per source. */
    public List<SourceRoundReport> runOnce() {
        return runOnce(p -> { });
    }

    /** As {@link #runOnce()}, telling {@code progress} after every stored page. */
    public List<SourceRoundReport> runOnce(Consumer<RoundProgress> progress) {
        List<SourceRoundReport> reports = new ArrayList<>();
        for (MarketSource source : sources) {
            List<FeedRunResult> results = new ArrayList<>();
            List<Feed> feeds = source.feeds();
            for (int i = 0; i < feeds.size(); i++) {
                int index = i;
                FeedRunResult result = runner.run(source, feeds.get(i), () -> Thread.currentThread().isInterrupted(),
                        p -> progress.accept(new RoundProgress(source.id(), p.feedId(), index, feeds.size(), p.points(), p.fraction())));
                ran(result);
                results.add(result);
            }
            reports.add(new SourceRoundReport(source.id(), results));
        }
        return reports;
    }

    private void ran(FeedRunResult result) {
        runListeners.forEach(l -> l.accept(result));
    }

    private void publish(SourceStatus status) {
        statuses.put(status.sourceId(), status);
        listeners.forEach(l -> l.accept(status));
    }

    /** Stops every poller; queued database writes are drained by the writer's own close. */
    @Override
    public synchronized void close() {
        pollers.forEach(SourcePoller::stop);
        pollers.clear();
    }
}
