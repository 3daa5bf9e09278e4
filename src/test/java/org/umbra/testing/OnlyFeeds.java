package org.umbra.testing;

import java.util.List;
import java.util.function.Predicate;
import org.umbra.market.Feed;
import org.umbra.market.ForwardingSource;
import org.umbra.market.MarketSource;

/** A source narrowed to some of its feeds, so a collector test runs only what it checks. */
public final class OnlyFeeds extends ForwardingSource {
    private final List<Feed> feeds;

    private OnlyFeeds(MarketSource source, Predicate<Feed> keep) {
        super(source);
        this.feeds = source.feeds().stream().filter(keep).toList();
    }

    public static MarketSource of(MarketSource source, Predicate<Feed> keep) {
        return new OnlyFeeds(source, keep);
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }
}
