package org.umbra.market;

import org.umbra.market.http.VenueHttp;

/** A source whose feeds are fetched at the venue's time as its HTTP answers give it ({@link VenueHttp#venueTimeAt}). */
public final class VenueTimedSource extends ForwardingSource {
    private final VenueHttp http;

    private VenueTimedSource(MarketSource source, VenueHttp http) {
        super(source);
        this.http = http;
    }

    public static MarketSource of(MarketSource source, VenueHttp http) {
        return new VenueTimedSource(source, http);
    }

    @Override
    public long venueNow(long localNow) {
        return http.venueTimeAt(localNow);
    }
}
