package org.umbra.collect;

import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
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

    /** @param pageListener told after every stored page, e.g. to show backfill progress */
    FeedRunResult run(String sourceId, Feed feed, BooleanSupplier stopRequested, java.util.function.Consumer<Progress> pageListener) {
        FeedState state = states.load(sourceId, feed.id());
        FeedCursor cursor = state.cursor();
        int pages = 0;
        long points = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        long reference = cursor.isStart() ? Long.MIN_VALUE : cursor.position();
        try {
            while (true) {
                long now = clock.millis();
                FeedPage page = feed.fetch(cursor, now);
                FeedCursor next = page.next();
                if (page.more() && next.position() <= cursor.position()) {
                    // The venue says "more" but the page did not move past where it began: asking again would get the
                    // same page, for ever. Nothing of it is stored; pages before it stay, each whole with its cursor.
                    throw new SourceException(sourceId, SourceException.Kind.MALFORMED, "feed " + feed.id()
                            + ": a repeated page: the venue reports more, but the page did not move the cursor past "
                            + (cursor.isStart() ? "its start" : java.time.Instant.ofEpochMilli(cursor.position())) + "; stopped this run");
                }
                WriteSummary written = series.write(page.batches(), c -> {
                    FeedStateRepository.recordSuccess(c, sourceId, feed.id(), next, now);
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
            states.recordFailure(sourceId, feed.id(), e.detail(), clock.millis());
            return new FeedRunResult(sourceId, feed.id(), pages, points, from, to, false, e);
        } catch (CompletionException | org.umbra.store.DatabaseException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            SourceException failure = new SourceException(sourceId, SourceException.Kind.MALFORMED,
                    "not stored: " + cause.getMessage() + " (" + feed.id() + ")", null, cause);
            states.recordFailure(sourceId, feed.id(), failure.detail(), clock.millis());
            return new FeedRunResult(sourceId, feed.id(), pages, points, from, to, false, failure);
        }
    }
}
