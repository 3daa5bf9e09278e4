package org.umbra.market;

import org.umbra.market.http.SourceException;

/**
 * One stream of data from a source (for example "BTCUSDT funding history"), fetched a page at a
 * time. The collector stores each page together with its new cursor in one transaction, so a
 * backfill that stops midway resumes where it stopped and never leaves half a page behind.
 */
public interface Feed {
    /** Stable within its source; the key of the stored cursor, e.g. {@code BTCUSDT/funding}. */
    String id();

    /** Fetches the next page after {@code cursor}, as the venue stands at {@code nowMillis}. */
    FeedPage fetch(FeedCursor cursor, long nowMillis) throws SourceException;

    /** When to poll again after a round that brought the feed up to date. */
    long nextRunAfter(long nowMillis);
}
