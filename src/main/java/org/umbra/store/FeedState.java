package org.umbra.store;

import org.umbra.market.FeedCursor;

/** A feed's stored standing: its cursor and how its last attempts went. Times are epoch ms, 0 when never. */
public record FeedState(String source, String feed, FeedCursor cursor, long lastSuccessMs, long lastAttemptMs,
        String lastError, long lastErrorMs, int consecutiveFailures) {

    public static FeedState initial(String source, String feed) {
        return new FeedState(source, feed, FeedCursor.START, 0, 0, null, 0, 0);
    }
}
