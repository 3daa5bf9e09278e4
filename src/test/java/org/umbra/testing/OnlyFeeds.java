package org.umbra.testing;

import java.util.List;
import java.util.function.Predicate;
import org.umbra.market.Feed;
import org.umbra.market.MarketSource;

/** A source narrowed to some of its feeds, so a collector test runs only what it checks. */
public final class OnlyFeeds implements MarketSource {
    private final MarketSource source;
    private final List<Feed> feeds;

    private OnlyFeeds(MarketSource source, Predicate<Feed> keep) {
        this.source = source;
        this.feeds = source.feeds().stream().filter(keep).toList();
    }

    public static MarketSource of(MarketSource source, Predicate<Feed> keep) {
        return new OnlyFeeds(source, keep);
    }

    @Override
    public String id() {
        return source.id();
    }

    @Override
    public String displayName() {
        return source.displayName();
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    @Override
    public long venueNow(long localNow) {
        return source.venueNow(localNow);
    }
}
