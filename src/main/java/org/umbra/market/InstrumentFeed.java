package org.umbra.market;

import java.util.Objects;

/**
 * A feed that belongs to one instrument (symbol, product, coin) of a source. Its id is
 * {@code instrument + "/" + name}; that id is the key of the stored cursor, so it must never change
 * for an existing feed. {@link #toString()} adds the source id in front for logs.
 */
public abstract class InstrumentFeed implements Feed {
    private final String sourceId;
    protected final String instrument;
    protected final Asset asset;
    private final String id;

    protected InstrumentFeed(String sourceId, String instrument, Asset asset, String name) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.asset = asset;
        this.id = instrument + "/" + name;
    }

    /** The source this feed belongs to, e.g. {@code bybit}. */
    public final String sourceId() {
        return sourceId;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public String toString() {
        return sourceId + ":" + id;
    }
}
