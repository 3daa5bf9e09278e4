package org.umbra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.umbra.collect.Collector;
import org.umbra.collect.FeedRunResult;
import org.umbra.market.http.SourceException;

/**
 * The two rounds of a collector fault test over one source: with the fault queued, a round fails in exactly one
 * feed, names the source and stores nothing of that feed; the next round succeeds and stores it. What the failure
 * must say beyond that is the caller's to check on the returned exception.
 */
public final class FaultThenRecovery {
    private FaultThenRecovery() {
    }

    /**
     * Runs a round that must fail in {@code feed} only, with {@code kind}, the message starting with the source id,
     * nothing stored under any of {@code keys} ({@code "<instrument> <metric id>"}) and the failure counted in the
     * feed's state.
     */
    public static SourceException failingRound(Collector collector, TestStore store, String source, String feed,
            SourceException.Kind kind, String... keys) {
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(feed, failures.get(0).feedId());
        SourceException e = failures.get(0).failure();
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(source + ": "), e.getMessage());
        for (String key : keys) {
            assertFalse(store.stored().containsKey(key), "nothing stored under " + key + " from the failed feed");
        }
        assertTrue(store.states().load(source, feed).consecutiveFailures() > 0);
        return e;
    }

    /** Runs the next round: no failure, every one of {@code keys} stored, the feed's failure count back to 0. */
    public static void recoveringRound(Collector collector, TestStore store, String source, String feed, String... keys) {
        List<FeedRunResult> failures = collector.runOnce().get(0).failures();
        assertTrue(failures.isEmpty(), failures::toString);
        for (String key : keys) {
            assertTrue(store.stored().containsKey(key), "the next round stores " + key);
        }
        assertEquals(0, store.states().load(source, feed).consecutiveFailures());
    }
}
