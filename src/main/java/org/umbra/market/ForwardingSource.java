package org.umbra.market;

import java.util.List;

/** A source that passes everything to another one; a subclass changes what it adds (its time, a narrower set of feeds). */
public abstract class ForwardingSource implements MarketSource {
    protected final MarketSource source;

    protected ForwardingSource(MarketSource source) {
        this.source = source;
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
        return source.feeds();
    }

    @Override
    public long venueNow(long localNow) {
        return source.venueNow(localNow);
    }
}
