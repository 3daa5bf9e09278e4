package org.umbra.market;

import java.util.List;

/**
 * One fetched page: the points of every series it touched, the cursor after it, and whether the
 * venue has more to give right now (a backfill in progress).
 */
public record FeedPage(List<SeriesBatch> batches, FeedCursor next, boolean more) {
    public FeedPage {
        batches = List.copyOf(batches);
    }

    public int pointCount() {
        return batches.stream().mapToInt(SeriesBatch::size).sum();
    }
}
