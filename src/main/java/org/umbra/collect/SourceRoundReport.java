package org.umbra.collect;

import java.util.List;

/** Everything one source did in a {@code collect --once} round. */
public record SourceRoundReport(String sourceId, List<FeedRunResult> feeds) {

    public long points() {
        return feeds.stream().mapToLong(FeedRunResult::points).sum();
    }

    public long fromTs() {
        return feeds.stream().filter(f -> f.points() > 0).mapToLong(FeedRunResult::fromTs).min().orElse(0);
    }

    public long toTs() {
        return feeds.stream().filter(f -> f.points() > 0).mapToLong(FeedRunResult::toTs).max().orElse(0);
    }

    public List<FeedRunResult> failures() {
        return feeds.stream().filter(FeedRunResult::failed).toList();
    }
}
