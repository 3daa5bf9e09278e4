package org.umbra.market;

import java.util.List;
import org.umbra.market.http.VenueHttp;

/** A source whose feeds are fetched at the venue's time as its HTTP answers give it ({@link VenueHttp#venueNow()}). */
public final class VenueTimedSource implements MarketSource {
    private final MarketSource source;
    private final VenueHttp http;

    private VenueTimedSource(MarketSource source, VenueHttp http) {
        this.source = source;
        this.http = http;
    }

    public static MarketSource of(MarketSource source, VenueHttp http) {
        return new VenueTimedSource(source, http);
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
        return http.venueTimeAt(localNow);
    }
}
