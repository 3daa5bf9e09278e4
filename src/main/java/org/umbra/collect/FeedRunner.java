package org.umbra.collect;

import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.http.SourceException;
import org.umbra.store.FeedState;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;
import org.umbra.store.SeriesRepository.WriteSummary;

/**
 * Runs one feed until it is up to date: fetch a page, store its points and its new cursor in one
 * transaction, repeat while the venue has more. A failure is recorded against the feed with the
 * source named; the cursor stays where the last whole page left it.
 */
final class FeedRunner {
    /** A guard against a venue that keeps saying "more": no feed needs this many pages in one run. */
    static final int MAX_PAGES_PER_RUN = 5_000;
    /** Less than any bar, more than the Date header's rounding: a venue time this far from what we assumed means asking again. */
    static final long CLOCK_SLACK_MS = 30_000;

    private final SeriesRepository series;
    private final FeedStateRepository states;
    private final Clock clock;

    FeedRunner(SeriesRepository series, FeedStateRepository states, Clock clock) {
        this.series = series;
        this.states = states;
        this.clock = clock;
    }

    /** The newest stored success of any of {@code feeds}, in epoch ms, 0 when none ever succeeded. */
    long lastSuccess(String sourceId, java.util.List<Feed> feeds) {
        return feeds.stream().mapToLong(f -> states.load(sourceId, f.id()).lastSuccessMs()).max().orElse(0);
    }

    /** A run in progress: pages and points stored so far, and how far the cursor is from where it began to now (0..1). */
    record Progress(String feedId, int pages, long points, double fraction) {
    }

    /**
     * Runs {@code feed} of {@code source}, fetching each page at the source's time ({@link MarketSource#venueNow}).
     *
     * @param pageListener told after every stored page, e.g. to show backfill progress
     */
    FeedRunResult run(MarketSource source, Feed feed, BooleanSupplier stopRequested, java.util.function.Consumer<Progress> pageListener) {
        String sourceId = source.id();
        FeedState state = states.load(sourceId, feed.id());
        FeedCursor cursor = state.cursor();
        int pages = 0;
        long points = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        long reference = cursor.isStart() ? Long.MIN_VALUE : cursor.position();
        try {
            while (true) {
                long local = clock.millis();
                long now = source.venueNow(local);
                FeedPage page = feed.fetch(cursor, now);
                long afterFetch = clock.millis();
                long learned = source.venueNow(afterFetch);
                if (Math.abs(learned - (now + afterFetch - local)) > CLOCK_SLACK_MS) {
                    // The venue's answers put it elsewhere in time than we thought when we asked: the first answer of a
                    // session from a venue our clock is ahead of (what the page took for closed may still be open), or the
                    // first after our clock was put right. Asked again at the venue's time.
                    now = learned;
                    page = feed.fetch(cursor, now);
                }
                FeedCursor next = page.next();
                if (page.more() && next.position() <= cursor.position()) {
                    // The venue says "more" but the page did not move past where it began: asking again would get the
                    // same page, for ever. Nothing of it is stored; pages before it stay, each whole with its cursor.
                    throw new SourceException(sourceId, SourceException.Kind.MALFORMED, "feed " + feed.id()
                            + ": a repeated page: the venue reports more, but the page did not move the cursor past "
                            + (cursor.isStart() ? "its start" : java.time.Instant.ofEpochMilli(cursor.position())) + "; stopped this run");
                }
                WriteSummary written = series.write(page.batches(), c -> {
                    FeedStateRepository.recordSuccess(c, sourceId, feed.id(), next, local); // our clock: "last success 2 min ago"
                    return null;
                }).join();
                pages++;
                points += written.points();
                if (written.points() > 0) {
                    from = Math.min(from, written.fromTs());
                    to = Math.max(to, written.toTs());
                }
                cursor = next;
                if (reference == Long.MIN_VALUE && written.points() > 0) {
                    reference = written.fromTs();
                }
                double fraction = reference == Long.MIN_VALUE || now <= reference ? 0
                        : Math.max(0, Math.min(1, (double) (cursor.position() - reference) / (now - reference)));
                pageListener.accept(new Progress(feed.id(), pages, points, page.more() ? fraction : 1));
                if (!page.more() || stopRequested.getAsBoolean()) {
                    return new FeedRunResult(sourceId, feed.id(), pages, points, from, to, !page.more(), null);
                }
                if (pages >= MAX_PAGES_PER_RUN) {
                    throw new SourceException(sourceId, SourceException.Kind.MALFORMED,
                            "feed " + feed.id() + " still reports more after " + pages + " pages; stopped this run");
                }
            }
        } catch (SourceException e) {
            return failed(sourceId, feed, pages, points, from, to, e);
        } catch (CompletionException | org.umbra.store.DatabaseException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return failed(sourceId, feed, pages, points, from, to, new SourceException(sourceId, SourceException.Kind.MALFORMED,
                    "not stored: " + cause.getMessage() + " (" + feed.id() + ")", null, cause));
        } catch (RuntimeException e) {
            // A bug in a source or parser: reported and retried with backoff like a bad answer, never a feed that
            // silently stops (the poller reschedules a feed only when its run returns).
            return failed(sourceId, feed, pages, points, from, to, new SourceException(sourceId, SourceException.Kind.MALFORMED,
                    "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (" + feed.id() + ")", null, e));
        }
    }

    /** Records the failure against the feed if the database lets it (a full disk may not) and reports it either way. */
    private FeedRunResult failed(String sourceId, Feed feed, int pages, long points, long from, long to, SourceException failure) {
        try {
            states.recordFailure(sourceId, feed.id(), failure.detail(), clock.millis());
        } catch (RuntimeException notRecorded) {
            failure.addSuppressed(notRecorded);
        }
        return new FeedRunResult(sourceId, feed.id(), pages, points, from, to, false, failure);
    }
}
