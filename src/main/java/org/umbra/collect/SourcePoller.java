package org.umbra.collect;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.market.Feed;
import org.umbra.market.MarketSource;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.SourceException;

/**
 * Polls one source on its own thread ({@code poll-<source>}), so a slow or failing venue never
 * delays another. Each feed is rescheduled after every run: at the time the feed asks for after
 * success, or after a backoff that honours Retry-After. A rate limit, a refusal or an unreachable
 * host pauses the whole source; a bad response only delays its own feed.
 */
final class SourcePoller {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final MarketSource source;
    private final FeedRunner runner;
    private final Clock clock;
    private final Backoff backoff;
    private final Consumer<SourceStatus> statusSink;
    private final Consumer<FeedRunResult> runSink;
    private final ScheduledExecutorService executor;
    private final Map<String, FeedTrack> tracks = new LinkedHashMap<>();
    private volatile boolean stopping;
    private long pausedUntil;
    private long pointsWritten;
    private long lastSuccess;
    /** The first round (every feed once) is the backfill whose progress is shown; later runs are small. */
    private final long roundStart;
    private int feedsDoneInFirstRound;
    private double currentFeedFraction;

    /** What the poller knows of one feed between runs. */
    private static final class FeedTrack {
        final Feed feed;
        long nextRun;
        int failures;
        SourceException lastFailure;
        boolean backfilling;
        boolean ranOnce;

        FeedTrack(Feed feed) {
            this.feed = feed;
        }
    }

    /** @param executor a single-threaded scheduler this poller owns (it shuts it down on {@link #stop()}) */
    SourcePoller(MarketSource source, FeedRunner runner, Clock clock, Backoff backoff, Consumer<SourceStatus> statusSink,
            Consumer<FeedRunResult> runSink, ScheduledExecutorService executor) {
        this.source = source;
        this.runner = runner;
        this.clock = clock;
        this.backoff = backoff;
        this.statusSink = statusSink;
        this.runSink = runSink;
        this.executor = executor;
        this.roundStart = clock.millis();
        for (Feed feed : source.feeds()) {
            tracks.put(feed.id(), new FeedTrack(feed));
        }
    }

    /** The scheduler the app gives each source: one daemon thread, {@code poll-<source>}. */
    static ScheduledExecutorService ownThread(String sourceId) {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "poll-" + sourceId);
            t.setDaemon(true);
            return t;
        });
        ex.setRemoveOnCancelPolicy(true);
        return ex;
    }

    String sourceId() {
        return source.id();
    }

    /** Runs every feed now (in declaration order), then keeps each on its own schedule. */
    void start() {
        executor.execute(() -> {
            // The status bar says when data last arrived, even if that was in an earlier session.
            long stored = runner.lastSuccess(source.id(), source.feeds());
            synchronized (this) {
                lastSuccess = Math.max(lastSuccess, stored);
            }
            publish();
        });
        for (FeedTrack track : tracks.values()) {
            executor.execute(() -> runAndReschedule(track));
        }
    }

    /** Runs every feed as soon as the thread is free, e.g. after the user asked to refresh. */
    void refreshNow() {
        executor.execute(() -> {
            synchronized (this) {
                pausedUntil = Math.min(pausedUntil, clock.millis());
            }
        });
        for (FeedTrack track : tracks.values()) {
            executor.execute(() -> runAndReschedule(track));
        }
    }

    void stop() {
        stopping = true;
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runAndReschedule(FeedTrack track) {
        if (stopping) {
            return;
        }
        long now = clock.millis();
        long waitForPause;
        synchronized (this) {
            waitForPause = pausedUntil - now;
        }
        if (waitForPause > 0) {
            schedule(track, now + waitForPause);
            return;
        }
        FeedRunResult result = runner.run(source, track.feed, () -> stopping, progress -> {
            synchronized (this) {
                lastSuccess = clock.millis();
                // A second page in one run means the feed is paging through history.
                track.backfilling = progress.pages() >= 2;
                currentFeedFraction = progress.fraction();
            }
            publish();
        });
        synchronized (this) {
            // Only a feed that got through counts as backfilled; a failed one is retried, not done.
            if (!track.ranOnce && !result.failed()) {
                track.ranOnce = true;
                feedsDoneInFirstRound++;
            }
            currentFeedFraction = 0;
        }
        track.backfilling = false;
        long after = clock.millis();
        synchronized (this) {
            pointsWritten += result.points();
        }
        if (result.failed()) {
            SourceException failure = result.failure();
            track.failures++;
            track.lastFailure = failure;
            Duration delay = backoff.delay(track.failures, failure);
            if (failure.kind() != SourceException.Kind.MALFORMED && failure.kind() != SourceException.Kind.HTTP_STATUS) {
                // Unreachable, refused or rate limited: the host is the problem, not this feed, so the
                // whole source waits instead of every feed knocking on the same closed door.
                synchronized (this) {
                    pausedUntil = Math.max(pausedUntil, after + delay.toMillis());
                }
            }
            LOG.warn("{} (feed {}, attempt {}, next try in {} s)", failure.getMessage(), track.feed.id(), track.failures,
                    delay.toSeconds());
            schedule(track, after + delay.toMillis());
        } else {
            track.failures = 0;
            track.lastFailure = null;
            // A run cut short by stop() or the page guard continues at once next time.
            long next = result.complete() ? track.feed.nextRunAfter(after) : after;
            schedule(track, next);
        }
        publish();
        runSink.accept(result);
    }

    private void schedule(FeedTrack track, long at) {
        track.nextRun = at;
        if (!stopping) {
            executor.schedule(() -> runAndReschedule(track), Math.max(0, at - clock.millis()), TimeUnit.MILLISECONDS);
        }
    }

    private void publish() {
        statusSink.accept(status());
    }

    synchronized SourceStatus status() {
        SourceException failure = null;
        boolean backfilling = false;
        boolean anyRun = false;
        long nextPoll = Long.MAX_VALUE;
        for (FeedTrack t : tracks.values()) {
            if (t.lastFailure != null && failure == null) {
                failure = t.lastFailure;
            }
            backfilling |= t.backfilling;
            anyRun |= t.lastFailure != null || t.nextRun > 0;
            if (t.nextRun > 0) {
                nextPoll = Math.min(nextPoll, t.nextRun);
            }
        }
        SourceStatus.State state;
        String reason = "";
        if (failure != null) {
            reason = failure.detail();
            state = switch (failure.kind()) {
                case NETWORK -> SourceStatus.State.OFFLINE;
                case RATE_LIMITED -> SourceStatus.State.RATE_LIMITED;
                default -> SourceStatus.State.FAILING;
            };
        } else if (!anyRun) {
            state = SourceStatus.State.STARTING;
        } else {
            state = backfilling ? SourceStatus.State.BACKFILLING : SourceStatus.State.OK;
        }
        double progress = SourceStatus.NO_PROGRESS;
        long eta = 0;
        int feeds = tracks.size();
        // Progress is shown only while the source is healthy: an offline source is not backfilling.
        if (feedsDoneInFirstRound < feeds && anyRun && failure == null) {
            progress = (feedsDoneInFirstRound + currentFeedFraction) / feeds;
            long elapsed = clock.millis() - roundStart;
            eta = progress > 0.01 ? (long) (elapsed * (1 - progress) / progress) : 0;
        }
        return new SourceStatus(source.id(), source.displayName(), state, reason, lastSuccess,
                nextPoll == Long.MAX_VALUE ? 0 : nextPoll, pointsWritten, progress, eta);
    }
}
