package org.umbra.market;

import java.time.Instant;
import java.util.Collection;
import java.util.function.ToLongFunction;
import org.umbra.market.http.SourceException;

/**
 * The span a windowed feed asked a venue for: rows stamped from {@code start} to {@code end}, both included, in UTC epoch
 * milliseconds (the venue's own stamps, before any shift to a bar's end).
 *
 * <p>A windowed feed moves its cursor past a window once answered, and past a window wholly in the past that came back
 * empty: that is a hole at the venue, which asking again forever would not fill. An answer with rows, none of them in
 * the window, is no hole but another window's answer (a repeated or stale page); read as a hole it would lose the
 * window for good. {@link #requireAnswered} refuses it, so nothing of it is stored, the cursor stays, and the next round
 * asks again.
 */
public record RequestedWindow(long start, long end) {
    public RequestedWindow {
        if (end < start) {
            throw new IllegalArgumentException("window ends (" + Instant.ofEpochMilli(end) + ") before it starts (" + Instant.ofEpochMilli(start) + ")");
        }
    }

    public boolean contains(long time) {
        return time >= start && time <= end;
    }

    /**
     * Refuses, as MALFORMED naming the feed, the window in UTC and {@code request} (e.g. {@code GET /v5/market/open-interest}),
     * an answer that has rows of which none is stamped ({@code time}) inside the window. An empty answer passes: whether it
     * is a hole is the feed's to judge.
     */
    public <T> void requireAnswered(InstrumentFeed feed, Collection<T> rows, ToLongFunction<? super T> time, String request)
            throws SourceException {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> contains(time.applyAsLong(r)))) {
            return;
        }
        long first = rows.stream().mapToLong(time).min().orElseThrow();
        long last = rows.stream().mapToLong(time).max().orElseThrow();
        throw new SourceException(feed.sourceId(), SourceException.Kind.MALFORMED, "feed " + feed.id() + ": " + rows.size()
                + " rows from " + Instant.ofEpochMilli(first) + " to " + Instant.ofEpochMilli(last) + ", none inside the window asked for ("
                + this + "): another window's answer (a repeated page?); refused, asked again next round (" + request + ")");
    }

    /** {@code 2026-05-01T00:00:00Z to 2026-05-02T17:34:59.999Z}: UTC. */
    @Override
    public String toString() {
        return Instant.ofEpochMilli(start) + " to " + Instant.ofEpochMilli(end);
    }
}
