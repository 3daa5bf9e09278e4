package org.umbra.collect;

import org.umbra.market.http.SourceException;

/**
 * One run of one feed: the pages and points it stored, the time span they cover, and the failure
 * that ended it, if any (pages committed before a failure stay: each was whole, with its cursor).
 */
public record FeedRunResult(String sourceId, String feedId, int pages, long points, long fromTs, long toTs,
        boolean complete, SourceException failure) {

    public boolean failed() {
        return failure != null;
    }
}
